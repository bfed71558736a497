import { AlignmentType, type IStylesOptions } from 'docx';
import { COLOURS } from '../palette';

/** The look of the Word plan: one sober house style (the plan's colours, ../palette.ts), Word's own heading styles for navigation. */
export const FONT = 'Arial';

/** Where a contents entry's page number stands, and how far a list point's text is indented. */
export const CONTENTS_INDENT = 400;
export const LIST_INDENT = { left: 360, hanging: 280 };

/**
 * Sizes in half-points, spacing in twentieths of a point, as Word counts them. Every style carries
 * the plan's language, so Word spell-checks and hyphenates a Dutch plan in Dutch; the headings carry
 * their outline level, so Word's navigation, LibreOffice's navigator and PDF bookmarks find them.
 */
export function documentStyles(locale: string): IStylesOptions {
  const language = { value: locale };
  return {
    default: {
      document: {
        run: { font: FONT, size: 20, color: COLOURS.ink, language },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: {
        run: { font: FONT, size: 56, bold: true, color: COLOURS.accent, language },
        paragraph: { spacing: { before: 120, after: 240, line: 240, lineRule: 'auto' } },
      },
      heading1: {
        run: { font: FONT, size: 34, bold: true, color: COLOURS.accent, language },
        paragraph: { spacing: { before: 0, after: 240 }, keepNext: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: FONT, size: 26, bold: true, color: COLOURS.accent, language },
        paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font: FONT, size: 22, bold: true, color: COLOURS.ink, language },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, outlineLevel: 2 },
      },
    },
    paragraphStyles: [
      {
        id: 'ChapterLabel',
        name: 'Chapter label',
        basedOn: 'Normal',
        next: 'Heading1',
        run: { size: 18, bold: true, color: COLOURS.muted, allCaps: true, language },
        paragraph: { spacing: { after: 60 }, keepNext: true },
      },
      { id: 'Muted', name: 'Muted', basedOn: 'Normal', run: { color: COLOURS.muted, italics: true, language } },
      {
        id: 'TableText',
        name: 'Table text',
        basedOn: 'Normal',
        run: { size: 18, language },
        paragraph: { spacing: { after: 0, line: 252 } },
      },
      {
        id: 'PageFrame',
        name: 'Page frame',
        basedOn: 'Normal',
        run: { size: 16, color: COLOURS.muted, language },
        paragraph: { spacing: { after: 0 }, alignment: AlignmentType.LEFT },
      },
      // Word's own names for contents entries, so Word's "Update table" and its styles pane know them.
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, language },
        paragraph: { spacing: { before: 120, after: 40 } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        run: { language },
        paragraph: { spacing: { after: 20 }, indent: { left: CONTENTS_INDENT } },
      },
    ],
  };
}
