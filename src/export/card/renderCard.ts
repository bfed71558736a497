import { Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { blockChildren } from '../docx/blocks';
import { TEXT_WIDTH, pageProperties } from '../docx/frame';
import { textParagraph, textRuns, xmlSafe } from '../docx/text';
import { COLOURS } from '../palette';
import { documentStyles } from '../docx/theme';
import { LIST_NUMBERING } from '../docx/listStyles';
import { type TextHtml, blockHtml, html } from '../html/printView';
import { telLink } from '../telLink';
import { hyphenatedBlock } from '../hyphenation';
import { INERT_PAGE_POLICY, PRINT_CSS, cssString } from '../html/printCss';
import type { EmergencyCard } from './emergencyCard';

const heading = (card: EmergencyCard) =>
  [card.organisation, card.version && `v${card.version}`, card.date].filter(Boolean).join(' · ');

/** The card as a Word document: one portrait section, meant to fit on one or two pages. */
export async function renderCardDocx(card: EmergencyCard): Promise<Buffer> {
  const width = TEXT_WIDTH.portrait;
  const document = new Document({
    title: xmlSafe(`${card.title} – ${card.organisation}`),
    creator: xmlSafe(card.organisation),
    styles: documentStyles(card.locale),
    numbering: LIST_NUMBERING,
    sections: [
      {
        properties: pageProperties('portrait'),
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: 'PageFrame',
                children: [
                  new TextRun({ text: `${xmlSafe(card.classification)} · `, bold: true, color: COLOURS.confidential }),
                  new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [
          textParagraph(heading(card), { style: 'ChapterLabel' }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(card.title) }),
          textParagraph(card.subtitle, { style: 'Muted' }),
          ...card.parts.flatMap((part) => [
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(part.title) }),
            ...part.blocks.flatMap((block) => blockChildren(hyphenatedBlock(block, card.language, width), width)),
          ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

const CARD_CSS = `
@page { size: A4; margin: 14mm 15mm; @bottom-left { content: COUNTER; font-size: 8pt; color: #5f6b7a; } }
html { font-size: 9.5pt; }
h1 { font-size: 16pt; margin-bottom: 1mm; }
h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm; }
section.card { break-before: auto; }
a.tel { color: inherit; text-decoration: none; }
`;

/** A6 pages, to fold and carry: nothing under 8 pt, so it reads in a crisis; the card takes more pages instead. */
const POCKET_CSS = `
@page { size: 105mm 148mm; margin: 6mm 6mm 8mm; }
html { font-size: 8.5pt; }
h1 { font-size: 12pt; }
h2 { font-size: 9.5pt; margin: 2.5mm 0 1mm; }
table, table.data.compact { font-size: 8pt; margin-bottom: 2mm; }
.chapter-label, .muted { font-size: 8pt; }
th, td { padding: 0.6mm 1mm; }
`;

export type CardSize = 'a4' | 'pocket';

/** A long run of digits (an EAN or IBAN as customer number) may break after each group of four, so it fits an A6 column. */
const breakableDigits = (text: string) =>
  text.replace(/\d{12,}/g, (digits) => digits.replace(/(\d{4})(?=\d)/g, '$1<wbr>'));

/**
 * Plan text with each of the card's phone numbers as a tel: link, shown as typed: a number that
 * makes up a line or a " · " piece of a cell, or ends one after its label ("gsm 0470 55 66 01").
 */
function withPhoneLinks(phones: readonly string[]): TextHtml {
  const longestFirst = [...new Set(phones)].sort((a, b) => b.length - a.length);
  const piece = (text: string) => {
    const number = longestFirst.find(
      (candidate) => text === candidate || text.endsWith(`\u00A0${candidate}`) || text.endsWith(` ${candidate}`),
    );
    return number ? `${html(text.slice(0, -number.length))}${telLink(number)}` : breakableDigits(html(text));
  };
  return (text) =>
    text
      .split(/\r\n?|\n/)
      .map((line) => line.split(' · ').map(piece).join(' · '))
      .join('<br>');
}

/** The card as standalone HTML for printing to PDF: on A4, or on A6 pages for the pocket. */
export function renderCardHtml(card: EmergencyCard, size: CardSize = 'a4'): string {
  const counter = `${cssString(`${card.classification} · `)} counter(page) " / " counter(pages)`;
  const phoneLinks = withPhoneLinks(card.phones);
  // The A4 card's columns are wide enough for whole words; on A6 a long compound breaks at a syllable.
  return `<!doctype html>
<html lang="${card.language}">
<head>
<meta charset="utf-8">
${INERT_PAGE_POLICY}
<title>${html(`${card.title} – ${card.organisation}`)}</title>
<style>${PRINT_CSS}${CARD_CSS.replace('COUNTER', () => counter)}${size === 'pocket' ? POCKET_CSS : ''}</style>
</head>
<body>
<section class="card">
<p class="chapter-label">${html(heading(card))}</p>
<h1>${html(card.title)}</h1>
<p class="muted">${html(card.subtitle)}</p>
${card.parts.map((part) => `<h2>${html(part.title)}</h2>\n${part.blocks.map((block) => blockHtml(size === 'pocket' ? hyphenatedBlock(block, card.language) : block, undefined, phoneLinks)).join('\n')}`).join('\n')}
</section>
</body>
</html>
`;
}
