import type { ListKey } from '../../domain/csv/importWords';

/**
 * What differs between the lists a file is imported into: the catalogue node of the dialog's
 * messages, the export back to CSV and how the preview looks. Reading, recognising, previewing
 * and storing are the same for every list (src/domain/csv/listImport.ts, `lists.import`).
 */
export interface ListImportSpec {
  list: ListKey;
  /** The catalogue node with the dialog's list-specific messages, e.g. `peoplePlaces.csv`. */
  messages: string;
  /** Writes the list to a CSV the coordinator picks; null when they cancel. */
  exportCsv: () => Promise<{ path: string; count: number } | null>;
  look: {
    /** How many accepted rows the preview shows. */
    rows: number;
    /** A first column with the spreadsheet's row number. */
    rowNumbers: boolean;
    /** A line saying how many rows were read and which separator the file used (`detected`, `delimiters`). */
    detected: boolean;
    /** The (hidden) caption of the accepted rows: `previewRows`, or the file's `previewTitle`. */
    caption: 'previewRows' | 'previewTitle';
  };
}
