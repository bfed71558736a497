import type { Orientation } from '../pageLayout';
import type { DrawOp, LaidOutPage, StructureElement } from './layout';
import { type Frame, frameOf } from './pageFrame';

/**
 * The smallest thing the pagination moves: a line of text, a table row, a picture with its caption.
 * Its ops are drawn relative to its own top (y from 0); the flow moves them to where it lands.
 */
export interface Piece {
  height: number;
  /** Space above and below, dropped at a page's top (the larger of two neighbours' counts). */
  before: number;
  after: number;
  /** Never the last thing on a page: a heading, a question before its lines, a table header. */
  keepWithNext: boolean;
  ops: DrawOp[];
  destinations?: { name: string; y: number }[];
  /** The header row of the table this piece is a row of: drawn again atop each page the table runs onto. */
  repeats?: Piece;
  /** A slice of a table row that goes on below: where its rule goes should the page end under it. */
  openBelow?: { x1: number; x2: number; colour: string; lineWidth: number };
  /** Where the flow put it (its ops were moved by this much). */
  placedAt?: number;
}

export const piece = (height: number, ops: DrawOp[], options: Partial<Piece> = {}): Piece => ({
  height,
  before: 0,
  after: 0,
  keepWithNext: false,
  ops,
  ...options,
});

/** The structure tree (tags) as it is built: elements in reading order, each pointing to its parent. */
export class StructureTree {
  readonly elements: StructureElement[] = [];

  add(role: StructureElement['role'], parent: number, extra: Omit<StructureElement, 'role' | 'parent'> = {}): number {
    this.elements.push({ role, parent, ...extra });
    return this.elements.length - 1;
  }
}

function movedDown(op: DrawOp, dy: number): void {
  if (op.kind === 'line') {
    op.y1 += dy;
    op.y2 += dy;
  } else op.y += dy;
}

/** A copy of a piece's ops as artifacts (a header row drawn again is not read again). */
const artifactCopy = (ops: DrawOp[]): DrawOp[] =>
  ops.flatMap((op): DrawOp[] => (op.kind === 'link' ? [] : op.kind === 'text' ? [{ ...op, tag: null }] : [{ ...op }]));

/**
 * Pieces poured onto pages: a piece that keeps with the next one moves to a new page with it when
 * both do not fit (unless together they fill more than a page), a table's header row comes again
 * atop every page the table continues on, and each named destination records the page it landed on.
 */
export class PageFlow {
  readonly pages: LaidOutPage[] = [];
  /** Page number (1-based) of each named destination. */
  readonly destinationPages = new Map<string, number>();
  private page: LaidOutPage | undefined;
  private frame: Frame = frameOf('portrait');
  private y = 0;
  private lastAfter = 0;
  private last: Piece | undefined;

  get currentFrame(): Frame {
    return this.frame;
  }

  newPage(orientation: Orientation): void {
    this.frame = frameOf(orientation);
    this.page = { width: this.frame.width, height: this.frame.height, ops: [], destinations: [] };
    this.pages.push(this.page);
    this.y = this.frame.top;
    this.lastAfter = 0;
  }

  private get atTop(): boolean {
    return this.y === this.frame.top;
  }

  /** How tall piece `index` is with the pieces it keeps with (at most a page's worth). */
  private chainHeight(pieces: Piece[], index: number): number {
    const limit = this.frame.bottom - this.frame.top;
    let height = pieces[index]!.height;
    for (let at = index; pieces[at]!.keepWithNext && at + 1 < pieces.length && height <= limit; at++) {
      const next = pieces[at + 1]!;
      height += Math.max(pieces[at]!.after, next.before) + next.height;
    }
    return height;
  }

  place(pieces: Piece[]): void {
    for (let index = 0; index < pieces.length; index++) {
      const current = pieces[index]!;
      if (!this.page) this.newPage('portrait');
      if (!this.atTop) {
        const gap = Math.max(this.lastAfter, current.before);
        const chain = this.chainHeight(pieces, index);
        const room = this.frame.bottom - this.y - gap;
        const fresh = this.frame.bottom - this.frame.top - (current.repeats?.height ?? 0);
        if ((chain > room && chain <= fresh) || current.height > room) {
          const continuing =
            current.repeats !== undefined && (this.last === current.repeats || this.last?.repeats === current.repeats);
          const open = this.last?.openBelow;
          if (open) this.page!.ops.push({ kind: 'line', ...open, y1: this.y, y2: this.y });
          this.newPage(this.frame.orientation);
          if (continuing) {
            const header = current.repeats!;
            this.put(header, artifactCopy(header.ops), header.placedAt ?? 0);
          }
        }
      }
      this.put(current, current.ops, 0);
      current.placedAt ??= this.y - current.height;
    }
  }

  /** Draws a piece's ops (already moved down by `origin`) at the flow's place. */
  private put(current: Piece, ops: DrawOp[], origin: number): void {
    const page = this.page!;
    const top = this.atTop ? this.y : this.y + Math.max(this.lastAfter, current.before);
    for (const op of ops) {
      movedDown(op, top - origin);
      page.ops.push(op);
    }
    for (const destination of current.destinations ?? []) {
      page.destinations.push({ name: destination.name, y: top + destination.y });
      this.destinationPages.set(destination.name, this.pages.length);
    }
    this.y = top + current.height;
    this.lastAfter = current.after;
    this.last = current;
  }
}
