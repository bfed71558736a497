import { columnWidths, fitsColumn } from './tableMeasures';
import type { Block } from './model';
import english from 'hyphen/en-gb/index.js';
import dutch from 'hyphen/nl/index.js';

/** Where a word may break, shown as a hyphen only when it does break (Word's optional hyphen, HTML's &shy;). */
export const SOFT_HYPHEN = '\u00AD';

/**
 * Words at least this long get soft hyphens: shorter ones fit a column (the widths are chosen so);
 * long Dutch compounds ("Informatieveiligheidsconsulent") may not, and then break at a syllable.
 */
const LONG_WORD = 13;
/** A piece left at either end of a break: no "In-" or "-ke" alone on a line. */
const SHORTEST_PIECE = 3;
/**
 * Longer runs of letters are no word of either language (the longest Dutch compounds stay under
 * 60 letters) but pasted strings; they are left whole, for the reader's layout to break anywhere,
 * since the hyphenation patterns take time growing with the square of a word's length (minutes
 * for a 100,000-letter run).
 */
const LONGEST_WORD = 64;

const HYPHENATE = { nl: dutch, en: english };
const known = { nl: new Map<string, string>(), en: new Map<string, string>() };

function hyphenatedWord(word: string, language: 'nl' | 'en'): string {
  const cache = known[language];
  let result = cache.get(word);
  if (result === undefined) {
    const pieces = HYPHENATE[language].hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
    // Short pieces at the ends join their neighbour.
    while (pieces.length > 1 && pieces[0]!.length < SHORTEST_PIECE) pieces.splice(0, 2, pieces[0]! + pieces[1]!);
    while (pieces.length > 1 && pieces.at(-1)!.length < SHORTEST_PIECE)
      pieces.splice(-2, 2, pieces.at(-2)! + pieces.at(-1)!);
    result = pieces.join(SOFT_HYPHEN);
    // Plans repeat their words; a large plan's distinct long words stay in the thousands.
    if (cache.size < 50_000) cache.set(word, result);
  }
  return result;
}

/**
 * A text with soft hyphens in its long words (letters only: names with digits, addresses and
 * numbers are left whole), so a narrow column breaks them where the language allows; with `fits`,
 * only in the words too wide for their column, so every other word stays as typed (and found as
 * typed when the PDF is searched).
 */
export function withSoftHyphens(
  text: string,
  language: 'nl' | 'en',
  fits: (word: string) => boolean = () => false,
): string {
  return text.replace(new RegExp(`\\p{L}{${LONG_WORD},}`, 'gu'), (word) =>
    word.length > LONGEST_WORD || fits(word) ? word : hyphenatedWord(word, language),
  );
}

/**
 * A table's or definition list's text with soft hyphens, for the Word file and the print view; other
 * blocks as they are. Given the text width (twips), only words wider than the column they fall in
 * get them; without it (the pocket card, laid out by the browser), every long word.
 */
export function hyphenatedBlock(block: Block, language: 'nl' | 'en', width?: number): Block {
  const hyphenate = (text: string, fits?: (word: string) => boolean) => withSoftHyphens(text, language, fits);
  switch (block.kind) {
    case 'table': {
      const widths = width === undefined ? undefined : columnWidths(block.columns, block.rows, width, block.weights);
      const count = block.columns.length;
      const fits = (column: number, bold = false) =>
        widths ? (word: string) => fitsColumn(word, widths[column]!, count, bold) : undefined;
      return {
        ...block,
        columns: block.columns.map((text, column) => hyphenate(text, fits(column, true))),
        rows: block.rows.map((row) => row.map((text, column) => hyphenate(text, fits(column)))),
      };
    }
    case 'definitions': {
      const term = width === undefined ? undefined : Math.round(width * 0.32);
      const fits = (columnWidth: number | undefined, bold = false) =>
        columnWidth === undefined ? undefined : (word: string) => fitsColumn(word, columnWidth, 2, bold);
      return {
        ...block,
        entries: block.entries.map((entry) => ({
          term: hyphenate(entry.term, fits(term, true)),
          value: hyphenate(entry.value, fits(term === undefined ? undefined : width! - term)),
        })),
      };
    }
    default:
      return block;
  }
}
