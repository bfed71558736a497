import type { Block } from './model';

/**
 * A long text as a reader should see it: points a user typed as a list ("- …", "• …", "1. …",
 * "a) …") become a real list — a bulleted or numbered list with a hanging indent in Word, `<ul>`/
 * `<ol>` in the print view — and the other lines stay paragraphs. The one rule for every export, so
 * no document prints typed dashes where another prints bullets.
 *
 * What counts as a list, so that ordinary text is never taken for one:
 * - A bullet is "-", "*", "•", "–" or "·" at the start of a line followed by a space ("-5 °C" is no point).
 * - Numbers must count up from 1 (letters from a), one a line: "1. … 2. …", "1) … 2) …", "a) … b) …".
 *   "2026. Daarna …", "1.500 euro" or a lone "1. januari …" stay text.
 * - A list has at least two points: one typed dash is often just a dash.
 * - A line indented under a point continues that point; empty lines between points keep one list;
 *   a line that is not indented and not a point ends the list.
 * - Another kind of mark (bullets after numbers) starts another list; numbering back at 1 starts a new one.
 */

interface Point {
  ordered: boolean;
  /** 1 for "1." and "a)", 2 for "2." and "b)" …; 0 for a bullet. */
  position: number;
  /** How far the mark is indented: a line indented further belongs to this point. */
  indent: number;
  text: string;
}

const BULLET = /^[-*•–·]\s+(\S.*)$/;
const NUMBER = /^(\d{1,3})[.)]\s+(\S.*)$/;
const LETTER = /^([a-zA-Z])[.)]\s+(\S.*)$/;

/** Spaces before the text, a tab as four. */
const indentOf = (line: string) => (/^\s*/.exec(line)?.[0] ?? '').replace(/\t/g, '    ').length;

function pointOf(line: string): Point | undefined {
  const trimmed = line.trim();
  const indent = indentOf(line);
  const bullet = BULLET.exec(trimmed);
  if (bullet) return { ordered: false, position: 0, indent, text: bullet[1]! };
  const number = NUMBER.exec(trimmed);
  if (number) return { ordered: true, position: Number(number[1]), indent, text: number[2]! };
  const letter = LETTER.exec(trimmed);
  if (letter) return { ordered: true, position: letter[1]!.toLowerCase().charCodeAt(0) - 96, indent, text: letter[2]! };
  return undefined;
}

/** Does this point carry on the list before it (same kind of mark, the next number)? */
const follows = (point: Point, previous: Point): boolean =>
  point.ordered === previous.ordered && (!point.ordered || point.position === previous.position + 1);

/** A run of lines: other text, or points with the lines as typed (kept should the run prove to be no list). */
type Part = { kind: 'text'; lines: string[] } | { kind: 'points'; ordered: boolean; points: Point[]; typed: string[] };

/** The text as runs of points and of other lines, before deciding which runs are lists. */
function parts(text: string): Part[] {
  const result: Part[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const last = result.at(-1);
    const lastPoint = last?.kind === 'points' ? last.points.at(-1) : undefined;
    if (line.trim() === '') {
      // An empty line ends a paragraph; between points it keeps the list together.
      if (last?.kind === 'points') last.typed.push(line);
      else if (last?.kind === 'text' && last.lines.at(-1) !== '') last.lines.push('');
      continue;
    }
    const point = pointOf(line);
    // A sub-point needs a clear indent (two spaces); one stray space before a point is no nesting.
    const under = lastPoint && indentOf(line) >= lastPoint.indent + (point ? 2 : 1);
    if (last?.kind === 'points' && lastPoint && under) {
      // Indented under a point: a wrapped line joins it, a sub-point goes on a line of its own.
      lastPoint.text = point ? `${lastPoint.text}\n${line.trim()}` : `${lastPoint.text} ${line.trim()}`;
      last.typed.push(line);
    } else if (point && last?.kind === 'points' && lastPoint && follows(point, lastPoint)) {
      last.points.push(point);
      last.typed.push(line);
    } else if (point && (!point.ordered || point.position === 1)) {
      result.push({ kind: 'points', ordered: point.ordered, points: [point], typed: [line] });
    } else if (last?.kind === 'text') last.lines.push(line);
    else result.push({ kind: 'text', lines: [line] });
  }
  return result;
}

/** Lines of text as paragraphs: an empty line between them starts a new one, a single line break stays. */
function paragraphs(lines: string[]): Block[] {
  return lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ kind: 'paragraph', text: part }));
}

/** A long text as paragraphs and real lists (see above). */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let pending: string[] = [];
  for (const part of parts(text)) {
    if (part.kind === 'points' && part.points.length >= 2) {
      blocks.push(...paragraphs(pending));
      pending = [];
      blocks.push({ kind: 'list', items: part.points.map((point) => point.text), ordered: part.ordered });
    } else if (part.kind === 'points') {
      // One point is no list: its lines stay as typed, part of the text around them.
      pending.push(...part.typed);
    } else pending.push(...part.lines);
  }
  blocks.push(...paragraphs(pending));
  return blocks;
}

/** Whether a text holds a list a user typed, so it is printed as blocks rather than inside a table cell. */
export function holdsTypedList(text: string): boolean {
  return /\n/.test(text) && textBlocks(text).some((block) => block.kind === 'list');
}
