import type { ContentsEntry } from '../contents';
import { COLOURS } from '../palette';
import type { DrawOp, TextRun } from './layout';
import { type Piece, piece } from './pageFlow';
import { type Frame, MM, baselineOf } from './pageFrame';
import { type LayoutContext, STYLES, lineRuns } from './textPieces';

/** A part's indent, the room kept for a page number, and the space above a chapter's entry (the print view's). */
const PART_INDENT = 7 * MM;
const NUMBER_ROOM = 12 * MM;
const CHAPTER_BEFORE = 2.5 * MM;
const ENTRY_AFTER = 1.2 * MM;

/** A contents entry's page number, written once the body is laid out and its destinations' pages are known. */
export interface PendingNumber {
  run: TextRun;
  anchor: string;
  /** Where the number ends (it stands right-aligned). */
  right: number;
}

/**
 * The contents as pieces: each entry a TOCI holding a Link to its heading's destination, its page
 * number at the right margin after a dotted leader. The numbers are left empty here and filled in
 * by `numbered` once the body is laid out: the contents' height does not depend on them.
 */
export function contentsPieces(
  context: LayoutContext,
  entries: ContentsEntry[],
  frame: Frame,
  parent: number,
  pending: PendingNumber[],
): Piece[] {
  const { structure, setter } = context;
  const toc = structure.add('TOC', parent);
  return entries.map((entry) => {
    const style = entry.level === 1 ? STYLES.bold : STYLES.body;
    const indent = entry.level === 1 ? 0 : PART_INDENT;
    const item = structure.add('TOCI', toc);
    const link = structure.add('Link', item, { destination: entry.anchor });
    const left = frame.left + indent;
    const lines = setter.lines(entry.text, style.face, style.size, frame.textWidth - indent - NUMBER_ROOM);
    const ops: DrawOp[] = [];
    lineRuns(lines, left, 0, style, link, ops);
    const height = Math.max(1, lines.length) * style.leading;
    const baseline = (Math.max(1, lines.length) - 1) * style.leading + baselineOf(style);
    const lastWidth = lines.at(-1)?.width ?? 0;
    ops.push({
      kind: 'line',
      x1: left + lastWidth + 2 * MM,
      y1: baseline + 1,
      x2: frame.right - NUMBER_ROOM + 2 * MM,
      y2: baseline + 1,
      colour: COLOURS.rule,
      lineWidth: 0.5,
    });
    const run: TextRun = {
      kind: 'text',
      text: '',
      x: frame.right,
      y: baseline,
      face: style.face,
      size: style.size,
      colour: style.colour,
      tag: link,
    };
    ops.push(run);
    pending.push({ run, anchor: entry.anchor, right: frame.right });
    ops.push({ kind: 'link', x: left, y: 0, width: frame.right - left, height, destination: entry.anchor, tag: link });
    return piece(height, ops, {
      before: entry.level === 1 ? CHAPTER_BEFORE : 0,
      after: ENTRY_AFTER,
      keepWithNext: entry.level === 1,
    });
  });
}

/** Writes the contents' page numbers, right-aligned, from where each destination landed. */
export function numbered(
  context: LayoutContext,
  pending: PendingNumber[],
  pageOf: (anchor: string) => number | undefined,
): void {
  for (const { run, anchor, right } of pending) {
    const page = pageOf(anchor);
    run.text = page === undefined ? '' : String(page);
    run.x = right - context.setter.width(run.text, run.face, run.size);
  }
}
