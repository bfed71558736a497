import type { FieldDescriptor } from '../fields';
import type { ListSection } from '../section';
import { type CellProblem, type ColumnMapping, type ParsedCsv, parseCsv, readCell, toExcelCsv } from './sheet';

/**
 * CSV export of contact lists (people, suppliers). Importing any list from a file is
 * src/domain/csv/listImport.ts.
 */

export type { CellProblem, ColumnMapping, ParsedCsv };
export { parseCsv, readCell };

export interface CsvExportOptions {
  /** Column headers: the field labels in the plan's language. */
  header: (field: FieldDescriptor) => string;
  /** How a choice value or a yes/no reads; raw values by default. */
  display?: (field: FieldDescriptor, value: unknown) => string;
  /** Private fields (a private number) stay out unless asked for. */
  includePrivate?: boolean;
}

/** A list as a CSV Excel opens directly in Belgium and the Netherlands: BOM, semicolons, CRLF. */
export function toCsv(
  section: ListSection,
  items: readonly Record<string, unknown>[],
  options: CsvExportOptions,
): string {
  const fields = section.fields.filter(
    (f) => f.widget !== 'ref' && f.widget !== 'refs' && (options.includePrivate || !f.private),
  );
  const show =
    options.display ??
    ((_field: FieldDescriptor, value: unknown) => (value === null || value === undefined ? '' : String(value)));
  return toExcelCsv(
    fields.map(options.header),
    items.map((item) => fields.map((f) => show(f, item[f.name]))),
  );
}
