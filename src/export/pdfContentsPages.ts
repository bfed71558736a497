import { type PdfFile, dictionary, readPdf, reference, streamData, withReplacedStreams } from './pdfFile';

/** Digits a contents page number may have: up to 9,999 pages. */
export const PAGE_NUMBER_DIGITS = 4;

/**
 * What the print view puts where a contents entry's page number goes, before the pages are known:
 * figure spaces, each as wide as a digit and invisible. The print view writes no other figure space
 * (plan text has them as plain spaces), so in the printed PDF every run of them is a placeholder.
 */
export const FIGURE_SPACE = '\u2007';
export const PAGE_NUMBER_PLACEHOLDER = FIGURE_SPACE.repeat(PAGE_NUMBER_DIGITS);

/**
 * The printed PDF with the contents' page numbers written in: each placeholder's glyphs, in the order
 * they are printed, replaced by the digits of its entry's page number (right-aligned; a placeholder
 * without a number stays blank). Only the contents pages' content streams change, appended as an
 * incremental update: tags, bookmarks and links stay as printed, and the text is found and read
 * through the same font, so it copies and reads aloud as the number.
 * Returns null when it cannot be done for certain (a PDF it cannot read, placeholders not found as
 * often as there are entries, a digit missing from the printed font): then print again with the
 * numbers in the page.
 */
export function fillContentsPages(pdf: Uint8Array, numbers: (number | undefined)[]): Uint8Array | null {
  if (numbers.some((number) => number !== undefined && String(number).length > PAGE_NUMBER_DIGITS)) return null;
  const file = readPdf(pdf);
  if (!file) return null;
  const glyphs = new GlyphLookup(file);
  const replaced = new Map<number, Buffer>();
  let filled = 0;
  for (const page of file.pages) {
    if (filled === numbers.length) break;
    const pageText = dictionary(file, page) ?? '';
    const fonts = fontResources(file, pageText);
    for (const stream of contentStreams(pageText)) {
      const data = streamData(file, stream);
      if (!data) return null;
      const content = data.toString('latin1');
      let failed = false;
      const patched = content.replace(/\bBT\b[\s\S]*?\bET\b/g, (block) => {
        if (failed || filled === numbers.length) return block;
        const font = /\/([^\s/]+)\s+[\d.]+\s+Tf\b/.exec(block)?.[1];
        const cmap = font ? glyphs.of(fonts.get(font)) : undefined;
        const placeholder = cmap?.get(FIGURE_SPACE);
        const codes = [...block.matchAll(/<([0-9A-Fa-f]*)>/g)].map((match) => match[1]!.toUpperCase()).join('');
        if (!placeholder || codes !== placeholder.repeat(PAGE_NUMBER_DIGITS)) return block;
        const number = numbers[filled++];
        const digits = number === undefined ? '' : String(number);
        const wanted = [...FIGURE_SPACE.repeat(PAGE_NUMBER_DIGITS - digits.length), ...digits].map((c) => cmap!.get(c));
        if (wanted.some((code) => code === undefined)) {
          failed = true;
          return block;
        }
        let glyph = 0;
        return block.replace(/<([0-9A-Fa-f]*)>/g, (_, hex: string) => {
          const count = hex.length / placeholder.length;
          const text = wanted.slice(glyph, glyph + count).join('');
          glyph += count;
          return `<${text}>`;
        });
      });
      if (failed) return null;
      if (patched !== content) replaced.set(stream, Buffer.from(patched, 'latin1'));
    }
  }
  if (filled !== numbers.length) return null;
  return withReplacedStreams(file, replaced);
}

/** A page's content streams, in order. */
function contentStreams(page: string): number[] {
  const single = reference(page, 'Contents');
  if (single !== undefined) return [single];
  const list = /\/Contents\s*\[([^\]]*)\]/.exec(page)?.[1] ?? '';
  return [...list.matchAll(/(\d+) 0 R/g)].map((match) => Number(match[1]));
}

/** A page's fonts by resource name (`/F4 4 0 R`), from its resources in place or referred to. */
function fontResources(file: PdfFile, page: string): Map<string, number> {
  const resourcesId = reference(page, 'Resources');
  const resources = resourcesId !== undefined ? (dictionary(file, resourcesId) ?? '') : page;
  const fontsId = reference(resources, 'Font');
  const fonts = fontsId !== undefined ? (dictionary(file, fontsId) ?? '') : /\/Font\s*<<([^>]*)>>/.exec(resources)?.[1];
  return new Map([...(fonts ?? '').matchAll(/\/([^\s/]+)\s+(\d+) 0 R/g)].map((match) => [match[1]!, Number(match[2])]));
}

/**
 * Each printed font's glyph code for a character, from its ToUnicode map: the only glyphs a
 * subset font is sure to hold are those the page already printed, and those are what it maps.
 */
class GlyphLookup {
  private readonly fonts = new Map<number, Map<string, string>>();
  constructor(private readonly file: PdfFile) {}

  of(font: number | undefined): Map<string, string> | undefined {
    if (font === undefined) return undefined;
    let codes = this.fonts.get(font);
    if (!codes) {
      const unicode = reference(dictionary(this.file, font) ?? '', 'ToUnicode');
      const cmap = unicode === undefined ? undefined : streamData(this.file, unicode);
      codes = cmap ? glyphCodes(cmap.toString('latin1')) : new Map();
      this.fonts.set(font, codes);
    }
    return codes;
  }
}

/** Character → glyph code (hex, as shown in the content stream) from a ToUnicode CMap's bfchar and bfrange entries. */
export function glyphCodes(cmap: string): Map<string, string> {
  const codes = new Map<string, string>();
  const add = (code: number, width: number, unicodeHex: string) => {
    const character = String.fromCodePoint(...utf16(unicodeHex));
    if (!codes.has(character)) codes.set(character, code.toString(16).toUpperCase().padStart(width, '0'));
  };
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const entry of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      add(parseInt(entry[1]!, 16), entry[1]!.length, entry[2]!);
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const entry of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const [low, high] = [parseInt(entry[1]!, 16), parseInt(entry[2]!, 16)];
      const targets = [...entry[3]!.matchAll(/<([0-9A-Fa-f]+)>/g)].map((target) => target[1]!);
      for (let code = low; code <= high && code - low < 65_536; code++) {
        if (entry[3]!.startsWith('[')) {
          const target = targets[code - low];
          if (target) add(code, entry[1]!.length, target);
        } else {
          // A range's destination counts up from its first value in its last byte.
          const first = parseInt(targets[0]!, 16);
          add(code, entry[1]!.length, (first + code - low).toString(16).padStart(targets[0]!.length, '0'));
        }
      }
    }
  return codes;
}

/** UTF-16BE hex as code points. */
function utf16(hex: string): number[] {
  const units = hex.match(/.{1,4}/g)?.map((unit) => parseInt(unit, 16)) ?? [];
  return [...String.fromCharCode(...units)].map((character) => character.codePointAt(0)!);
}
