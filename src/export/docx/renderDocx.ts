import { Bookmark, Document, Footer, Header, HeadingLevel, type ISectionOptions, Packer, Paragraph } from 'docx';
import { ExportCancelled } from '../cancel';
import { chapterHeading, contentsEntries, partAnchors } from '../contents';
import type { Chapter, DocumentModel } from '../model';
import { type BookmarkOf, type WrittenTable, blockChildren } from './blocks';
import { bookmarkNames } from './contentsXml';
import { TEXT_WIDTH, pageFooter, pageHeader, pageProperties } from './frame';
import { contentsPage, coverPage, versionPage } from './frontMatter';
import { propertyParts } from './properties';
import { WrittenXml } from './writtenXml';
import { hyphenatedBlock } from '../hyphenation';
import { pageRuns } from '../pageLayout';
import { textParagraph, textRuns, xmlSafe } from './text';
import { documentStyles } from './theme';
import { LIST_NUMBERING } from './listStyles';

/** How a chapter's parts are laid out: its tables as docx objects or written as text, its headings' bookmarks. */
interface Layout {
  model: DocumentModel;
  written: WrittenXml;
  tables?: WrittenTable;
  bookmarks: Map<string, string>;
}

/** A chapter's sections: landscape pages for its wide tables, portrait pages for the rest. */
function chapterSections(layout: Layout, chapter: Chapter): ISectionOptions[] {
  const { model, bookmarks } = layout;
  const anchors = partAnchors(chapter);
  const bookmarkOf: BookmarkOf = (block) => {
    const anchor = anchors.get(block);
    return anchor ? bookmarks.get(anchor) : undefined;
  };
  return pageRuns(chapter).map((run, index) => {
    const width = TEXT_WIDTH[run.orientation];
    const opening =
      index === 0
        ? [
            textParagraph(chapter.label, { style: 'ChapterLabel' }),
            new Paragraph({
              heading: HeadingLevel.HEADING_1,
              children: [new Bookmark({ id: bookmarks.get(chapter.id)!, children: textRuns(chapterHeading(chapter)) })],
            }),
            ...(chapter.intro ? [textParagraph(chapter.intro)] : []),
          ]
        : [];
    return {
      properties: pageProperties(run.orientation),
      headers: { default: pageHeader(model) },
      footers: { default: pageFooter(model, run.orientation) },
      children: [
        ...opening,
        ...run.blocks.flatMap((block) =>
          // Bookmarks are found by the model's block; the hyphenated copy is what is written.
          blockChildren(hyphenatedBlock(block, model.language, width), width, layout.tables, () => bookmarkOf(block)),
        ),
      ],
    };
  });
}

function frontSection(layout: Layout): ISectionOptions {
  const { model } = layout;
  const width = TEXT_WIDTH.portrait;
  return {
    // The cover is the section's title page: it gets no header or footer.
    properties: pageProperties('portrait', true),
    headers: { default: pageHeader(model), first: new Header({ children: [new Paragraph({})] }) },
    footers: { default: pageFooter(model, 'portrait'), first: new Footer({ children: [new Paragraph({})] }) },
    children: [
      ...coverPage(model, width),
      ...versionPage(model, width),
      ...contentsPage(model, width, layout.written.placeholder),
    ],
  };
}

/** Awaited as a long Word export goes: before each chapter or annex is laid out, and before packing. */
export interface DocxSteps {
  chapter(chapter: { number: number; of: number; title: string }): Promise<void>;
  packing(): Promise<void>;
}

async function documentSections(layout: Layout, steps?: DocxSteps): Promise<ISectionOptions[]> {
  const { model } = layout;
  const sections = [frontSection(layout)];
  const chapters = [...model.chapters, ...model.annexes];
  for (const [index, chapter] of chapters.entries()) {
    await steps?.chapter({ number: index + 1, of: chapters.length, title: chapter.title });
    sections.push(...chapterSections(layout, chapter));
  }
  await steps?.packing();
  return sections;
}

function wordDocument(model: DocumentModel, sections: ISectionOptions[]): Document {
  return new Document({
    title: xmlSafe(`${model.title} – ${model.organisation}`),
    creator: xmlSafe(model.owner || model.organisation),
    description: xmlSafe(model.subtitle),
    customProperties: [
      { name: 'Classification', value: xmlSafe(model.classification) },
      ...(model.version ? [{ name: 'Version', value: xmlSafe(model.version) }] : []),
    ],
    styles: documentStyles(model.locale),
    numbering: LIST_NUMBERING,
    // Word updates the contents' page references and the print date when it opens the file;
    // LibreOffice works them out itself.
    features: { updateFields: true },
    sections,
  });
}

async function render(
  model: DocumentModel,
  writeTables: boolean,
  steps?: DocxSteps,
  now = new Date(),
): Promise<Buffer> {
  const written = new WrittenXml();
  const layout: Layout = {
    model,
    written,
    tables: writeTables ? written.placeholder : undefined,
    bookmarks: bookmarkNames(contentsEntries(model)),
  };
  const packed = await Packer.toBuffer(wordDocument(model, await documentSections(layout, steps)));
  return written.fillIn(packed, propertyParts(model, now));
}

/** The document with every table built as docx objects. */
export function renderDocxWithBuiltTables(model: DocumentModel, steps?: DocxSteps): Promise<Buffer> {
  return render(model, false, steps);
}

/**
 * The same document with its data and definition tables written as text (tableXml.ts): several
 * times faster and lighter for a large plan.
 */
export function renderDocxWithWrittenTables(model: DocumentModel, steps?: DocxSteps): Promise<Buffer> {
  return render(model, true, steps);
}

/** Renders the document model to a .docx file's bytes. */
export async function renderDocx(model: DocumentModel, steps?: DocxSteps): Promise<Buffer> {
  try {
    return await renderDocxWithWrittenTables(model, steps);
  } catch (error) {
    if (error instanceof ExportCancelled) throw error;
    // Should a table's placeholder ever go missing, docx's own tables still give the same document.
    return renderDocxWithBuiltTables(model);
  }
}
