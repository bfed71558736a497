import type { ReactNode } from 'react';
import { invoke } from '../../api';
import { CsvImportDialog } from '../../csv/CsvImportDialog';
import type { ListImportSpec } from '../../csv/importSpec';

const INVENTORY: ListImportSpec = {
  list: 'systems',
  messages: 'servicesInventory.csv',
  exportCsv: () => invoke('inventory.exportCsv'),
  look: { rows: 8, rowNumbers: true, detected: false, caption: 'previewTitle' },
};

/** Import of the inventory from an asset tool's export or a spreadsheet, or rows pasted on the list (`children`), and export to CSV. */
export function InventoryCsv({ children }: { children: ReactNode }) {
  return <CsvImportDialog spec={INVENTORY}>{children}</CsvImportDialog>;
}
