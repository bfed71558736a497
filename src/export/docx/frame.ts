import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  type ISectionPropertiesOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  SimpleField,
  TabStopType,
  TextRun,
} from 'docx';
import type { DocumentModel } from '../model';
import { xmlSafe } from './text';
import { COLOURS } from '../palette';

/** A4 in twips, with 2 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;

export const TEXT_WIDTH = { portrait: A4.width - 2 * MARGIN, landscape: A4.height - 2 * MARGIN };

export type Orientation = keyof typeof TEXT_WIDTH;

export function pageProperties(orientation: Orientation, titlePage = false): ISectionPropertiesOptions {
  return {
    titlePage,
    page: {
      // docx swaps width and height itself for a landscape page.
      size: {
        width: A4.width,
        height: A4.height,
        orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
    },
  };
}

/** Organisation, plan and version on every page but the cover, right-aligned above a thin rule. */
export function pageHeader(model: DocumentModel): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'PageFrame',
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule, space: 4 } },
        children: [new TextRun({ text: xmlSafe(model.texts.header) })],
      }),
    ],
  });
}

/** "Page X of Y" on the left, the classification in the middle, the print date on the right. */
export function pageFooter(model: DocumentModel, orientation: Orientation): Footer {
  const width = TEXT_WIDTH[orientation];
  return new Footer({
    children: [
      new Paragraph({
        style: 'PageFrame',
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(width / 2) },
          { type: TabStopType.RIGHT, position: width },
        ],
        children: [
          new TextRun({
            children: [`${model.texts.page} `, PageNumber.CURRENT, ` ${model.texts.of} `, PageNumber.TOTAL_PAGES],
          }),
          new TextRun({ text: `\t${model.classification}`, bold: true, color: COLOURS.confidential }),
          // The date Word prints it on (a DATE field, updated whenever it prints), the export date until then.
          new TextRun({ text: `\t${xmlSafe(model.texts.printedOn[0])}` }),
          new SimpleField(`DATE \\@ "d MMMM yyyy"`, xmlSafe(model.date)),
          ...(model.texts.printedOn[1] ? [new TextRun({ text: xmlSafe(model.texts.printedOn[1]) })] : []),
        ],
      }),
    ],
  });
}
