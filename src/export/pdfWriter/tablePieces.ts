import type { Definition, MatrixCell } from '../model';
import { COLOURS, TONE_FILL } from '../palette';
import { COMPACT_COLUMNS, columnWidths, keptWhole } from '../tableMeasures';
import type { DrawOp } from './layout';
import type { SetLine } from './lineBreaking';
import { type Piece, piece } from './pageFlow';
import { type Frame, MM, type TextStyle, baselineOf } from './pageFrame';
import { type LayoutContext, SPACING, lineRuns } from './textPieces';

/** A cell's padding (Word's cell margins: 2 pt above and below, 4.5 pt beside) and the rules' width. */
const PAD_X = 4.5;
const PAD_Y = 2;
const RULE_WIDTH = 0.5;
/** Space between two paragraphs of one cell. */
const CELL_PARAGRAPH = 1 * MM;
/** A blank row to write in by hand (Word's 520 twips). */
const BLANK_ROW = 26;
/** Twips per point: Word's column widths are in twips. */
const TWIPS = 20;

const cellStyle = (size: number, face: 'regular' | 'bold', colour: string): TextStyle => ({
  face,
  size,
  colour,
  leading: size * 1.25,
});

/** A cell's text set in its column: its paragraphs (split at blank lines) one under the other. */
interface SetCell {
  paragraphs: SetLine[][];
  height: number;
}

function setCell(context: LayoutContext, text: string, style: TextStyle, width: number): SetCell {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => context.setter.lines(part, style.face, style.size, width - 2 * PAD_X))
    .filter((lines) => lines.length > 0);
  const lines = paragraphs.reduce((sum, lines) => sum + lines.length, 0);
  return { paragraphs, height: lines * style.leading + Math.max(0, paragraphs.length - 1) * CELL_PARAGRAPH };
}

/** A cell's runs from `top`, its paragraphs apart by a little space; each line's top is passed to `place`. */
function cellRuns(
  cell: SetCell,
  x: number,
  top: number,
  style: TextStyle,
  tag: number | null,
  ops: DrawOp[],
  align: 'left' | 'center' = 'left',
  width = 0,
): void {
  let y = top;
  for (const lines of cell.paragraphs) {
    lineRuns(lines, x, y, style, tag, ops, align, width);
    y += lines.length * style.leading + CELL_PARAGRAPH;
  }
}

/** The rules around a row's cells: its outline and the lines between its columns. */
function rowRules(x: number, edges: number[], height: number, ops: DrawOp[], fill?: string): void {
  const width = edges.at(-1)!;
  ops.push({
    kind: 'rect',
    x,
    y: 0,
    width,
    height,
    stroke: COLOURS.rule,
    lineWidth: RULE_WIDTH,
    ...(fill ? { fill } : {}),
  });
  for (let index = 1; index < edges.length - 1; index++)
    ops.push({
      kind: 'line',
      x1: x + edges[index]!,
      y1: 0,
      x2: x + edges[index]!,
      y2: height,
      colour: COLOURS.rule,
      lineWidth: RULE_WIDTH,
    });
}

const edgesOf = (widths: number[]) => widths.reduce<number[]>((edges, width) => [...edges, edges.at(-1)! + width], [0]);

interface RowSpec {
  cells: string[];
  styles: TextStyle[];
  roles: ('TH' | 'TD')[];
  scope?: 'Column' | 'Row';
  fills: (string | undefined)[];
  /** A row that may break across pages (a very long cell), in slices of a line. */
  breakable: boolean;
  minHeight?: number;
  align?: 'left' | 'center';
}

/**
 * A table row as pieces: one when it is kept whole (nearly always), else one slice per line of its
 * tallest cell so a very long cell runs on over the page. Each cell is tagged TH or TD under its TR.
 */
function rowPieces(
  context: LayoutContext,
  spec: RowSpec,
  x: number,
  widths: number[],
  rowTag: number,
  bodyHeight: number,
): Piece[] {
  const edges = edgesOf(widths);
  const set = spec.cells.map((text, index) => setCell(context, text, spec.styles[index]!, widths[index]!));
  const tags = spec.cells.map((_, index) =>
    context.structure.add(
      spec.roles[index]!,
      rowTag,
      spec.roles[index] === 'TH' && spec.scope ? { scope: spec.scope } : {},
    ),
  );
  const height = Math.max(spec.minHeight ?? 0, ...set.map((cell) => cell.height)) + 2 * PAD_Y;
  if (!spec.breakable && height <= bodyHeight) {
    const ops: DrawOp[] = [];
    spec.fills.forEach((fill, index) => {
      if (fill) ops.push({ kind: 'rect', x: x + edges[index]!, y: 0, width: widths[index]!, height, fill });
    });
    rowRules(x, edges, height, ops);
    set.forEach((cell, index) => {
      const style = spec.styles[index]!;
      const top = spec.align === 'center' ? (height - cell.height) / 2 : PAD_Y;
      cellRuns(cell, x + edges[index]! + PAD_X, top, style, tags[index]!, ops, spec.align, widths[index]! - 2 * PAD_X);
    });
    return [piece(height, ops)];
  }
  // Slices of one line: every cell's lines by where they stand in the row.
  const leading = Math.min(...spec.styles.map((style) => style.leading));
  const slices = Math.max(1, Math.ceil((height - 2 * PAD_Y) / leading));
  const sliceOps: DrawOp[][] = Array.from({ length: slices }, () => []);
  set.forEach((cell, index) => {
    const style = spec.styles[index]!;
    const baseline = baselineOf(style);
    let y = 0;
    for (const lines of cell.paragraphs) {
      for (const line of lines) {
        const slice = Math.min(slices - 1, Math.floor(y / leading));
        if (line.text)
          sliceOps[slice]!.push({
            kind: 'text',
            text: line.text,
            x: x + edges[index]! + PAD_X,
            y: y - slice * leading + baseline + (slice === 0 ? PAD_Y : 0),
            face: style.face,
            size: style.size,
            colour: style.colour,
            tag: tags[index]!,
            ...(line.hyphenated ? { hyphenated: true } : {}),
          });
        y += style.leading;
      }
      y += CELL_PARAGRAPH;
    }
  });
  return sliceOps.map((ops, slice) => {
    const sliceHeight = leading + (slice === 0 ? PAD_Y : 0) + (slice === slices - 1 ? PAD_Y : 0);
    const fills: DrawOp[] = spec.fills.flatMap((fill, index): DrawOp[] =>
      fill ? [{ kind: 'rect', x: x + edges[index]!, y: 0, width: widths[index]!, height: sliceHeight, fill }] : [],
    );
    const rules: DrawOp[] = edges.map((edge) => ({
      kind: 'line',
      x1: x + edge,
      y1: 0,
      x2: x + edge,
      y2: sliceHeight,
      colour: COLOURS.rule,
      lineWidth: RULE_WIDTH,
    }));
    if (slice === 0)
      rules.push({
        kind: 'line',
        x1: x,
        y1: 0,
        x2: x + edges.at(-1)!,
        y2: 0,
        colour: COLOURS.rule,
        lineWidth: RULE_WIDTH,
      });
    if (slice === slices - 1)
      rules.push({
        kind: 'line',
        x1: x,
        y1: sliceHeight,
        x2: x + edges.at(-1)!,
        y2: sliceHeight,
        colour: COLOURS.rule,
        lineWidth: RULE_WIDTH,
      });
    const last = slice === slices - 1;
    const openBelow = last ? undefined : { x1: x, x2: x + edges.at(-1)!, colour: COLOURS.rule, lineWidth: RULE_WIDTH };
    // No line of a long cell alone at a page's foot or head.
    const keepWithNext = slices > 2 && (slice === 0 || slice === slices - 2);
    return piece(sliceHeight, [...fills, ...rules, ...ops], { keepWithNext, ...(openBelow ? { openBelow } : {}) });
  });
}

export interface DataTable {
  columns: string[];
  rows: string[][];
  blankRows?: number;
  weights?: number[];
}

/**
 * A data table: Word's column widths (tableMeasures.ts), 8 pt when it has many columns, its header
 * row on every page it runs onto, rows kept whole but for very long cells, and never one row alone
 * at the top or foot of a page when that can be helped.
 */
export function dataTablePieces(context: LayoutContext, table: DataTable, frame: Frame, parent: number): Piece[] {
  const { structure } = context;
  const widths = columnWidths(table.columns, table.rows, Math.round(frame.textWidth * TWIPS), table.weights).map(
    (width) => width / TWIPS,
  );
  const size = table.columns.length > COMPACT_COLUMNS ? 8 : 9;
  const headStyle = cellStyle(size, 'bold', COLOURS.headerText);
  const bodyStyle = cellStyle(size, 'regular', COLOURS.ink);
  const bodyHeight = frame.bottom - frame.top;
  const tableTag = structure.add('Table', parent);
  const head = structure.add('THead', tableTag);
  const header = rowPieces(
    context,
    {
      cells: table.columns,
      styles: table.columns.map(() => headStyle),
      roles: table.columns.map(() => 'TH'),
      scope: 'Column',
      fills: table.columns.map(() => COLOURS.headerFill),
      breakable: false,
    },
    frame.left,
    widths,
    structure.add('TR', head),
    bodyHeight,
  )[0]!;
  header.keepWithNext = true;
  const body = structure.add('TBody', tableTag);
  const rows: Piece[][] = table.rows.map((row) =>
    rowPieces(
      context,
      {
        cells: table.columns.map((_, index) => row[index] ?? ''),
        styles: table.columns.map(() => bodyStyle),
        roles: table.columns.map(() => 'TD'),
        fills: [],
        breakable: !keptWhole(row),
      },
      frame.left,
      widths,
      structure.add('TR', body),
      bodyHeight,
    ),
  );
  for (let blank = 0; blank < (table.blankRows ?? 0); blank++)
    rows.push(
      rowPieces(
        context,
        {
          cells: table.columns.map(() => ''),
          styles: table.columns.map(() => bodyStyle),
          roles: table.columns.map(() => 'TD'),
          fills: [],
          breakable: false,
          minHeight: BLANK_ROW - 2 * PAD_Y,
        },
        frame.left,
        widths,
        structure.add('TR', body),
        bodyHeight,
      ),
    );
  // The first row stays with the header and the second; the last with the one before it.
  if (rows.length >= 2) rows[0]!.at(-1)!.keepWithNext = true;
  if (rows.length >= 3) rows.at(-2)!.at(-1)!.keepWithNext = true;
  const pieces = [header, ...rows.flat()];
  for (const row of pieces) if (row !== header) row.repeats = header;
  pieces.at(-1)!.after = SPACING.block;
  return pieces;
}

/** Label–value pairs as two columns: the labels shaded and bold, the values beside them (Word's definition table). */
export function definitionPieces(
  context: LayoutContext,
  entries: Definition[],
  frame: Frame,
  parent: number,
  width = frame.textWidth,
): Piece[] {
  const { structure } = context;
  const term = Math.round(width * 0.32);
  const widths = [term, width - term];
  const tableTag = structure.add('Table', parent);
  const body = structure.add('TBody', tableTag);
  const termStyle = cellStyle(9, 'bold', COLOURS.ink);
  const valueStyle = cellStyle(9, 'regular', COLOURS.ink);
  const pieces = entries.flatMap((entry) =>
    rowPieces(
      context,
      {
        cells: [entry.term, entry.value],
        styles: [termStyle, valueStyle],
        roles: ['TH', 'TD'],
        scope: 'Row',
        fills: [COLOURS.termFill, undefined],
        breakable: !keptWhole([entry.value]),
      },
      frame.left,
      widths,
      structure.add('TR', body),
      frame.bottom - frame.top,
    ),
  );
  // A short list of facts is read at once: kept on one page.
  if (entries.length <= 6) for (const row of pieces.slice(0, -1)) row.keepWithNext = true;
  if (pieces.length) pieces.at(-1)!.after = SPACING.block;
  return pieces;
}

const PATTERN_INK = '8C8C8C';

/** Lines at 45° (`rising` like /, else like \\) `spacing` apart, cut to a rectangle. */
function hatching(
  x: number,
  y: number,
  width: number,
  height: number,
  spacing: number,
  rising: boolean,
  ops: DrawOp[],
): void {
  const step = spacing * Math.SQRT2;
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    ops.push({ kind: 'line', x1, y1, x2, y2, colour: PATTERN_INK, lineWidth: 0.4 });
  if (rising) {
    // x + y = c
    for (let c = x + y + step / 2; c < x + width + y + height; c += step) {
      const from = Math.max(x, c - (y + height));
      const to = Math.min(x + width, c - y);
      line(from, c - from, to, c - to);
    }
  } else {
    // x - y = c
    for (let c = x - (y + height) + step / 2; c < x + width - y; c += step) {
      const from = Math.max(x, c + y);
      const to = Math.min(x + width, c + y + height);
      line(from, from - c, to, to - c);
    }
  }
}

/**
 * A level's pattern over its fill, so the levels differ on a black-and-white print too (the print
 * view's and Word's): plain for low, dots for medium, stripes for high, a cross-hatch for critical.
 */
function tonePattern(
  tone: MatrixCell['tone'],
  x: number,
  y: number,
  width: number,
  height: number,
  ops: DrawOp[],
): void {
  if (tone === 'medium') {
    const spacing = 2 * MM;
    for (let dotY = y + spacing / 2; dotY < y + height; dotY += spacing)
      for (let dotX = x + spacing / 2; dotX < x + width; dotX += spacing)
        ops.push({ kind: 'rect', x: dotX - 0.5, y: dotY - 0.5, width: 1, height: 1, fill: PATTERN_INK });
  } else if (tone === 'high') hatching(x, y, width, height, 1.6 * MM, true, ops);
  else if (tone === 'critical') {
    hatching(x, y, width, height, 1.3 * MM, true, ops);
    hatching(x, y, width, height, 1.3 * MM, false, ops);
  }
}

/** The heat map's width at most (Word's 7,400 twips) and a level's row height at least. */
const MATRIX_WIDTH = 370;
const MATRIX_ROW = 31;

/**
 * The risk heat map: row labels on the left, column labels on top, each cell filled by its level
 * (lighter to darker grey as the level rises) with the level in words, kept whole with its caption.
 */
export function matrixPieces(
  context: LayoutContext,
  block: { corner: string; columns: string[]; rows: { label: string; cells: MatrixCell[] }[] },
  frame: Frame,
  parent: number,
): Piece[] {
  const { structure } = context;
  const width = Math.min(frame.textWidth, MATRIX_WIDTH);
  const label = Math.round(width * 0.2);
  const cellWidth = (width - label) / block.columns.length;
  const widths = [label, ...block.columns.map(() => cellWidth)];
  const headStyle = cellStyle(9, 'bold', COLOURS.headerText);
  const tableTag = structure.add('Table', parent);
  const bodyHeight = frame.bottom - frame.top;
  const header = rowPieces(
    context,
    {
      cells: [block.corner, ...block.columns],
      styles: widths.map(() => headStyle),
      roles: widths.map(() => 'TH'),
      scope: 'Column',
      fills: widths.map(() => COLOURS.headerFill),
      breakable: false,
      align: 'center',
    },
    frame.left,
    widths,
    structure.add('TR', structure.add('THead', tableTag)),
    bodyHeight,
  );
  const body = structure.add('TBody', tableTag);
  const levelStyle = cellStyle(8, 'regular', COLOURS.ink);
  const textStyle = cellStyle(9, 'bold', COLOURS.ink);
  const rows = block.rows.flatMap((row) => {
    const rowTag = structure.add('TR', body);
    const labelPiece = rowPieces(
      context,
      {
        cells: [row.label],
        styles: [cellStyle(9, 'bold', COLOURS.ink)],
        roles: ['TH'],
        scope: 'Row',
        fills: [COLOURS.termFill],
        breakable: false,
        minHeight: MATRIX_ROW - 2 * PAD_Y,
      },
      frame.left,
      [label],
      rowTag,
      bodyHeight,
    )[0]!;
    const ops = labelPiece.ops;
    let x = frame.left + label;
    for (const cell of row.cells) {
      const tag = structure.add('TD', rowTag);
      ops.push({ kind: 'rect', x, y: 0, width: cellWidth, height: labelPiece.height, fill: TONE_FILL[cell.tone] });
      tonePattern(cell.tone, x, 0, cellWidth, labelPiece.height, ops);
      ops.push({
        kind: 'rect',
        x,
        y: 0,
        width: cellWidth,
        height: labelPiece.height,
        stroke: COLOURS.rule,
        lineWidth: RULE_WIDTH,
      });
      const level = context.setter.lines(cell.level, 'regular', 8, cellWidth - 2 * PAD_X);
      const text = context.setter.lines(cell.text, 'bold', 9, cellWidth - 2 * PAD_X);
      const height = level.length * levelStyle.leading + text.length * textStyle.leading;
      const top = (labelPiece.height - height) / 2;
      lineRuns(level, x + PAD_X, top, levelStyle, tag, ops, 'center', cellWidth - 2 * PAD_X);
      lineRuns(
        text,
        x + PAD_X,
        top + level.length * levelStyle.leading,
        textStyle,
        tag,
        ops,
        'center',
        cellWidth - 2 * PAD_X,
      );
      x += cellWidth;
    }
    return [labelPiece];
  });
  const pieces = [...header, ...rows];
  for (const row of pieces) row.keepWithNext = true;
  return pieces;
}
