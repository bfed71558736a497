import { fitPicture } from '../../domain/pictures';
import type { Block } from '../model';
import { COLOURS } from '../palette';
import type { DrawOp } from './layout';
import { type Piece, piece } from './pageFlow';
import { type Frame, MM, baselineOf } from './pageFrame';
import { dataTablePieces, definitionPieces, matrixPieces } from './tablePieces';
import { type LayoutContext, SPACING, STYLES, blockPiece, linePieces, textRun } from './textPieces';

/** A list point's mark and text: the mark at the left, the text hanging past it (Word's 360/280 twips). */
const LIST_TEXT = 18;
const LIST_MARK = 4;
const LIST_ITEM_AFTER = 3;

/** A form's question and its answer lines (Word's 200 twips above a question, 420 per line). */
const QUESTION_BEFORE = 10;
const ANSWER_LINE = 21;

/** Points per pixel (96 to the inch, as Word places a picture), and a picture's height at most in pixels (about 16 cm). */
const POINTS_PER_PIXEL = 0.75;
const FIGURE_MAX_HEIGHT = 600;

/** Where a heading goes: its named destination, and the outline entry it makes. */
export interface HeadingPlace {
  destination: string;
  level: 2 | 3;
}

function listPieces(
  context: LayoutContext,
  block: Extract<Block, { kind: 'list' }>,
  frame: Frame,
  parent: number,
): Piece[] {
  const { structure, setter } = context;
  const style = STYLES.body;
  const list = structure.add('L', parent);
  const pieces = block.items.flatMap((item, index) => {
    const itemTag = structure.add('LI', list);
    const label = structure.add('Lbl', itemTag);
    const bodyTag = structure.add('LBody', itemTag);
    const lines = linePieces(context, item, style, frame.left + LIST_TEXT, frame.textWidth - LIST_TEXT, bodyTag, {
      after: LIST_ITEM_AFTER,
    });
    const mark = block.ordered ? `${index + 1}.` : '•';
    const markLine = { text: mark, width: setter.width(mark, style.face, style.size), hyphenated: false };
    const first = lines[0] ?? piece(style.leading, [], { after: LIST_ITEM_AFTER });
    if (!lines.length) lines.push(first);
    first.ops.unshift(textRun(markLine, frame.left + LIST_MARK, baselineOf(style), style, label));
    return lines;
  });
  if (pieces.length) pieces.at(-1)!.after = SPACING.paragraph;
  return pieces;
}

function formPieces(
  context: LayoutContext,
  block: Extract<Block, { kind: 'form' }>,
  frame: Frame,
  parent: number,
): Piece[] {
  return block.questions.flatMap((question) => {
    const tag = context.structure.add('P', parent);
    const asked = linePieces(context, question, STYLES.bold, frame.left, frame.textWidth, tag, {
      before: QUESTION_BEFORE,
      keepWithNext: block.lines > 0,
    });
    // A question stays with its lines: room to answer is what the form is for.
    for (const line of asked) line.keepWithNext = true;
    if (asked.length) asked.at(-1)!.keepWithNext = block.lines > 0;
    const lines = Array.from({ length: block.lines }, (_, line) =>
      piece(
        ANSWER_LINE,
        [
          {
            kind: 'line',
            x1: frame.left,
            y1: ANSWER_LINE,
            x2: frame.right,
            y2: ANSWER_LINE,
            colour: COLOURS.rule,
            lineWidth: 0.5,
          },
        ],
        { keepWithNext: line < block.lines - 1 },
      ),
    );
    return [...asked, ...lines];
  });
}

function figurePieces(
  context: LayoutContext,
  block: Extract<Block, { kind: 'figure' }>,
  frame: Frame,
  parent: number,
): Piece[] {
  const { structure } = context;
  const caption = block.caption ? `${block.label}: ${block.caption}` : block.label;
  const figure = structure.add('Figure', parent, { alt: block.caption || block.label });
  const size = fitPicture(block, Math.floor(frame.textWidth / POINTS_PER_PIXEL), FIGURE_MAX_HEIGHT);
  const width = size.width * POINTS_PER_PIXEL;
  const height = size.height * POINTS_PER_PIXEL;
  const ops: DrawOp[] = [
    {
      kind: 'picture',
      bytes: block.bytes,
      mediaType: block.mediaType,
      x: frame.left,
      y: 0,
      width,
      height,
      tag: figure,
    },
  ];
  const captionPiece = blockPiece(
    context,
    caption,
    STYLES.muted,
    frame.left,
    frame.textWidth,
    structure.add('Caption', figure),
  );
  const gap = 1.5 * MM;
  for (const op of captionPiece.ops) if (op.kind === 'text') op.y += height + gap;
  ops.push(...captionPiece.ops);
  return [piece(height + gap + captionPiece.height, ops, { before: 3 * MM, after: 5 * MM })];
}

/** A block as pieces on a page of `frame`, tagged under `parent`; a heading at `place` (its destination). */
export function blockPieces(
  context: LayoutContext,
  block: Block,
  frame: Frame,
  parent: number,
  place?: HeadingPlace,
): Piece[] {
  const { structure } = context;
  switch (block.kind) {
    case 'heading': {
      const style = block.level === 2 ? STYLES.h2 : STYLES.h3;
      const spacing = block.level === 2 ? SPACING.h2 : SPACING.h3;
      const tag = structure.add(block.level === 2 ? 'H2' : 'H3', parent);
      return [
        blockPiece(context, block.text, style, frame.left, frame.textWidth, tag, {
          ...spacing,
          keepWithNext: true,
          ...(place ? { destinations: [{ name: place.destination, y: 0 }] } : {}),
        }),
      ];
    }
    case 'paragraph':
      return linePieces(
        context,
        block.text,
        block.tone === 'muted' ? STYLES.muted : STYLES.body,
        frame.left,
        frame.textWidth,
        structure.add('P', parent),
        { after: SPACING.paragraph },
      );
    case 'list':
      return listPieces(context, block, frame, parent);
    case 'definitions':
      return definitionPieces(context, block.entries, frame, parent);
    case 'table':
      return dataTablePieces(context, block, frame, parent);
    case 'matrix': {
      const pieces = matrixPieces(context, block, frame, parent);
      const caption = linePieces(
        context,
        block.caption,
        STYLES.muted,
        frame.left,
        frame.textWidth,
        structure.add('P', parent),
        {
          before: 1.5 * MM,
          after: SPACING.paragraph,
        },
      );
      return [...pieces, ...caption];
    }
    case 'form':
      return formPieces(context, block, frame, parent);
    case 'figure':
      return figurePieces(context, block, frame, parent);
  }
}
