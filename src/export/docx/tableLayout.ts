import { BorderStyle } from 'docx';
import { COLOURS } from './theme';

// The measures both ways of writing a table share (blocks.ts with docx, tableXml.ts directly): rules, padding, column widths.

export const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule };
export const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

/** Twips per character of 9-point text (8-point in tables of many columns), and a cell's padding. */
const CHAR_WIDTH = 104;
const COMPACT_CHAR = 92;
/** Tables with more columns than this are set in 8-point text. */
export const COMPACT_COLUMNS = 6;
const PADDING = 210;
/** Values this short (a phone number, a date, a name) are kept on one line where possible. */
const UNBROKEN = 14;

function longestWord(text: string): number {
  if (text.length <= UNBROKEN) return text.length;
  return Math.max(0, ...text.split(/[\s/-]+/).map((word) => Math.min(word.length, 32)));
}

/**
 * Column widths (in twips): each column first gets room for its longest word (so names, phone
 * numbers and headers do not break mid-word), what is left goes to the columns with more text.
 * `weights` fixes the proportions instead (the blank forms, which have no text yet).
 */
export function columnWidths(columns: string[], rows: string[][], width: number, weights?: number[]): number[] {
  if (weights) {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    return weights.map((weight) => Math.floor((weight / total) * width));
  }
  const cells = (index: number) => [columns[index] ?? '', ...rows.map((row) => row[index] ?? '')];
  const CHAR = columns.length > COMPACT_COLUMNS ? COMPACT_CHAR : CHAR_WIDTH;
  const minimum = columns.map((_, index) => Math.max(...cells(index).map(longestWord)) * CHAR + PADDING);
  const wanted = columns.map((_, index) => Math.min(Math.max(...cells(index).map((text) => text.length)), 80) * CHAR + PADDING);
  const minimumTotal = minimum.reduce((sum, w) => sum + w, 0);
  if (minimumTotal >= width) return minimum.map((w) => Math.floor((w / minimumTotal) * width));
  const extra = wanted.map((w, index) => Math.max(w - minimum[index]!, 0));
  const extraTotal = extra.reduce((sum, w) => sum + w, 0);
  const spare = width - minimumTotal;
  return minimum.map((w, index) => Math.floor(w + (extraTotal ? (extra[index]! / extraTotal) * spare : spare / columns.length)));
}
