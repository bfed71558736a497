import {
  Bookmark,
  type FileChild,
  HeadingLevel,
  type ITableCellOptions,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import { fitPicture } from '../../domain/pictures';
import type { Block, Definition, MatrixCell } from '../model';
import { CELL_MARGINS, RULE } from './tableLayout';
import { COMPACT_COLUMNS, columnWidths, keptWhole } from '../tableMeasures';
import { dataTableXml, definitionTableXml } from './tableXml';
import { textParagraph, textRuns } from './text';
import { COLOURS, TONE_FILL } from '../palette';
import { BULLETS, NUMBERS } from './listStyles';

const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };

function cell(
  text: string,
  width: number,
  options: Partial<ITableCellOptions> & { header?: boolean; term?: boolean; compact?: boolean } = {},
): TableCell {
  const { header, term, compact, ...rest } = options;
  const size = compact ? { size: 16 } : {};
  const fill = header ? COLOURS.headerFill : term ? COLOURS.termFill : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    children: text
      .split(/\n\s*\n/)
      .map((part) =>
        textParagraph(
          part,
          { style: 'TableText', keepNext: header },
          header ? { ...size, bold: true, color: COLOURS.headerText } : term ? { bold: true } : size,
        ),
      ),
    ...rest,
  });
}

/** A data table whose header row repeats on every page it runs onto. */
export function dataTable(
  columns: string[],
  rows: string[][],
  width: number,
  blankRows = 0,
  weights?: number[],
): Table {
  const widths = columnWidths(columns, rows, width, weights);
  const compact = columns.length > COMPACT_COLUMNS;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, i) => cell(column, widths[i]!, { header: true, compact })),
  });
  // A row is never torn across two pages: a reader sees each system, person or step whole.
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: keptWhole(row) || undefined,
        children: columns.map((_, i) => cell(row[i] ?? '', widths[i]!, { compact })),
      }),
  );
  const blanks = Array.from(
    { length: blankRows },
    () =>
      new TableRow({
        height: { value: 520, rule: 'atLeast' },
        cantSplit: true,
        children: widths.map((w) => cell('', w)),
      }),
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
    rows: entries.map(
      (entry) =>
        new TableRow({
          cantSplit: keptWhole([entry.value]) || undefined,
          children: [cell(entry.term, termWidth, { term: true }), cell(entry.value, width - termWidth)],
        }),
    ),
  });
}

/**
 * Each level's fill and its pattern over it, so low and high differ on a black-and-white print too:
 * plain for low, dots for medium, stripes for high, a dense cross-hatch for critical.
 */
const TONE_PATTERN: Record<MatrixCell['tone'], (typeof ShadingType)[keyof typeof ShadingType]> = {
  low: ShadingType.CLEAR,
  medium: ShadingType.PERCENT_10,
  high: ShadingType.THIN_DIAGONAL_STRIPE,
  critical: ShadingType.THIN_DIAGONAL_CROSS,
};

/** A shaded grid (the risk heat map): row labels on the left, the column labels on top. */
function matrixTable(block: Extract<Block, { kind: 'matrix' }>, width: number): Table {
  const labelWidth = Math.round(width * 0.2);
  const cellWidth = Math.floor((width - labelWidth) / block.columns.length);
  const widths = [labelWidth, ...block.columns.map(() => cellWidth)];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [block.corner, ...block.columns].map((text, i) => cell(text, widths[i]!, { header: true })),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        height: { value: 620, rule: 'atLeast' },
        children: [
          cell(row.label, labelWidth, { term: true }),
          ...row.cells.map(
            (entry) =>
              new TableCell({
                width: { size: cellWidth, type: WidthType.DXA },
                shading: { type: TONE_PATTERN[entry.tone], color: '8C8C8C', fill: TONE_FILL[entry.tone] },
                children: [
                  textParagraph(entry.level, { style: 'TableText' }, { size: 16 }),
                  ...(entry.text ? [textParagraph(entry.text, { style: 'TableText' }, { bold: true })] : []),
                ],
              }),
          ),
        ],
      }),
  );
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: CELL_MARGINS,
    rows: [header, ...rows],
  });
}

/** Questions with ruled space below each to answer by hand; a question and its lines stay on one page. */
function formBlock(questions: string[], lines: number): Paragraph[] {
  return questions.flatMap((question) => [
    textParagraph(question, { keepNext: true, keepLines: true, spacing: { before: 200, after: 0 } }, { bold: true }),
    ...Array.from(
      { length: lines },
      (_, line) =>
        new Paragraph({
          border: { bottom: RULE },
          spacing: { before: 0, after: 0, line: 420 },
          keepNext: line < lines - 1,
          children: [],
        }),
    ),
  ]);
}

/** A real Word list: numbered or bulleted through the document's numbering, the text hanging past the mark. */
function listParagraphs(block: Extract<Block, { kind: 'list' }>): Paragraph[] {
  // Each numbered list starts again at 1, not where the document's previous list stopped.
  return block.items.map((item, index) =>
    textParagraph(item, {
      numbering: { reference: block.ordered ? NUMBERS : BULLETS, level: 0, restart: index === 0 },
      spacing: { after: 60 },
    }),
  );
}

const spacer = () => new Paragraph({ spacing: { after: 120 }, children: [] });

/** Twips (the text width's unit) per pixel at Word's 96 pixels to the inch. */
const TWIPS_PER_PIXEL = 15;
/** A picture's height on the page at most (about 16 cm), so it shares its page with its caption. */
const FIGURE_MAX_HEIGHT = 600;

/** A picture inline in its own paragraph, kept with its caption below; scaled to the text width, never enlarged. */
function figureParagraphs(block: Extract<Block, { kind: 'figure' }>, width: number): Paragraph[] {
  const size = fitPicture(block, Math.floor(width / TWIPS_PER_PIXEL), FIGURE_MAX_HEIGHT);
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [
        new ImageRun({
          type: block.mediaType === 'image/png' ? 'png' : 'jpg',
          data: block.bytes,
          transformation: size,
          altText: { name: block.label, title: block.label, description: block.caption || block.label },
        }),
      ],
    }),
    textParagraph(block.caption ? `${block.label}: ${block.caption}` : block.label, {
      style: 'Muted',
      spacing: { after: 200 },
    }),
  ];
}

/**
 * A table already written as WordprocessingML (tableXml.ts), put in the document as a paragraph
 * that holds its place until the document is packed (see renderDocx).
 */
export type WrittenTable = (xml: string) => FileChild;

/** The bookmark a heading carries, when the contents point to it. */
export type BookmarkOf = (block: Block) => string | undefined;

export function blockChildren(
  block: Block,
  width: number,
  written?: WrittenTable,
  bookmarkOf: BookmarkOf = () => undefined,
): FileChild[] {
  switch (block.kind) {
    case 'heading': {
      const bookmark = bookmarkOf(block);
      const runs = textRuns(block.text);
      return [
        new Paragraph({
          heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          children: bookmark ? [new Bookmark({ id: bookmark, children: runs })] : runs,
        }),
      ];
    }
    case 'list':
      return listParagraphs(block);
    case 'paragraph':
      return [textParagraph(block.text, block.tone === 'muted' ? { style: 'Muted' } : {})];
    case 'definitions':
      return [
        written ? written(definitionTableXml(block.entries, width)) : definitionTable(block.entries, width),
        spacer(),
      ];
    case 'table':
      return [
        written
          ? written(dataTableXml(block.columns, block.rows, width, block.blankRows, block.weights))
          : dataTable(block.columns, block.rows, width, block.blankRows, block.weights),
        spacer(),
      ];
    case 'form':
      return formBlock(block.questions, block.lines);
    case 'matrix':
      return [
        matrixTable(block, Math.min(width, 7400)),
        textParagraph(block.caption, { style: 'Muted', spacing: { before: 80 } }),
      ];
    case 'figure':
      return figureParagraphs(block, width);
  }
}
