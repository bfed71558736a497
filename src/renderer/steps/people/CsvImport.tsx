import type { ReactNode } from 'react';
import { invoke } from '../../api';
import { CsvImportDialog } from '../../csv/CsvImportDialog';
import type { ListImportSpec } from '../../csv/importSpec';

type ContactsSection = 'people' | 'suppliers';

const spec = (list: ContactsSection): ListImportSpec => ({
  list,
  messages: 'peoplePlaces.csv',
  // Private numbers stay out: a CSV travels further than the plan.
  exportCsv: () => invoke('items.exportCsv', { section: list, includePrivate: false }),
  look: { rows: 5, rowNumbers: false, detected: true, caption: 'previewRows' },
});
const SPECS = { people: spec('people'), suppliers: spec('suppliers') };

/**
 * Import of a people or supplier list from a contacts export or a spreadsheet, or rows pasted on the
 * list (`children`), and export to CSV.
 */
export function CsvImport({ section, children }: { section: ContactsSection; children: ReactNode }) {
  return <CsvImportDialog spec={SPECS[section]}>{children}</CsvImportDialog>;
}
