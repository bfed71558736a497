import { invoke } from '../../api';
import { CsvImportDialog } from '../../csv/CsvImportDialog';
import type { ListImportSpec } from '../../csv/importSpec';

const INVENTORY: ListImportSpec = {
  list: 'systems',
  messages: 'servicesInventory.csv',
  exportCsv: () => invoke('inventory.exportCsv'),
  look: { rows: 8, rowNumbers: true, detected: false, caption: 'previewTitle' },
};

/** Import of the inventory from an asset tool's export or a spreadsheet, and export to CSV. */
export function InventoryCsv() {
  return <CsvImportDialog spec={INVENTORY} />;
}
