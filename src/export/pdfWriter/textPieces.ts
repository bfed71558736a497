import { COLOURS } from '../palette';
import type { DrawOp, TextRun } from './layout';
import type { SetLine, Typesetter } from './lineBreaking';
import { type Piece, type StructureTree, piece } from './pageFlow';
import { MM, type TextStyle, baselineOf } from './pageFrame';

/** What every part of the layout works with: the typesetter and the structure tree it adds its tags to. */
export interface LayoutContext {
  setter: Typesetter;
  structure: StructureTree;
  locale: string;
}

/** The text styles of the plan, after the print view and Word's styles (docx/theme.ts). */
export const STYLES = {
  body: { face: 'regular', size: 10, colour: COLOURS.ink, leading: 13.5 },
  muted: { face: 'regular', size: 10, colour: COLOURS.muted, leading: 13.5 },
  bold: { face: 'bold', size: 10, colour: COLOURS.ink, leading: 13.5 },
  label: { face: 'bold', size: 9, colour: COLOURS.muted, leading: 12 },
  frontLabel: { face: 'bold', size: 13, colour: COLOURS.accent, leading: 16 },
  h1: { face: 'bold', size: 17, colour: COLOURS.accent, leading: 21 },
  h2: { face: 'bold', size: 13, colour: COLOURS.accent, leading: 16 },
  h3: { face: 'bold', size: 11, colour: COLOURS.ink, leading: 14 },
} satisfies Record<string, TextStyle>;

/** Space after a paragraph, and above and below headings (the print view's margins). */
export const SPACING = {
  paragraph: 2 * MM,
  h1: 5 * MM,
  h2: { before: 7 * MM, after: 2 * MM },
  h3: { before: 5 * MM, after: 1.5 * MM },
  block: 4 * MM,
};

export function textRun(line: SetLine, x: number, baseline: number, style: TextStyle, tag: number | null): TextRun {
  return {
    kind: 'text',
    text: line.text,
    x,
    y: baseline,
    face: style.face,
    size: style.size,
    colour: style.colour,
    tag,
    ...(line.hyphenated ? { hyphenated: true } : {}),
  };
}

/** Set lines as runs from `top`, one line under the other; empty lines leave their space. */
export function lineRuns(
  lines: SetLine[],
  x: number,
  top: number,
  style: TextStyle,
  tag: number | null,
  ops: DrawOp[],
  align: 'left' | 'right' | 'center' = 'left',
  width = 0,
): void {
  const baseline = baselineOf(style);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (!line.text) continue;
    const left = align === 'left' ? x : align === 'right' ? x + width - line.width : x + (width - line.width) / 2;
    ops.push(textRun(line, left, top + index * style.leading + baseline, style, tag));
  }
}

/**
 * A text as one piece per line, so a long paragraph runs on over pages; its first two and last two
 * lines stay together (no line alone at a page's foot or head), and a text of three lines or fewer
 * stays whole.
 */
export function linePieces(
  context: LayoutContext,
  text: string,
  style: TextStyle,
  x: number,
  width: number,
  tag: number,
  spacing: { before?: number; after?: number; keepWithNext?: boolean } = {},
): Piece[] {
  const lines = context.setter.lines(text, style.face, style.size, width);
  const baseline = baselineOf(style);
  const count = lines.length;
  return lines.map((line, index) =>
    piece(style.leading, line.text ? [textRun(line, x, baseline, style, tag)] : [], {
      before: index === 0 ? (spacing.before ?? 0) : 0,
      after: index === count - 1 ? (spacing.after ?? 0) : 0,
      keepWithNext:
        index === count - 1 ? (spacing.keepWithNext ?? false) : count <= 3 || index === 0 || index === count - 2,
    }),
  );
}

/** A text as one piece (a heading, a caption): never split. */
export function blockPiece(
  context: LayoutContext,
  text: string,
  style: TextStyle,
  x: number,
  width: number,
  tag: number,
  options: Partial<Piece> = {},
): Piece {
  const lines = context.setter.lines(text, style.face, style.size, width);
  const ops: DrawOp[] = [];
  lineRuns(lines, x, 0, style, tag, ops);
  return piece(lines.length * style.leading, ops, options);
}
