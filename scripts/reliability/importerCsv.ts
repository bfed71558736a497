/**
 * Sheets for the importer fuzzing (importers.ts): rows of awkward text written in every dialect a
 * spreadsheet saves (semicolon, comma or tab; CRLF, LF or a lone CR; with or without BOM, "sep="
 * line, title lines above the header; quoted only where needed or everywhere).
 */
import fc from 'fast-check';
import { MAX_TEXT } from '../../src/domain/fields';

export interface Dialect {
  delimiter: ';' | ',' | '\t';
  newline: '\r\n' | '\n' | '\r';
  bom: boolean;
  sepLine: boolean;
  quoteAll: boolean;
  /** Lines above the header, as inventories have them ("IT-inventaris 2026;;;;"). */
  titleLines: string[];
}

/** Pieces that break naive CSV handling, to be mixed into generated text. */
const AWKWARD_PIECES = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u2028',
  '\ud800',
  '\udc00',
  '\udc00\ud800',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\r\n',
  '\r',
  '\n',
  '\t',
  ';',
  ',',
  '"',
  '""',
  "'",
  ' ',
  '  ',
  'sep=;',
  '=SUM(A1)',
  '+32 470',
  '-',
  'ja',
  'totaal',
  '🚒',
  '👩‍👩‍👧‍👦',
  '🇧🇪',
  'שלום',
  'مرحبا',
  '\u202e',
  'Ελένη',
  'Сервер',
  'é',
  'e\u0301',
  'ß',
  'Vermeersch, Eline',
];

const BIG_CELLS = [
  'Beekzande '.repeat(MAX_TEXT / 10),
  '🚒'.repeat(MAX_TEXT / 2),
  'a;b,"c"\r\n\t'.repeat(MAX_TEXT / 10),
];

/** Any text a cell may hold, within the plan's limit of MAX_TEXT characters. */
export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 4,
    arbitrary: fc.array(fc.constantFrom(...AWKWARD_PIECES), { maxLength: 8 }).map((pieces) => pieces.join('')),
  },
  { weight: 1, arbitrary: fc.constantFrom(...BIG_CELLS) },
);

/** A cell one character over the limit: the preview must refuse its row. */
export const TOO_LONG = 'x'.repeat(MAX_TEXT + 1);

const TITLE_LINES = [
  'IT-inventaris 2026',
  'Gemeente Beekzande — bijgewerkt 12/03/2026',
  '',
  'Overzicht toestellen',
  'Versie 3, 12/03/2026',
];

export const dialect: fc.Arbitrary<Dialect> = fc.record({
  delimiter: fc.constantFrom(';' as const, ',' as const, '\t' as const),
  newline: fc.constantFrom('\r\n' as const, '\n' as const, '\r' as const),
  bom: fc.boolean(),
  sepLine: fc.boolean(),
  quoteAll: fc.boolean(),
  titleLines: fc.array(fc.constantFrom(...TITLE_LINES), { maxLength: 3 }),
});

/**
 * Quotes a cell as Excel does when it must (delimiter, quote, line break), or always. A sheet of one
 * column shows no delimiter to recognise, so there any of them is quoted: an unquoted "a;b" alone
 * on its lines is one cell or two, and no reader can tell.
 */
function quote(cell: string, dialect: Dialect, oneColumn: boolean): string {
  const needs =
    dialect.quoteAll || cell.includes(dialect.delimiter) || /["\r\n]/.test(cell) || (oneColumn && /[;,\t]/.test(cell));
  return needs ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[], dialect: Dialect): string {
  const line = (cells: readonly string[]) =>
    cells.map((cell) => quote(cell, dialect, header.length === 1)).join(dialect.delimiter);
  const lines = [
    ...(dialect.sepLine ? [`sep=${dialect.delimiter}`] : []),
    // As spreadsheet programs save them: padded with delimiters to the table's width.
    ...dialect.titleLines.map((title) => line([title, ...Array<string>(header.length - 1).fill('')])),
    line(header),
    ...rows.map(line),
  ];
  return `${dialect.bom ? '\uFEFF' : ''}${lines.join(dialect.newline)}${dialect.newline}`;
}

/** Text that is not a sheet at all, or a sheet broken anywhere: quotes left open, ragged rows. */
export const garbageCsv: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(
      fc.constantFrom(
        ...AWKWARD_PIECES,
        'naam',
        'name',
        'soort',
        'functie',
        'e-mail',
        'gsm',
        'x@y.be',
        '31/12/2026',
        '3 stuks',
      ),
      { maxLength: 60 },
    )
    .map((pieces) => pieces.join('')),
);
