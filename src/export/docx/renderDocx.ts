import { estimatePageNumbersWith } from 'docx/layout';
import { Document, Footer, Header, HeadingLevel, type ISectionOptions, Packer, Paragraph } from 'docx';
import { ExportCancelled } from '../cancel';
import type { Chapter, DocumentModel } from '../model';
import { type WrittenTable, blockChildren } from './blocks';
import { TEXT_WIDTH, pageFooter, pageHeader, pageProperties } from './frame';
import { contentsPage, coverPage, versionPage } from './frontMatter';
import { WrittenTables } from './writtenTables';
import { pageRuns } from '../pageLayout';
import { textParagraph, textRuns, xmlSafe } from './text';
import { STYLES } from './theme';

/** A chapter's sections: landscape pages for its wide tables, portrait pages for the rest. */
function chapterSections(model: DocumentModel, chapter: Chapter, written?: WrittenTable): ISectionOptions[] {
  return pageRuns(chapter).map((run, index) => {
    const width = TEXT_WIDTH[run.orientation];
    const opening =
      index === 0
        ? [
            textParagraph(chapter.label, { style: 'ChapterLabel' }),
            new Paragraph({
              heading: HeadingLevel.HEADING_1,
              children: textRuns(`${chapter.number}. ${chapter.title}`),
            }),
            ...(chapter.intro ? [textParagraph(chapter.intro)] : []),
          ]
        : [];
    return {
      properties: pageProperties(run.orientation),
      headers: { default: pageHeader(model) },
      footers: { default: pageFooter(model, run.orientation) },
      children: [...opening, ...run.blocks.flatMap((block) => blockChildren(block, width, written))],
    };
  });
}

function frontSection(model: DocumentModel): ISectionOptions {
  const width = TEXT_WIDTH.portrait;
  return {
    // The cover is the section's title page: it gets no header or footer.
    properties: pageProperties('portrait', true),
    headers: { default: pageHeader(model), first: new Header({ children: [new Paragraph({})] }) },
    footers: { default: pageFooter(model, 'portrait'), first: new Footer({ children: [new Paragraph({})] }) },
    children: [...coverPage(model, width), ...versionPage(model, width), ...contentsPage(model)],
  };
}

/** Awaited as a long Word export goes: before each chapter or annex is laid out, and before packing. */
export interface DocxSteps {
  chapter(chapter: { number: number; of: number; title: string }): Promise<void>;
  packing(): Promise<void>;
}

async function documentSections(
  model: DocumentModel,
  written?: WrittenTable,
  steps?: DocxSteps,
): Promise<ISectionOptions[]> {
  const sections = [frontSection(model)];
  const chapters = [...model.chapters, ...model.annexes];
  for (const [index, chapter] of chapters.entries()) {
    await steps?.chapter({ number: index + 1, of: chapters.length, title: chapter.title });
    sections.push(...chapterSections(model, chapter, written));
  }
  await steps?.packing();
  return sections;
}

function wordDocument(model: DocumentModel, estimatePages: boolean, sections: ISectionOptions[]): Document {
  return new Document({
    title: xmlSafe(`${model.title} – ${model.organisation}`),
    creator: 'Paraat',
    description: xmlSafe(model.subtitle),
    styles: STYLES,
    // Word refreshes the table of contents and page numbers when it opens the file; the estimate
    // fills them in already for readers that do not (LibreOffice's PDF conversion, previews).
    features: { updateFields: true },
    pageNumbers: estimatePages ? estimatePageNumbersWith({ guess: true }) : undefined,
    sections,
  });
}

/**
 * Above this many table rows and definitions, estimating page numbers costs more than the whole
 * export (minutes for a municipality with thousands of systems); Word numbers the pages itself,
 * and the tables are written as text rather than built as objects.
 */
const PAGE_ESTIMATE_LIMIT = 600;

function blockCount(model: DocumentModel): number {
  return [...model.chapters, ...model.annexes]
    .flatMap((chapter) => chapter.blocks)
    .reduce(
      (sum, block) =>
        sum + (block.kind === 'table' ? block.rows.length : block.kind === 'definitions' ? block.entries.length : 1),
      0,
    );
}

/** The document with every table built as docx objects; with the page numbers estimated, if asked. */
export async function renderDocxWithBuiltTables(
  model: DocumentModel,
  estimatePages: boolean,
  steps?: DocxSteps,
): Promise<Buffer> {
  return Packer.toBuffer(wordDocument(model, estimatePages, await documentSections(model, undefined, steps)));
}

/**
 * The same document with its data and definition tables written as text (tableXml.ts): several
 * times faster and lighter for a large plan, but without the page-number estimate, which needs
 * the tables as objects.
 */
export async function renderDocxWithWrittenTables(model: DocumentModel, steps?: DocxSteps): Promise<Buffer> {
  const tables = new WrittenTables();
  return tables.fillIn(
    await Packer.toBuffer(wordDocument(model, false, await documentSections(model, tables.placeholder, steps))),
  );
}

/** Renders the document model to a .docx file's bytes. */
export async function renderDocx(model: DocumentModel, steps?: DocxSteps): Promise<Buffer> {
  if (blockCount(model) > PAGE_ESTIMATE_LIMIT) {
    try {
      return await renderDocxWithWrittenTables(model, steps);
    } catch (error) {
      if (error instanceof ExportCancelled) throw error;
      // Should a placeholder ever go missing, the slow way still gives the same document.
      return renderDocxWithBuiltTables(model, false);
    }
  }
  try {
    return await renderDocxWithBuiltTables(model, true, steps);
  } catch (error) {
    if (error instanceof ExportCancelled) throw error;
    // The page estimate is a courtesy; Word fills the numbers in itself when it opens the file.
    return renderDocxWithBuiltTables(model, false);
  }
}
