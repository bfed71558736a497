import {
  BorderStyle,
  type FileChild,
  HeadingLevel,
  type ITableCellOptions,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { Block, Definition } from '../model';
import { textParagraph, textRuns } from './text';
import { COLOURS } from './theme';

const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule };
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

/** Column widths (in twips) after how much text each column holds, within sensible bounds. */
export function columnWidths(columns: string[], rows: string[][], width: number): number[] {
  const weights = columns.map((column, index) => {
    const longest = Math.max(column.length, ...rows.map((row) => Math.min((row[index] ?? '').length, 60)));
    return Math.min(Math.max(longest, 8), 40);
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.floor((weight / total) * width));
}

function cell(text: string, width: number, options: Partial<ITableCellOptions> & { header?: boolean; term?: boolean } = {}): TableCell {
  const { header, term, ...rest } = options;
  const fill = header ? COLOURS.headerFill : term ? COLOURS.termFill : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    children: text.split(/\n\s*\n/).map((part) =>
      textParagraph(part, { style: 'TableText', keepNext: header }, header ? { bold: true, color: COLOURS.headerText } : term ? { bold: true } : {}),
    ),
    ...rest,
  });
}

/** A data table whose header row repeats on every page it runs onto. */
export function dataTable(columns: string[], rows: string[][], width: number, blankRows = 0): Table {
  const widths = columnWidths(columns, rows, width);
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, i) => cell(column, widths[i]!, { header: true })) });
  const body = rows.map((row) => new TableRow({ children: columns.map((_, i) => cell(row[i] ?? '', widths[i]!)) }));
  const blanks = Array.from(
    { length: blankRows },
    () => new TableRow({ height: { value: 520, rule: 'atLeast' }, cantSplit: true, children: widths.map((w) => cell('', w)) }),
  );
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: CELL_MARGINS,
    rows: [header, ...body, ...blanks],
  });
}

/** Label–value pairs as a two-column table: the labels shaded, the values beside them. */
export function definitionTable(entries: Definition[], width: number): Table {
  const termWidth = Math.round(width * 0.32);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [termWidth, width - termWidth],
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: CELL_MARGINS,
    rows: entries.map((entry) => new TableRow({ children: [cell(entry.term, termWidth, { term: true }), cell(entry.value, width - termWidth)] })),
  });
}

/** Questions with ruled space below each to answer by hand. */
function formBlock(questions: string[], lines: number): Paragraph[] {
  return questions.flatMap((question) => [
    textParagraph(question, { keepNext: true, spacing: { before: 200, after: 0 } }, { bold: true }),
    ...Array.from({ length: lines }, () => new Paragraph({ border: { bottom: RULE }, spacing: { before: 0, after: 0, line: 420 }, children: [] })),
  ]);
}

const spacer = () => new Paragraph({ spacing: { after: 120 }, children: [] });

export function blockChildren(block: Block, width: number): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: textRuns(block.text) })];
    case 'paragraph':
      return [textParagraph(block.text, block.tone === 'muted' ? { style: 'Muted' } : {})];
    case 'definitions':
      return [definitionTable(block.entries, width), spacer()];
    case 'table':
      return [dataTable(block.columns, block.rows, width, block.blankRows), spacer()];
    case 'form':
      return formBlock(block.questions, block.lines);
  }
}
