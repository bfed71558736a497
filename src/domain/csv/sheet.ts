import Papa from 'papaparse';
import { parseDuration } from '../durations';
import type { FieldDescriptor } from '../fields';
import { normalise } from './normalise';

/**
 * A spreadsheet as Excel saves it, read and written the same way for every list Paraat imports:
 * semicolon or comma, UTF-8 with or without BOM, a "sep=;" first line, dates as 31/12/2026.
 */

/** The rows one import stores at most (`lists.import`); a pasted table is held to it before it is read. */
export const IMPORT_ROW_LIMIT = 10_000;

export interface ParsedCsv {
  headers: string[];
  /** Every row after the header, empty ones included. */
  rows: string[][];
  delimiter: string;
}

export function parseCsv(text: string): ParsedCsv {
  let content = text.replace(/^\uFEFF/, '');
  let delimiter: string | undefined;
  // Excel for Mac ends lines with a lone CR.
  const sepLine = /^sep=(.)(\r\n|\r|\n)/i.exec(content);
  if (sepLine) {
    delimiter = sepLine[1];
    content = content.slice(sepLine[0].length);
  }
  const result = Papa.parse<string[]>(content, {
    delimiter: delimiter ?? guessDelimiter(content),
    // Empty rows stay in, so row numbers in the report match the spreadsheet's.
    skipEmptyLines: false,
  });
  const [headers = [], ...rows] = result.data;
  // The line break after the last row is not a row.
  while (rows.length > 0 && rows.at(-1)!.every((cell) => cell.trim() === '')) rows.pop();
  return { headers: headers.map((h) => h.trim()), rows, delimiter: result.meta.delimiter };
}

/**
 * The delimiter that splits the first rows most evenly. Empty rows (and Excel's ";;;;" rows) are
 * left out of the count: they would otherwise pull a two-column sheet below Papa Parse's
 * threshold. A sheet of one column has nothing to go on; semicolons then, as Excel in Belgium and
 * the Netherlands writes them, so a name like "Vermeersch, Eline" stays whole.
 */
function guessDelimiter(content: string): string {
  const guess = Papa.parse<string[]>(content, {
    delimiter: '',
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
    preview: 10,
  });
  return guess.errors.some((error) => error.code === 'UndetectableDelimiter') ? ';' : guess.meta.delimiter;
}

/** Column index → field name, or null for a column that is not imported. */
export type ColumnMapping = (string | null)[];

/** A field's labels in both languages, to recognise a column header whatever language the sheet is in. */
export type FieldLabels = (field: FieldDescriptor) => readonly string[];

export type CellProblem = 'date' | 'number' | 'boolean' | 'choice' | 'invalid';

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
export function readCell(
  field: FieldDescriptor,
  raw: string,
  choiceLabels: (field: FieldDescriptor, option: string) => readonly string[],
): { value: unknown } | { problem: CellProblem } {
  const value = raw.trim();
  switch (field.widget) {
    case 'date': {
      if (value === '') return { value: '' };
      const iso = toIsoDate(value);
      return iso ? { value: iso } : { problem: 'date' };
    }
    case 'hours': {
      // The same reading as the form's: "4u", "halve dag" and "2 dagen" import as hours.
      const read = parseDuration(value);
      return read.ok ? { value: read.hours } : { problem: 'number' };
    }
    case 'integer': {
      if (value === '') return { value: null };
      const number = Number(value.replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(number) || number < 0 || (field.widget === 'integer' && !Number.isInteger(number)))
        return { problem: 'number' };
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
      const option = field.options?.find(
        (o) => normalise(o) === key || choiceLabels(field, o).some((label) => normalise(label) === key),
      );
      return option ? { value: option } : { problem: 'choice' };
    }
    default:
      return { value };
  }
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first: OWASP's
 * "CSV injection") gets an apostrophe in front, so it shows as the text it is. A phone number or a
 * plain number (+32 470 12 34 56, -5) holds nothing to run and stays as written.
 */
export function inertCell(text: string): string {
  // A text that already starts with apostrophes before a formula gets one more, so that
  // `unguardedCell` can tell Paraat's apostrophe from the text's own.
  const bare = text.replace(/^'+/, '');
  if (!/^[=+\-@\t\r]/.test(bare) || /^[+-]?[\d\s()./-]*$/.test(bare)) return text;
  return `'${text}`;
}

/**
 * A cell as it was before `inertCell` guarded it: the apostrophe Paraat's own CSV export puts before
 * a formula-like text is taken off again, so an exported list imported back gives the same values.
 * Only the exact guard is undone: an apostrophe before anything `inertCell` leaves alone is text.
 */
export function unguardedCell(text: string): string {
  return text.startsWith("'") && inertCell(text.slice(1)) === text ? text.slice(1) : text;
}

/** A table as a CSV Excel opens directly in Belgium and the Netherlands: BOM, semicolons, CRLF. */
export function toExcelCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const data = rows.map((row) => row.map(inertCell));
  return `\uFEFF${Papa.unparse({ fields: headers.map(inertCell), data }, { delimiter: ';', newline: '\r\n' })}\r\n`;
}
