import { AlignmentType, type FileChild, HeadingLevel, PageBreak, Paragraph, TextRun } from 'docx';
import type { DocumentModel } from '../model';
import { type WrittenTable, dataTable, definitionTable } from './blocks';
import { contentsXml } from './contentsXml';
import { textParagraph, textRuns } from './text';
import { COLOURS } from '../palette';

/** The cover: what the document is, whose it is, which version, and that it is confidential. */
export function coverPage(model: DocumentModel, width: number): FileChild[] {
  const { cover } = model.texts;
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [
        new TextRun({ text: model.classification.toUpperCase(), bold: true, color: COLOURS.confidential, size: 22 }),
      ],
    }),
    new Paragraph({ spacing: { before: 2800 }, children: [] }),
    textParagraph(model.organisation, { spacing: { after: 120 } }, { size: 32, color: COLOURS.muted }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(model.title) }),
    textParagraph(model.subtitle, { spacing: { after: 1600 } }, { size: 24, color: COLOURS.muted }),
    definitionTable(
      [
        { term: cover.organisation, value: model.organisation },
        { term: cover.version, value: model.version || '—' },
        { term: cover.date, value: model.date },
        { term: cover.owner, value: model.owner || '—' },
        { term: cover.classification, value: model.classification },
      ],
      Math.round(width * 0.75),
    ),
    ...(model.edition
      ? [textParagraph(model.edition, { spacing: { before: 240 } }, { italics: true, color: COLOURS.muted })]
      : []),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The record of versions and approvals, with empty rows for the next ones. */
export function versionPage(model: DocumentModel, width: number): FileChild[] {
  const { versions } = model.texts;
  return [
    textParagraph(versions.title, { style: 'ChapterLabel', spacing: { after: 240 } }, { size: 26 }),
    textParagraph(versions.intro),
    dataTable(versions.columns, versions.rows, width, 6),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The contents: chapters and their parts, each linked to its heading with its page number as a field. */
export function contentsPage(model: DocumentModel, width: number, written: WrittenTable): FileChild[] {
  return [
    textParagraph(model.texts.contents, { style: 'ChapterLabel', spacing: { after: 240 } }, { size: 26 }),
    written(contentsXml(model, width)),
    textParagraph(model.texts.contentsHint, { style: 'Muted', spacing: { before: 240 } }),
  ];
}
