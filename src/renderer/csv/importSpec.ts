import type { ReactNode } from 'react';
import type { ColumnMapping, ParsedCsv } from '../../domain/csv/sheet';
import type { FieldDescriptor } from '../../domain/fields';

/** A row of the sheet that can be imported, numbered as the spreadsheet numbers it. */
export interface ImportRow {
  row: number;
  data: Record<string, unknown>;
}

export interface ImportPreview<Row extends ImportRow> {
  accepted: Row[];
  rejected: { row: number; problems: { field: string; problem: string; value: string }[] }[];
  /** Rows left out on purpose (empty, totals), when the list skips any. */
  skipped?: number;
}

/**
 * What one list's CSV import needs from its section: how a sheet is read and checked, how an
 * accepted row is shown and saved. The dialog around it (mapping, preview, rejected rows,
 * confirm, export) is the same for every list.
 */
export interface CsvImportSpec<Parsed extends ParsedCsv = ParsedCsv, Row extends ImportRow = ImportRow> {
  /** The list imported into: its field labels, the ids in the dialog, the list reloaded afterwards. */
  section: string;
  /** The catalogue node with the dialog's messages, e.g. `peoplePlaces.csv`. */
  messages: string;
  /** The fields a column can be mapped to, in the order they are offered. */
  fields: readonly FieldDescriptor[];
  read: (text: string) => Parsed;
  guess: (headers: readonly string[]) => ColumnMapping;
  preview: (parsed: Parsed, mapping: ColumnMapping) => ImportPreview<Row>;
  /** An accepted row's value as the preview table shows it. */
  cell: (row: Row, field: FieldDescriptor) => ReactNode;
  /** Saves the accepted rows; `unresolved` names what could not be linked (the `dependencyUnresolved` message). */
  save: (rows: readonly Row[]) => Promise<{ imported: number; unresolved?: readonly string[] }>;
  /** Writes the list to a CSV the coordinator picks; null when they cancel. */
  exportCsv: () => Promise<{ path: string; count: number } | null>;
  /** How the preview looks for this list. */
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
