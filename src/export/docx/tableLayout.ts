import { BorderStyle } from 'docx';
import { COLOURS } from './theme';

// The measures both ways of writing a table share (blocks.ts with docx, tableXml.ts directly): rules, padding, column widths.

export const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule };
export const CELL_MARGINS = { top: 40, bottom: 40, left: 90, right: 90 };

/** A cell longer than this may need more than a page; its row is let to break rather than run off the page. */
const LONGEST_KEPT_CELL = 700;

/** Whether a row is kept whole on one page (cantSplit): every row a reader takes in at once, so nearly all. */
export const keptWhole = (cells: readonly string[]) => cells.every((text) => text.length <= LONGEST_KEPT_CELL);

/** Twips per character of 9-point text (8-point in tables of many columns), and a cell's padding. */
const CHAR_WIDTH = 94;
const COMPACT_CHAR = 84;
/** Tables with more columns than this are set in 8-point text. */
export const COMPACT_COLUMNS = 6;
const PADDING = 200;
/** A column is never narrower than this many characters, nor made wider for one long word than this. */
const NARROWEST = 4;
const LONG_WORD = 18;
/** Rows read to choose the widths: enough to know the table, few enough for thousands of rows. */
const SAMPLE_ROWS = 100;
/** How many characters ahead a column's widening is weighed. */
const LOOKAHEAD = 24;
/** What a word broken mid-word costs, in lines: more than a line of wrapping, as it reads worse. */
const BROKEN_WORD = 2;
/**
 * A row is as tall as its tallest cell, so lines saved in rows count most; lines saved in single
 * cells count a little too, or two columns that both need widening would never be.
 */
const CELL_WEIGHT = 0.25;
/** Header text is bold: its words are this much wider. */
const BOLD = 1.1;

/** A cell as its paragraphs' word lengths, as the line estimate reads it. */
type Words = number[][];

const wordsOf = (text: string, scale = 1): Words =>
  text.split(/\n/).map((line) =>
    line
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => Math.ceil(word.length * scale)),
  );

/** Lines a cell needs at a width of `chars` characters; a word broken mid-word costs an extra line, so widths avoid it. */
function linesNeeded(words: Words, chars: number): number {
  let lines = 0;
  for (const paragraph of words) {
    let used = -1;
    lines++;
    for (const length of paragraph) {
      if (length > chars) {
        lines += Math.ceil(length / chars) + BROKEN_WORD + (used >= 0 ? 1 : 0);
        used = -1;
      } else if (used >= 0 && used + 1 + length > chars) {
        lines++;
        used = length;
      } else used = used < 0 ? length : used + 1 + length;
    }
  }
  return lines;
}

/** A cell wraps between its words, never inside one (up to a word of LONG_WORD characters). */
function longestWord(text: string): number {
  return Math.max(0, ...text.split(/[\s/-]+/).map((word) => Math.min(word.length, LONG_WORD)));
}

function sampleRows(rows: string[][]): string[][] {
  if (rows.length <= SAMPLE_ROWS) return rows;
  const step = rows.length / SAMPLE_ROWS;
  return Array.from({ length: SAMPLE_ROWS }, (_, index) => rows[Math.floor(index * step)]!);
}

/**
 * Column widths (in twips). Each column first gets room for its longest word (so names, phone
 * numbers and headers do not break mid-word); the rest of the width goes, a slice at a time, to the
 * column where it saves the most lines over the whole table, so a column of sentences is not
 * squeezed beside one of short labels. `weights` fixes the proportions instead (the blank forms,
 * which have no text yet).
 */
export function columnWidths(columns: string[], rows: string[][], width: number, weights?: number[]): number[] {
  if (weights) {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    return weights.map((weight) => Math.floor((weight / total) * width));
  }
  const sample = [columns, ...sampleRows(rows)];
  const CHAR = columns.length > COMPACT_COLUMNS ? COMPACT_CHAR : CHAR_WIDTH;
  const minimum = columns.map(
    (column, index) =>
      Math.max(
        NARROWEST,
        Math.ceil(longestWord(column) * BOLD),
        ...sample.slice(1).map((row) => longestWord(row[index] ?? '')),
      ) *
        CHAR +
      PADDING,
  );
  const minimumTotal = minimum.reduce((sum, w) => sum + w, 0);
  if (minimumTotal >= width) return minimum.map((w) => Math.floor((w / minimumTotal) * width));

  // From here on in characters: the lines every cell needs at each width it could get.
  const words = sample.map((row, r) => columns.map((_, index) => wordsOf(row[index] ?? '', r === 0 ? BOLD : 1)));
  const least = minimum.map((w) => Math.round((w - PADDING) / CHAR));
  const room = Math.floor((width - minimumTotal) / CHAR);
  const most = columns.map((_, index) =>
    Math.min(least[index]! + room, Math.max(least[index]!, ...sample.map((row) => (row[index] ?? '').length))),
  );
  // Worked out only for the widths the search below looks at.
  const memo = columns.map(() => new Map<number, number[]>());
  const linesAt = (column: number, chars: number): number[] => {
    let lines = memo[column]!.get(chars);
    if (!lines) memo[column]!.set(chars, (lines = words.map((row) => linesNeeded(row[column]!, chars))));
    return lines;
  };
  const chars = [...least];
  let spare = room;
  // A slice at a time to the column where it saves the most lines per character; a few characters
  // ahead, so a column is widened to fit a long e-mail address even when one more would not do.
  while (spare > 0) {
    const current = columns.map((_, column) => linesAt(column, chars[column]!));
    // Per row the tallest and second-tallest cell: how tall the row stays when one cell shrinks.
    const tallest = words.map((_, r) => {
      let first = 0;
      let second = 0;
      let at = -1;
      for (let column = 0; column < columns.length; column++) {
        const lines = current[column]![r]!;
        if (lines > first) [second, first, at] = [first, lines, column];
        else if (lines > second) second = lines;
      }
      return { first, second, at };
    });
    let best = -1;
    let bestStep = 0;
    let bestRate = 0;
    for (let column = 0; column < columns.length; column++) {
      for (let step = 1; step <= LOOKAHEAD && step <= spare && chars[column]! + step <= most[column]!; step++) {
        const wider = linesAt(column, chars[column]! + step);
        const now = current[column]!;
        let saving = 0;
        for (let r = 0; r < words.length; r++) {
          const { first, second, at } = tallest[r]!;
          const others = at === column ? second : first;
          saving += Math.max(now[r]!, others) - Math.max(wider[r]!, others) + CELL_WEIGHT * (now[r]! - wider[r]!);
        }
        if (saving / step > bestRate) {
          bestRate = saving / step;
          best = column;
          bestStep = step;
        }
      }
    }
    if (best < 0) break;
    chars[best]! += bestStep;
    spare -= bestStep;
  }
  const widths = chars.map((c) => c * CHAR + PADDING);
  const left = width - widths.reduce((sum, w) => sum + w, 0);
  // Every row at its fewest lines: what is left is shared out by how much each column holds.
  const held = columns.map((_, index) => Math.max(...sample.map((row) => Math.min((row[index] ?? '').length, 80))) + 1);
  const heldTotal = held.reduce((sum, h) => sum + h, 0);
  return widths.map((w, index) => Math.floor(w + (held[index]! / heldTotal) * left));
}
