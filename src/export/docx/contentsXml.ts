import { type ContentsEntry, contentsEntries } from '../contents';
import type { DocumentModel } from '../model';
import { pageRuns, roughLines } from '../pageLayout';
import { escapeXml } from './text';

/** Word's hidden bookmark names (a leading underscore): one per contents entry, by its anchor. */
export function bookmarkNames(entries: readonly ContentsEntry[]): Map<string, string> {
  return new Map(entries.map((entry, index) => [entry.anchor, `_Toc${String(index + 1).padStart(5, '0')}`]));
}

/** Rough lines on a page of each orientation, and contents entries on a page. */
const LINES = { portrait: 44, landscape: 28 };
const ENTRIES_PER_PAGE = 36;

/**
 * Where each entry about lands: what the file shows until a reader's program numbers the pages
 * itself (Word when it opens the file and updates its fields, LibreOffice always). Cheap on
 * purpose: the references are fields, and the programs that print fill in the right number.
 */
export function estimatedPages(model: DocumentModel, entries: readonly ContentsEntry[]): Map<string, number> {
  const pages = new Map<string, number>();
  let page = 2 + Math.max(1, Math.ceil(entries.length / ENTRIES_PER_PAGE));
  for (const chapter of [...model.chapters, ...model.annexes]) {
    page++;
    pages.set(chapter.id, page);
    let part = 0;
    for (const [index, run] of pageRuns(chapter).entries()) {
      if (index > 0) page++;
      let lines = index === 0 ? 6 : 0;
      for (const block of run.blocks) {
        if (block.kind === 'heading' && block.level === 2 && !block.minor) {
          part++;
          pages.set(`${chapter.id}--${part}`, page + Math.floor(lines / LINES[run.orientation]));
        }
        lines += roughLines(block);
      }
      page += Math.floor(lines / LINES[run.orientation]);
    }
  }
  return pages;
}

const field = (instruction: string, cached: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${cached}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/**
 * The contents as paragraphs of Word's contents styles: each entry links to its heading's bookmark
 * and ends in a PAGEREF field, which Word updates when it opens the file and LibreOffice works out
 * itself whenever it lays the document out, so the page numbers are right wherever it is printed.
 */
export function contentsXml(model: DocumentModel, width: number): string {
  const entries = contentsEntries(model);
  const names = bookmarkNames(entries);
  const pages = estimatedPages(model, entries);
  return entries
    .map((entry) => {
      const name = names.get(entry.anchor)!;
      const style = entry.level === 1 ? 'TOC1' : 'TOC2';
      return `<w:p><w:pPr><w:pStyle w:val="${style}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${width}"/></w:tabs></w:pPr><w:hyperlink w:anchor="${name}" w:history="1"><w:r><w:t xml:space="preserve">${escapeXml(entry.text)}</w:t></w:r><w:r><w:tab/></w:r>${field(`PAGEREF ${name} \\h`, String(pages.get(entry.anchor) ?? ''))}</w:hyperlink></w:p>`;
    })
    .join('');
}
