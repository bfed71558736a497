import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';

/** The text of each page of a PDF, whitespace squashed. */
export function pdfPages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 })
    .split('\f')
    .map((page) => page.replace(/\s+/g, ' '));
}

/** The titles of a PDF's bookmarks (document outline), every level. */
export function pdfOutline(pdf: string): string[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', pdf], { encoding: 'utf8' })) as {
    outlines: Outline[];
  };
  type Outline = { title: string; kids: Outline[] };
  const titles = (items: Outline[]): string[] => items.flatMap((item) => [item.title, ...titles(item.kids)]);
  return titles(json.outlines);
}

/**
 * Every contents entry's page number is the page its heading is printed on: the first page after the
 * contents whose text starts a chapter with that title.
 */
export function expectContentsMatchPages(pdf: string, entries: { text: string }[]): void {
  const pages = pdfPages(pdf);
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const first = pages.findIndex((page) => page.includes(squash(entries[0]!.text)));
  const contentsPage = pages.findIndex((page) => page.includes(squash(entries.at(-1)!.text)));
  const contents = pages.slice(first, contentsPage + 1).join(' ');
  for (const entry of entries) {
    const text = squash(entry.text);
    const listed = new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ .…]*?(\\d+)`).exec(contents);
    expect(listed, `${text} in the contents`).toBeTruthy();
    const printedOn = pages.findIndex((page, index) => index > contentsPage && page.includes(text)) + 1;
    expect(Number(listed![1]), text).toBe(printedOn);
  }
}
