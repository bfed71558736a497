import type { Definition } from '../model';
import { CELL_MARGINS, RULE } from './tableLayout';
import { COMPACT_COLUMNS, columnWidths, keptWhole } from '../tableMeasures';
import { SOFT_HYPHEN } from '../hyphenation';
import { escapeXml as escape, xmlSafe } from './text';
import { COLOURS } from '../palette';

/**
 * The data and definition tables as WordprocessingML text, written directly: byte for byte what
 * `dataTable` and `definitionTable` in blocks.ts make docx write (a test holds them to that), at a
 * fraction of the cost. docx builds some twenty objects per table cell and a second tree of them
 * to write it, about 3 KB per cell: a plan with thousands of systems and incidents (some 140,000
 * cells) took over half a gigabyte and most of the export's time went to collecting it.
 */

interface RunLook {
  bold?: boolean;
  color?: string;
  /** Half-points. */
  size?: number;
}

function runProperties({ bold, color, size }: RunLook): string {
  const parts = `${bold ? '<w:b/><w:bCs/>' : ''}${color ? `<w:color w:val="${color}"/>` : ''}${size ? `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` : ''}`;
  return parts ? `<w:rPr>${parts}</w:rPr>` : '';
}

/** As `textParagraph(text, { style: 'TableText', keepNext })`: one run per line, a break before each further line, soft hyphens as Word's. */
function paragraph(text: string, look: RunLook, keepNext: boolean): string {
  const properties = runProperties(look);
  const runs = xmlSafe(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(
      (line, index) =>
        `<w:r>${properties}${index > 0 ? '<w:br/>' : ''}${line
          .split(SOFT_HYPHEN)
          .map((piece) => `<w:t xml:space="preserve">${escape(piece)}</w:t>`)
          .join('<w:softHyphen/>')}</w:r>`,
    )
    .join('');
  return `<w:p><w:pPr><w:pStyle w:val="TableText"/>${keepNext ? '<w:keepNext/>' : ''}</w:pPr>${runs}</w:p>`;
}

function cell(text: string, width: number, look: RunLook = {}, fill?: string, keepNext = false): string {
  const shading = fill ? `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>` : '';
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => paragraph(part, look, keepNext))
    .join('');
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shading}</w:tcPr>${paragraphs}</w:tc>`;
}

const border = (side: string) => `<w:${side} w:val="${RULE.style}" w:color="${RULE.color}" w:sz="${RULE.size}"/>`;
const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;
const MARGINS = `<w:tblCellMar>${(['top', 'left', 'bottom', 'right'] as const).map((side) => `<w:${side} w:type="dxa" w:w="${CELL_MARGINS[side]}"/>`).join('')}</w:tblCellMar>`;

/** As docx writes `cantSplit: keptWhole(cells)`: a row is not torn across two pages unless it may not fit on one. */
const rowProperties = (cells: readonly string[]) => (keptWhole(cells) ? '<w:trPr><w:cantSplit/></w:trPr>' : '');

function table(width: number, widths: number[], rows: string[]): string {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/>${BORDERS}<w:tblLayout w:type="fixed"/>${MARGINS}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** What `dataTable` writes: the header row repeated on every page, then the rows, then empty rows to fill in by hand. */
export function dataTableXml(
  columns: string[],
  rows: string[][],
  width: number,
  blankRows = 0,
  weights?: number[],
): string {
  const widths = columnWidths(columns, rows, width, weights);
  const size = columns.length > COMPACT_COLUMNS ? 16 : undefined;
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${columns
    .map((column, i) =>
      cell(column, widths[i]!, { bold: true, color: COLOURS.headerText, size }, COLOURS.headerFill, true),
    )
    .join('')}</w:tr>`;
  const body = rows.map(
    (row) =>
      `<w:tr>${rowProperties(row)}${columns.map((_, i) => cell(row[i] ?? '', widths[i]!, { size })).join('')}</w:tr>`,
  );
  const blank = `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="520" w:hRule="atLeast"/></w:trPr>${widths.map((w) => cell('', w)).join('')}</w:tr>`;
  return table(width, widths, [header, ...body, ...Array.from({ length: blankRows }, () => blank)]);
}

/** What `definitionTable` writes: the labels shaded, the values beside them. */
export function definitionTableXml(entries: Definition[], width: number): string {
  const termWidth = Math.round(width * 0.32);
  const rows = entries.map(
    (entry) =>
      `<w:tr>${rowProperties([entry.value])}${cell(entry.term, termWidth, { bold: true }, COLOURS.termFill)}${cell(entry.value, width - termWidth)}</w:tr>`,
  );
  return table(width, [termWidth, width - termWidth], rows);
}
