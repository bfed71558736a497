import { SOFT_HYPHEN } from './hyphenation';

// The measures every table of the plan is laid out by, in Word, the print view and the PDF alike: which
// rows stay whole, when a table is set smaller, and each column's width from Arial's letter widths.

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
/**
 * Arial's advance widths (the same as Helvetica's and Liberation Sans's) of the characters from
 * space to tilde, in thousandths of the font size, regular and bold. A word is measured by its
 * letters, so "Nummer" (wide m's) gets more room than "lijst" and a column is not a letter short.
 */
const WIDTHS = {
  regular:
    '278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584'
      .split(' ')
      .map(Number),
  bold: '278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778 667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 611 556 333 611 611 278 278 556 278 889 611 611 611 611 389 556 333 611 556 778 556 556 500 389 280 389 584'
    .split(' ')
    .map(Number),
};
/** The width the counts in "characters" stand for: CHAR_WIDTH twips at 9 points. */
const CHARACTER = 522;

/** A text's width in characters of CHAR_WIDTH (an accented letter as its plain letter, other scripts as a digit). */
function measured(text: string, bold = false): number {
  const widths = bold ? WIDTHS.bold : WIDTHS.regular;
  let total = 0;
  for (const char of text.normalize('NFD')) {
    const code = char.charCodeAt(0);
    if (code >= 0x300 && code < 0x370) continue;
    total += (code >= 32 && code < 127 ? widths[code - 32] : 556)!;
  }
  return total / CHARACTER;
}

/** Whether a word fits on one line of a column `width` twips wide (header words are bold; tables of many columns in 8 pt). */
export function fitsColumn(word: string, width: number, columns: number, bold = false): boolean {
  return measured(word, bold) * (columns > COMPACT_COLUMNS ? COMPACT_CHAR : CHAR_WIDTH) <= width - PADDING;
}

/** A cell as its paragraphs' word widths, as the line estimate reads it. */
type Words = number[][];

const wordsOf = (text: string, bold = false): Words =>
  text.split(/\n/).map((line) =>
    line
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => Math.ceil(measured(word, bold))),
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

/** A cell wraps between its words, never inside one (up to a word of LONG_WORD characters; longer ones have soft hyphens). */
function longestWord(text: string, bold = false): number {
  return Math.max(0, ...text.split(/[\s/-]+/).map((word) => Math.min(Math.ceil(measured(word, bold)), LONG_WORD)));
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
export function columnWidths(
  hyphenatedColumns: string[],
  hyphenatedRows: string[][],
  width: number,
  weights?: number[],
): number[] {
  // Measured as printed when no word has to break.
  const unhyphenated = (text: string) => text.replaceAll(SOFT_HYPHEN, '');
  const columns = hyphenatedColumns.map(unhyphenated);
  const rows = hyphenatedRows.map((row) => row.map(unhyphenated));
  if (weights) {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    return weights.map((weight) => Math.floor((weight / total) * width));
  }
  const sample = [columns, ...sampleRows(rows)];
  const CHAR = columns.length > COMPACT_COLUMNS ? COMPACT_CHAR : CHAR_WIDTH;
  const minimum = columns.map(
    (column, index) =>
      Math.max(NARROWEST, longestWord(column, true), ...sample.slice(1).map((row) => longestWord(row[index] ?? ''))) *
        CHAR +
      PADDING,
  );
  const minimumTotal = minimum.reduce((sum, w) => sum + w, 0);
  if (minimumTotal >= width) return minimum.map((w) => Math.floor((w / minimumTotal) * width));

  // From here on in characters: the lines every cell needs at each width it could get.
  const words = sample.map((row, r) => columns.map((_, index) => wordsOf(row[index] ?? '', r === 0)));
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
