import type { ListKey } from './importWords';
import { type ListImportContext, importableFields, recogniseList } from './listImport';
import { TABLE_LIMITS, checked, isText } from './readTable';
import { type Recognition, isHeaderMapping, proposeMapping, recogniseTool } from './recognise';
import { IMPORT_ROW_LIMIT, type ParsedCsv } from './sheet';

/**
 * A table pasted on a list from Excel, LibreOffice Calc or Google Sheets, read into the same rows a
 * list file gives, so the import's recognition, mapping and preview (listImport.ts) do the rest.
 *
 * What the spreadsheets put on the clipboard as text/plain: cells separated by tabs, rows by CRLF
 * (Excel on Windows) or LF, a line break after the last row. A cell holding a line break or a tab
 * is quoted with its quotes doubled; a cell that only holds quotes (Het "Huis") is not quoted by
 * Excel, so a quote opens a quoted cell only when a closing quote ends the cell.
 */

export type PasteProblem = 'empty' | 'notATable' | 'oneColumn' | 'tooLarge' | 'tooManyColumns' | 'tooManyRows';

export type PastedTable = { ok: true; table: ParsedCsv } | { ok: false; problem: PasteProblem; detail?: string };

/** Excel holds at most 32,767 characters in a cell; with its quotes doubled, twice that. */
const LONGEST_QUOTED_CELL = 2 * 32_767 + 2;

/** A quoted cell from `start` (its opening quote): its text and where it ends, or null when no closing quote ends it. */
function quotedCell(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0 || quote - start > LONGEST_QUOTED_CELL) return null;
    value += text.slice(from, quote);
    const after = text[quote + 1];
    if (after === '"') {
      value += '"';
      from = quote + 2;
      continue;
    }
    if (after === undefined || after === '\t' || after === '\n' || after === '\r')
      return { value: value.replace(/\r\n?/g, '\n'), end: quote + 1 };
    return null;
  }
}

/** The clipboard's text/plain as rows of cells; the line break after the last row is not a row. */
export function splitClipboardText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  for (;;) {
    const quoted = text[at] === '"' ? quotedCell(text, at) : null;
    let end = quoted?.end ?? at;
    if (!quoted) while (end < text.length && text[end] !== '\t' && text[end] !== '\n' && text[end] !== '\r') end++;
    row.push(quoted ? quoted.value : text.slice(at, end));
    if (end >= text.length) {
      rows.push(row);
      break;
    }
    if (text[end] === '\t') {
      at = end + 1;
      continue;
    }
    at = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
    rows.push(row);
    row = [];
    if (at >= text.length) break;
  }
  return rows;
}

/** Whether pasted text is rows of cells (two rows with text, cells split by tabs), not a line of text. */
export function holdsRows(text: string): boolean {
  if (!text.includes('\t')) return false;
  return splitClipboardText(text).filter((row) => row.some((cell) => cell.trim() !== '')).length >= 2;
}

const refuse = (problem: PasteProblem, detail?: string): PastedTable => ({ ok: false, problem, detail });

/**
 * Pasted text as a table, held to the bounds of a list file and of one import: text a spreadsheet
 * would not put on the clipboard, a single column or more rows than one import stores are refused
 * with their reason before anything is read.
 */
export function readPastedTable(text: string): PastedTable {
  if (text.length > TABLE_LIMITS.bytes) return refuse('tooLarge', String(Math.ceil(text.length / 1024 / 1024)));
  if (text.trim() === '') return refuse('empty');
  if (!isText(text)) return refuse('notATable');
  const [headers = [], ...rows] = splitClipboardText(text.replace(/^\uFEFF/, ''));
  while (rows.length > 0 && rows.at(-1)!.every((cell) => cell.trim() === '')) rows.pop();
  if (rows.length > IMPORT_ROW_LIMIT) return refuse('tooManyRows', String(rows.length));
  const read = checked({ headers, rows, delimiter: '\t' }, 'clipboard');
  if (!read.ok) return refuse(read.problem === 'tooManyColumns' ? 'tooManyColumns' : 'empty', read.detail);
  const filledColumns = new Set(
    [read.table.headers, ...read.table.rows].flatMap((cells) =>
      cells.flatMap((cell, column) => (cell !== '' ? [column] : [])),
    ),
  );
  if (filledColumns.size < 2) return refuse('oneColumn');
  return { ok: true, table: read.table };
}

/**
 * How the pasted rows' header was found: recognised as in a file (a name and one more field), taken
 * to be the first row though its words are not known, or absent (every row is an item).
 */
export type PastedHeader = 'recognised' | 'firstRow' | 'none';

export interface PastedRecognition {
  recognition: Recognition;
  header: PastedHeader;
}

const width = (rows: readonly string[][]) => rows.reduce((max, row) => Math.max(max, row.length), 0);

/**
 * The pasted table recognised as a list file is. When no line reads as a header, the first row is
 * taken as one (most copied ranges start with it) unless `firstRowIsHeader` says otherwise; either
 * way the first column without a field is proposed as the name, and the rest is chosen in the dialog.
 */
export function recognisePasted(
  list: ListKey,
  table: ParsedCsv,
  context: Pick<ListImportContext, 'labels'>,
  firstRowIsHeader?: boolean,
): PastedRecognition {
  if (firstRowIsHeader === undefined) {
    const recognition = recogniseList(list, table, context);
    if (isHeaderMapping(recognition.mapping)) return { recognition, header: 'recognised' };
  }
  const header = firstRowIsHeader ?? true;
  const all = [table.headers, ...table.rows];
  const columns = width(all);
  const pad = (row: readonly string[]) => [...row, ...Array<string>(columns - row.length).fill('')];
  const headers = header ? pad(table.headers) : Array<string>(columns).fill('');
  const rows = (header ? table.rows : all).map(pad);
  const { mapping, hints } = proposeMapping(list, headers, rows.slice(0, 200), importableFields(list), context.labels);
  const free = mapping.findIndex((field, column) => field === null && !hints.refused.includes(column));
  if (!mapping.includes('name') && free >= 0) mapping[free] = 'name';
  return {
    // Without a header the first pasted row is row 1 in the preview, as the coordinator counts them.
    recognition: { headerRow: header ? 0 : -1, headers, rows, mapping, hints, tool: recogniseTool(headers) },
    header: header ? 'firstRow' : 'none',
  };
}
