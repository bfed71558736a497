import { execFileSync } from 'node:child_process';

/** The text of each page of a PDF, whitespace squashed. */
export function pdfPages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 })
    .split('\f')
    .map((page) => page.replace(/\s+/g, ' '));
}

/** The titles of a PDF's bookmarks (document outline), every level, as poppler's pdftohtml reads them. */
export function pdfOutline(pdf: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', '-f', '1', '-l', '1', pdf], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...xml.matchAll(/<item\b[^>]*>([^<]*)<\/item>/g)].map((item) =>
    item[1]!.replace(/&(#\d+|\w+);/g, (entity, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (entities[name] ?? entity),
    ),
  );
}

/**
 * Every contents entry whose page number is not the page its heading is printed on, as "title:
 * listed → printed"; empty when all match. The entries are read from the contents in order (each
 * after the one before, so "Logboek" is not taken for "Logboek en evaluatie"), and each heading is
 * looked for from the page of the entry before it on, so a part title that also occurs in an
 * earlier chapter's text is found where its part begins. Plain, without a test runner's `expect`,
 * so the Vitest and Playwright tests both use it.
 */
export function contentsPageMismatches(pdf: string, entries: { text: string }[]): string[] {
  const pages = pdfPages(pdf);
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const listing = (text: string) =>
    new RegExp(`${squash(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ .…]*?(\\d+)`, 'g');
  const first = pages.findIndex((page) => page.includes(squash(entries[0]!.text)));
  // The contents run on while a page lists entries with their numbers (a chapter's first page lists none).
  const listsEntries = (page: string) => entries.filter((entry) => listing(entry.text).test(page)).length >= 3;
  let last = first;
  while (last + 1 < pages.length && listsEntries(pages[last + 1]!)) last++;
  const contents = pages.slice(first, last + 1).join(' ');
  let position = 0;
  let from = last + 1;
  return entries.flatMap((entry) => {
    const text = squash(entry.text);
    const pattern = listing(text);
    pattern.lastIndex = position;
    const listed = pattern.exec(contents);
    if (listed) position = listed.index + listed[0].length;
    const printedOn = pages.findIndex((page, index) => index >= from && page.includes(text)) + 1;
    if (printedOn > 0) from = printedOn - 1;
    return listed && Number(listed[1]) === printedOn ? [] : [`${text}: ${listed?.[1] ?? 'no number'} → ${printedOn}`];
  });
}
