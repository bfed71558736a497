import { zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { unzipBounded } from './boundedUnzip';
import { type ParsedCsv, parseCsv, unguardedCell } from './sheet';

/**
 * A list file as the coordinator has it, read into rows of text: a CSV or text file in whatever
 * way Excel or a tool saved it (UTF-8 with or without BOM, the Windows code page, "Unicode-tekst"
 * as UTF-16 with tabs), or an .xlsx workbook. The file is untrusted: everything is bounded, and a
 * file that is not a table is refused with a reason, never half read.
 */

export const TABLE_LIMITS = {
  /** A file larger than this is not a list a coordinator keeps by hand or exports for one site. */
  bytes: 25 * 1024 * 1024,
  /** What an .xlsx may unpack to: a zip bomb stops here. */
  unpackedBytes: 200 * 1024 * 1024,
  columns: 500,
  /** Data rows; the import itself takes at most 10,000. */
  rows: 20_000,
} as const;

/** How the table came: a file in one of these forms, or pasted from a spreadsheet. */
export type TableFormat = 'xlsx' | 'utf8' | 'windows-1252' | 'utf16' | 'clipboard';

export type TableProblem =
  | 'empty'
  | 'notATable'
  | 'tooLarge'
  | 'tooLargeUnpacked'
  | 'sheetNotFound'
  | 'sheetEmpty'
  | 'tooManyColumns'
  | 'tooManyRows'
  | 'oldExcel'
  | 'spreadsheetUnreadable'
  | 'formulasNotCalculated'
  | 'mergedCells';

/** A workbook's sheets by name, in the workbook's order, and the one that was read. */
export interface WorkbookSheets {
  names: string[];
  chosen: string;
}

export type TableResult =
  | { ok: true; table: ParsedCsv; format: TableFormat; sheets?: WorkbookSheets }
  | { ok: false; problem: TableProblem; detail?: string };

export interface ReadOptions {
  /** The sheet of an .xlsx to read, by name; the first sheet with data when not given. */
  sheet?: string;
}

const refuse = (problem: TableProblem, detail?: string): TableResult => ({ ok: false, problem, detail });

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Cells as the plan stores text: HTML line breaks some tools export become real ones, spaces trimmed. */
export function cleanCell(value: string): string {
  return value
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/&nbsp;/gi, ' ')
    .trim();
}

export async function readTable(bytes: Uint8Array, options: ReadOptions = {}): Promise<TableResult> {
  if (bytes.length > TABLE_LIMITS.bytes) return refuse('tooLarge', String(Math.ceil(bytes.length / 1024 / 1024)));
  if (bytes.length === 0) return refuse('empty');
  if (startsWith(bytes, OLE)) return refuse('oldExcel');
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes, options.sheet);
  const decoded = decodeText(bytes);
  if (!decoded) return refuse('notATable');
  return checked(parseCsv(decoded.text), decoded.format);
}

/** Text already decoded (a generated sheet, or from a test) read as a table, with the same bounds. */
export function tableFromText(text: string): TableResult {
  return checked(parseCsv(text), 'utf8');
}

function decodeText(bytes: Uint8Array): { text: string; format: TableFormat } | null {
  const littleEndian = startsWith(bytes, [0xff, 0xfe]) || looksLikeUtf16(bytes, 1);
  const bigEndian = startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16(bytes, 0);
  if (littleEndian || bigEndian) {
    const text = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes);
    return isText(text) ? { text: text.replace(/^\uFEFF/, ''), format: 'utf16' } : null;
  }
  let text: string;
  let format: TableFormat = 'utf8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    format = 'windows-1252';
  }
  return isText(text) ? { text, format } : null;
}

/** What Windows-1252 has at 0x80–0x9F, where Latin-1 has control characters (€, ‘ ’, “ ”, –, —, …). */
export const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Excel's plain "CSV" on a Dutch or English Windows; decoded here, as Node's decoder may know it only as Latin-1. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192)
    text += String.fromCharCode(
      ...Array.from(bytes.subarray(i, i + 8192), (byte) =>
        byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte,
      ),
    );
  return text;
}

/** UTF-16 without a byte order mark: every other byte of the first characters is zero. */
function looksLikeUtf16(bytes: Uint8Array, zeroAt: 0 | 1): boolean {
  const sample = Math.min(bytes.length - (bytes.length % 2), 400);
  if (sample < 4) return false;
  let zeros = 0;
  for (let i = zeroAt; i < sample; i += 2) if (bytes[i] === 0) zeros++;
  return zeros >= (sample / 2) * 0.9;
}

/** A renamed program, image or database holds control characters no spreadsheet writes. */
export function isText(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  let control = 0;
  for (const char of sample) {
    const code = char.charCodeAt(0);
    if (code === 0) return false;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || char === '\uFFFD') control++;
  }
  return control <= sample.length * 0.01;
}

/** The bounds every table is held to, and its cells cleaned as the plan stores text. */
export function checked(table: ParsedCsv, format: TableFormat): TableResult {
  const rows = [table.headers, ...table.rows];
  if (rows.every((row) => row.every((cell) => cell.trim() === ''))) return refuse('empty');
  const widest = rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (widest > TABLE_LIMITS.columns) return refuse('tooManyColumns', String(widest));
  if (table.rows.length > TABLE_LIMITS.rows) return refuse('tooManyRows', String(table.rows.length));
  const clean = (row: string[]) => row.map((cell) => cleanCell(unguardedCell(cell)));
  return { ok: true, format, table: { ...table, headers: clean(table.headers), rows: table.rows.map(clean) } };
}

/** What read-excel-file reads of a workbook: its XML parts. Pictures and printer settings stay packed. */
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]!);

/** Each sheet's name and the part that holds it, in the workbook's order (workbook.xml and its relations). */
function sheetParts(parts: Record<string, Uint8Array>): Map<string, string> {
  const decoder = new TextDecoder();
  const workbook = decoder.decode(parts['xl/workbook.xml'] ?? new Uint8Array());
  const relations = decoder.decode(parts['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const [, attributes] of relations.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = /\bId="([^"]*)"/.exec(attributes!)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attributes!)?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets = new Map<string, string>();
  for (const [, attributes] of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = /\bname="([^"]*)"/.exec(attributes!)?.[1];
    const relation = /\s\w+:id="([^"]*)"/.exec(attributes!)?.[1];
    const part = relation && targets.get(relation);
    if (name !== undefined && part) sheets.set(unescapeXml(name), part);
  }
  return sheets;
}

/** What a sheet holds that a table of values cannot carry. */
function inspectSheet(xml: string): TableResult | null {
  // A merged block over several rows leaves its value in the first row only: rows would be read wrong.
  for (const [, from, fromRow, to, toRow] of xml.matchAll(/<mergeCell\s+ref="([A-Z]+(\d+)):([A-Z]+(\d+))"/g))
    if (fromRow !== toRow) return refuse('mergedCells', `${from}:${to}`);
  // A formula with no value stored: the program that wrote the file never calculated it.
  for (const [, reference, body] of xml.matchAll(/<c\b[^>]*?r="([A-Z]+\d+)"[^>]*>(.*?)<\/c>/gs))
    if (body!.includes('<f') && !/<v>[^<]/.test(body!)) return refuse('formulasNotCalculated', reference);
  return null;
}

async function readWorkbook(bytes: Uint8Array, wantedSheet: string | undefined): Promise<TableResult> {
  // Unpacked once, counting what actually inflates; read-excel-file then gets the parts stored
  // uncompressed with true sizes, so nothing it does can inflate more than was counted here.
  const unpacked = unzipBounded(bytes, { limit: TABLE_LIMITS.unpackedBytes, wanted: isXmlPart });
  if (!unpacked.ok)
    return unpacked.problem === 'tooLarge'
      ? refuse('tooLargeUnpacked', String(TABLE_LIMITS.unpackedBytes / 1024 / 1024))
      : refuse('spreadsheetUnreadable');
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    const stored = zipSync(unpacked.files, { level: 0 });
    sheets = await readXlsxFile(stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength));
  } catch {
    return refuse('spreadsheetUnreadable');
  }
  const hasData = (candidate: (typeof sheets)[number]) =>
    candidate.data.some((row) => row.some((cell) => cell !== null));
  const sheet =
    wantedSheet === undefined ? sheets.find(hasData) : sheets.find((candidate) => candidate.sheet === wantedSheet);
  if (!sheet) return wantedSheet === undefined ? refuse('empty') : refuse('sheetNotFound', wantedSheet);
  const part = sheetParts(unpacked.files).get(sheet.sheet);
  const decoder = new TextDecoder();
  // Without a readable sheet-to-part map every sheet is inspected, as the one read may be any of them.
  const inspected = part
    ? [unpacked.files[part]]
    : Object.entries(unpacked.files)
        .filter(([name]) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))
        .map(([, xml]) => xml);
  for (const xml of inspected) {
    const problem = xml && inspectSheet(decoder.decode(xml));
    if (problem) return problem;
  }
  if (!hasData(sheet)) return refuse('sheetEmpty', sheet.sheet);
  const rows = sheet.data.map((row) => row.map(cellText));
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const padded = rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  while (padded.length > 0 && padded.at(-1)!.every((cell) => cell === '')) padded.pop();
  const [headers = [], ...rest] = padded;
  const read = checked({ headers, rows: rest, delimiter: 'xlsx' }, 'xlsx');
  return read.ok
    ? { ...read, sheets: { names: sheets.map((candidate) => candidate.sheet), chosen: sheet.sheet } }
    : read;
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}
