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
 * Every contents entry whose page number is not the page its heading is printed on (the first page
 * after the contents whose text has that title), as "title: listed → printed"; empty when all match.
 * Plain, without a test runner's `expect`, so the Vitest and Playwright tests both use it.
 */
export function contentsPageMismatches(pdf: string, entries: { text: string }[]): string[] {
  const pages = pdfPages(pdf);
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const first = pages.findIndex((page) => page.includes(squash(entries[0]!.text)));
  const contentsPage = pages.findIndex((page) => page.includes(squash(entries.at(-1)!.text)));
  const contents = pages.slice(first, contentsPage + 1).join(' ');
  return entries.flatMap((entry) => {
    const text = squash(entry.text);
    const listed = new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ .…]*?(\\d+)`).exec(contents);
    const printedOn = pages.findIndex((page, index) => index > contentsPage && page.includes(text)) + 1;
    return listed && Number(listed[1]) === printedOn ? [] : [`${text}: ${listed?.[1] ?? 'no number'} → ${printedOn}`];
  });
}
