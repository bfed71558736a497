import type { Block, Chapter, DocumentModel } from './model';

/** An entry of the plan's contents: a chapter or annex (level 1), or a part of one (level 2). */
export interface ContentsEntry {
  level: 1 | 2;
  text: string;
  /** The place it points to: the chapter's id, or `<chapter id>--<n>` for its n-th part. */
  anchor: string;
}

/** The anchors of a chapter's parts (its level-2 headings but the minor ones), by block: the Word bookmarks' and the print view's ids. */
export function partAnchors(chapter: Chapter): Map<Block, string> {
  const anchors = new Map<Block, string>();
  for (const block of chapter.blocks) {
    if (block.kind === 'heading' && block.level === 2 && !block.minor)
      anchors.set(block, `${chapter.id}--${anchors.size + 1}`);
  }
  return anchors;
}

export const chapterHeading = (chapter: Chapter) => `${chapter.number}. ${chapter.title}`;

/** The contents of the Word file and the PDF alike: every chapter and annex with its parts. */
export function contentsEntries(model: DocumentModel): ContentsEntry[] {
  return [...model.chapters, ...model.annexes].flatMap((chapter) => [
    { level: 1 as const, text: chapterHeading(chapter), anchor: chapter.id },
    ...[...partAnchors(chapter)].map(([block, anchor]) => ({
      level: 2 as const,
      text: block.kind === 'heading' ? block.text : '',
      anchor,
    })),
  ]);
}
