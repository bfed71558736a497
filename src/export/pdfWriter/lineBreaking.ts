import { SOFT_HYPHEN, withSoftHyphens } from '../hyphenation';
import type { FontFace, TextMeasure } from './layout';

/** One line of set text: what it says, how wide it is, and whether it ends in a hyphen the layout added. */
export interface SetLine {
  text: string;
  width: number;
  hyphenated: boolean;
}

const BREAK_AFTER = /[-/]/;

/**
 * Breaks text into lines: at spaces and after hyphens and slashes; a word wider than the whole line
 * at the soft hyphens the language gives (a visible hyphen added), a character break only as the
 * last resort. Word widths are measured once per face (plans repeat their words), at 1 pt and scaled.
 */
export class Typesetter {
  private readonly widths: Record<FontFace, Map<string, number>> = { regular: new Map(), bold: new Map() };

  constructor(
    private readonly measure: TextMeasure,
    private readonly language: 'nl' | 'en',
  ) {}

  /** A text's width at `size`. */
  width(text: string, face: FontFace, size: number): number {
    const cache = this.widths[face];
    let unit = cache.get(text);
    if (unit === undefined) {
      unit = this.measure.width(text, face, 1);
      if (cache.size < 200_000) cache.set(text, unit);
    }
    return unit * size;
  }

  /** The lines of a text at most `maxWidth` wide; a typed line break starts a new line, an empty text no line. */
  lines(text: string, face: FontFace, size: number, maxWidth: number): SetLine[] {
    const result: SetLine[] = [];
    if (!text.trim()) return result;
    const clean = text.includes(SOFT_HYPHEN) ? text.replaceAll(SOFT_HYPHEN, '') : text;
    for (const hardLine of clean.split(/\r\n?|\n/)) this.breakLine(hardLine, face, size, maxWidth, result);
    return result;
  }

  private breakLine(line: string, face: FontFace, size: number, maxWidth: number, result: SetLine[]): void {
    const words = line.split(/[ \t\u00A0]+/);
    const space = this.width(' ', face, size);
    let current = '';
    let currentWidth = 0;
    const flush = () => {
      if (current) result.push({ text: current, width: currentWidth, hyphenated: false });
      current = '';
      currentWidth = 0;
    };
    for (let index = 0; index < words.length; index++) {
      let word = words[index]!;
      if (!word) continue;
      let wordWidth = this.width(word, face, size);
      if (current && currentWidth + space + wordWidth <= maxWidth) {
        current += ' ' + word;
        currentWidth += space + wordWidth;
        continue;
      }
      if (current && BREAK_AFTER.test(word)) {
        // The part of a hyphenated or slashed word that still fits stays on this line.
        const prefix = this.longestPrefix(word, face, size, maxWidth - currentWidth - space);
        if (prefix) {
          current += ' ' + word.slice(0, prefix);
          currentWidth += space + this.width(word.slice(0, prefix), face, size);
          word = word.slice(prefix);
          wordWidth = this.width(word, face, size);
        }
      }
      flush();
      while (wordWidth > maxWidth) {
        const { length, hyphenated } = this.breakWide(word, face, size, maxWidth);
        const piece = word.slice(0, length) + (hyphenated ? '-' : '');
        result.push({ text: piece, width: this.width(piece, face, size), hyphenated });
        word = word.slice(length);
        wordWidth = this.width(word, face, size);
      }
      current = word;
      currentWidth = wordWidth;
    }
    flush();
    // An empty typed line is an empty line, as typed.
    if (!words.some(Boolean)) result.push({ text: '', width: 0, hyphenated: false });
  }

  /** The longest start of `word` ending after a hyphen or slash that fits `room`; 0 if none. */
  private longestPrefix(word: string, face: FontFace, size: number, room: number): number {
    let best = 0;
    for (let at = 1; at < word.length && room > 0; at++) {
      if (!BREAK_AFTER.test(word[at - 1]!)) continue;
      // Longer starts are wider: the first that does not fit ends the search.
      if (this.width(word.slice(0, at), face, size) > room) break;
      best = at;
    }
    return best;
  }

  /** Where a word wider than the line breaks: after a hyphen or slash, else at a soft hyphen, else between characters. */
  private breakWide(
    word: string,
    face: FontFace,
    size: number,
    maxWidth: number,
  ): { length: number; hyphenated: boolean } {
    const plain = this.longestPrefix(word, face, size, maxWidth);
    if (plain) return { length: plain, hyphenated: false };
    const syllables = withSoftHyphens(word, this.language).split(SOFT_HYPHEN);
    let length = 0;
    for (let index = 0; index < syllables.length - 1; index++) {
      const next = length + syllables[index]!.length;
      if (this.width(word.slice(0, next) + '-', face, size) > maxWidth) break;
      length = next;
    }
    if (length) return { length, hyphenated: true };
    let characters = 1;
    while (characters < word.length - 1 && this.width(word.slice(0, characters + 1), face, size) <= maxWidth)
      characters++;
    return { length: characters, hyphenated: false };
  }
}
