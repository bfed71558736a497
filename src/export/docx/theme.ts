import { AlignmentType, type IStylesOptions } from 'docx';

/** The look of the Word plan: one sober house style, Word's own heading styles for navigation. */
export const COLOURS = {
  ink: '1F2933',
  accent: '1F4E79',
  muted: '5F6B7A',
  headerFill: '1F4E79',
  headerText: 'FFFFFF',
  termFill: 'EEF2F7',
  rule: 'B8C2CC',
  confidential: 'A61B1B',
};

export const FONT = 'Arial';

/** Sizes in half-points, spacing in twentieths of a point, as Word counts them. */
export const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 20, color: COLOURS.ink }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: {
      run: { font: FONT, size: 56, bold: true, color: COLOURS.accent },
      paragraph: { spacing: { before: 120, after: 240, line: 240, lineRule: 'auto' } },
    },
    heading1: {
      run: { font: FONT, size: 34, bold: true, color: COLOURS.accent },
      paragraph: { spacing: { before: 0, after: 240 }, keepNext: true },
    },
    heading2: {
      run: { font: FONT, size: 26, bold: true, color: COLOURS.accent },
      paragraph: { spacing: { before: 320, after: 120 }, keepNext: true },
    },
    heading3: {
      run: { font: FONT, size: 22, bold: true, color: COLOURS.ink },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
    },
  },
  paragraphStyles: [
    {
      id: 'ChapterLabel',
      name: 'Chapter label',
      basedOn: 'Normal',
      next: 'Heading1',
      run: { size: 18, bold: true, color: COLOURS.muted, allCaps: true },
      paragraph: { spacing: { after: 60 }, keepNext: true },
    },
    { id: 'Muted', name: 'Muted', basedOn: 'Normal', run: { color: COLOURS.muted, italics: true } },
    {
      id: 'TableText',
      name: 'Table text',
      basedOn: 'Normal',
      run: { size: 18 },
      paragraph: { spacing: { after: 0, line: 252 } },
    },
    {
      id: 'PageFrame',
      name: 'Page frame',
      basedOn: 'Normal',
      run: { size: 16, color: COLOURS.muted },
      paragraph: { spacing: { after: 0 }, alignment: AlignmentType.LEFT },
    },
  ],
};
