import { normalise } from './normalise';
import Papa from 'papaparse';
import type { FieldDescriptor } from '../fields';
import { type ListSection, validatePatch } from '../section';

/**
 * CSV import and export of contact lists (people, suppliers), as Excel writes them: semicolon or
 * comma, UTF-8 with or without BOM, a "sep=;" first line, dates as 31/12/2026. A row that cannot be
 * read is not guessed at: it is rejected with its reasons, so the coordinator can fix the sheet.
 */

export interface ParsedCsv {
  headers: string[];
  /** Every row after the header, empty ones included. */
  rows: string[][];
  delimiter: string;
}

export function parseCsv(text: string): ParsedCsv {
  let content = text.replace(/^\uFEFF/, '');
  let delimiter: string | undefined;
  const sepLine = /^sep=(.)\r?\n/i.exec(content);
  if (sepLine) {
    delimiter = sepLine[1];
    content = content.slice(sepLine[0].length);
  }
  const result = Papa.parse<string[]>(content, {
    delimiter: delimiter ?? '',
    delimitersToGuess: [';', ',', '\t'],
    // Empty rows stay in, so row numbers in the report match the spreadsheet's.
    skipEmptyLines: false,
  });
  const [headers = [], ...rows] = result.data;
  // The line break after the last row is not a row.
  while (rows.length > 0 && rows.at(-1)!.every((cell) => cell.trim() === '')) rows.pop();
  return { headers: headers.map((h) => h.trim()), rows, delimiter: result.meta.delimiter };
}

/** Column index → field name, or null for a column that is not imported. */
export type ColumnMapping = (string | null)[];


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
export function guessMapping(headers: readonly string[], section: ListSection, labels: (field: FieldDescriptor) => readonly string[]): ColumnMapping {
  const used = new Set<string>();
  const candidates = section.fields
    .filter((f) => f.widget !== 'ref' && f.widget !== 'refs')
    .map((field) => ({ field, names: new Set([field.name, ...labels(field), ...(ALIASES[section.key]?.[field.name] ?? [])].map(normalise)) }));
  return headers.map((header) => {
    const key = normalise(header);
    const match = candidates.find((c) => !used.has(c.field.name) && c.names.has(key));
    if (!match) return null;
    used.add(match.field.name);
    return match.field.name;
  });
}

export type CellProblem = 'date' | 'number' | 'boolean' | 'choice' | 'invalid';

export interface RowProblem {
  field: string;
  problem: CellProblem | 'noName' | 'duplicate';
  value: string;
}

export interface ImportPreview {
  accepted: { row: number; data: Record<string, unknown> }[];
  rejected: { row: number; problems: RowProblem[] }[];
}

function toIsoDate(raw: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  if (!match) return null;
  const [, day, month, year] = match;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', '1', 'true', 'waar', 'wahr', 'oui']);
const NO = new Set(['nee', 'n', 'no', '0', 'false', 'onwaar', 'non', '']);

/** One cell as its field stores it, or the reason it cannot be read. */
export function readCell(field: FieldDescriptor, raw: string, choiceLabels: (field: FieldDescriptor, option: string) => readonly string[]): { value: unknown } | { problem: CellProblem } {
  const value = raw.trim();
  switch (field.widget) {
    case 'date': {
      if (value === '') return { value: '' };
      const iso = toIsoDate(value);
      return iso ? { value: iso } : { problem: 'date' };
    }
    case 'integer':
    case 'hours': {
      if (value === '') return { value: null };
      const number = Number(value.replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(number) || number < 0 || (field.widget === 'integer' && !Number.isInteger(number))) return { problem: 'number' };
      return { value: number };
    }
    case 'boolean': {
      const key = value.toLowerCase();
      if (YES.has(key)) return { value: true };
      if (NO.has(key)) return { value: false };
      return { problem: 'boolean' };
    }
    case 'choice': {
      if (value === '') return { value: '' };
      const key = normalise(value);
      const option = field.options?.find((o) => normalise(o) === key || choiceLabels(field, o).some((label) => normalise(label) === key));
      return option ? { value: option } : { problem: 'choice' };
    }
    default:
      return { value };
  }
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
      if (!checked.ok) problems.push({ field: section.titleField, problem: 'invalid', value: checked.problems.join('; ') });
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
export function toCsv(section: ListSection, items: readonly Record<string, unknown>[], options: CsvExportOptions): string {
  const fields = section.fields.filter((f) => f.widget !== 'ref' && f.widget !== 'refs' && (options.includePrivate || !f.private));
  const show = options.display ?? ((_field: FieldDescriptor, value: unknown) => (value === null || value === undefined ? '' : String(value)));
  const rows = items.map((item) => fields.map((f) => show(f, item[f.name])));
  return `\uFEFF${Papa.unparse({ fields: fields.map(options.header), data: rows }, { delimiter: ';', newline: '\r\n' })}\r\n`;
}
