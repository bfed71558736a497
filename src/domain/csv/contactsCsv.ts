import type { FieldDescriptor } from '../fields';
import { type ListSection, validatePatch } from '../section';
import { normalise } from './normalise';
import {
  type CellProblem,
  type ColumnMapping,
  type FieldLabels,
  type ParsedCsv,
  guessColumns,
  parseCsv,
  readCell,
  toExcelCsv,
} from './sheet';

/**
 * CSV import and export of contact lists (people, suppliers). A row that cannot be read is not
 * guessed at: it is rejected with its reasons, so the coordinator can fix the sheet.
 */

export type { CellProblem, ColumnMapping, ParsedCsv };
export { parseCsv, readCell };

/** Headers people use that are not the field's label in either language. */
const ALIASES: Record<string, Record<string, readonly string[]>> = {
  people: {
    name: ['naam', 'name', 'volledige naam', 'full name', 'contact', 'persoon'],
    function: ['functie', 'job', 'title', 'role', 'rol'],
    department: ['dienst', 'afdeling', 'department', 'team'],
    email: ['email', 'e-mail', 'mail', 'e-mailadres', 'email address'],
    workPhone: ['telefoon', 'tel', 'phone', 'telefoonnummer', 'vast'],
    mobilePhone: ['gsm', 'mobiel', 'mobile', 'gsm-nummer', 'cell'],
    privatePhone: ['prive', 'privé', 'private', 'thuis', 'home'],
    lastVerified: ['gecontroleerd', 'nagekeken', 'verified', 'laatst nagekeken'],
  },
  suppliers: {
    name: ['naam', 'name', 'leverancier', 'supplier', 'firma', 'bedrijf', 'company'],
    category: ['soort', 'type', 'categorie', 'category'],
    emergencyLine: ['noodnummer', 'emergency', 'storingsnummer', 'support'],
    customerNumber: ['klantnummer', 'customer number', 'klantnr'],
    contractNumber: ['contractnummer', 'contract', 'contractnr'],
  },
};

/**
 * Proposes which field each column holds, from the field's name, its labels in both languages
 * (`labels(field)`) and common aliases. Each field is used at most once.
 */
export function guessMapping(headers: readonly string[], section: ListSection, labels: FieldLabels): ColumnMapping {
  const fields = section.fields.filter((f) => f.widget !== 'ref' && f.widget !== 'refs');
  return guessColumns(headers, fields, labels, ALIASES[section.key]);
}

export interface RowProblem {
  field: string;
  problem: CellProblem | 'noName' | 'duplicate';
  value: string;
}

export interface ImportPreview {
  accepted: { row: number; data: Record<string, unknown> }[];
  rejected: { row: number; problems: RowProblem[] }[];
}

/**
 * Reads every row with the chosen mapping. A row without a name, with a cell that cannot be read,
 * or with a name already in the list (or earlier in the file) is rejected with its reasons.
 */
export function previewImport(
  parsed: ParsedCsv,
  mapping: ColumnMapping,
  section: ListSection,
  existing: readonly Record<string, unknown>[],
  choiceLabels: (field: FieldDescriptor, option: string) => readonly string[] = () => [],
): ImportPreview {
  const preview: ImportPreview = { accepted: [], rejected: [] };
  const seen = new Set(existing.map((item) => normalise(String(item[section.titleField] ?? ''))).filter(Boolean));
  parsed.rows.forEach((cells, index) => {
    const row = index + 2; // the header is row 1, as in the spreadsheet
    if (cells.every((cell) => cell.trim() === '')) return;
    const data: Record<string, unknown> = {};
    const problems: RowProblem[] = [];
    mapping.forEach((fieldName, column) => {
      const field = fieldName ? section.fields.find((f) => f.name === fieldName) : undefined;
      if (!field) return;
      const raw = cells[column] ?? '';
      const cell = readCell(field, raw, choiceLabels);
      if ('problem' in cell) problems.push({ field: field.name, problem: cell.problem, value: raw });
      else data[field.name] = cell.value;
    });
    const name = String(data[section.titleField] ?? '').trim();
    if (!name) problems.push({ field: section.titleField, problem: 'noName', value: '' });
    else if (seen.has(normalise(name))) problems.push({ field: section.titleField, problem: 'duplicate', value: name });
    if (problems.length === 0) {
      const checked = validatePatch(section, data);
      if (!checked.ok)
        problems.push({ field: section.titleField, problem: 'invalid', value: checked.problems.join('; ') });
      else {
        seen.add(normalise(name));
        preview.accepted.push({ row, data: checked.value });
        return;
      }
    }
    preview.rejected.push({ row, problems });
  });
  return preview;
}

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
