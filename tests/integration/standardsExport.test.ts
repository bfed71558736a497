import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { type TestContext, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/export/docx/renderDocx';
import { renderCardHtml } from '../../src/export/card/renderCard';
import { planDocumentModel, planEmergencyCard } from '../../src/export/exportPlan';
import type { DocumentModel } from '../../src/export/model';
import { emitPdf } from '../../src/export/pdfWriter/emitPdf';
import { fontMeasure } from '../../src/export/pdfWriter/fonts';
import { layoutDocument } from '../../src/export/pdfWriter/layoutDocument';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { chromiumExecutable } from '../e2e/environment';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';
import { tempDir } from '../builders/tempDir';
import { needs } from '../builders/tools';

/**
 * What the standards ask a plan to hold, as a reader finds it in the example plan's Word and PDF
 * exports: each new chapter, section and annex, in Dutch and in English. (The Word, PDF and card
 * of each language are made once for all the tests of this file.)
 */
const EXPECTED: Record<'nl' | 'en', string[]> = {
  nl: [
    'Meldplichten',
    'Vlaamse Toezichtcommissie (VTC)',
    'Centrum voor Cybersecurity België (CCB)',
    'Eerste inschatting van de uitval',
    'Melding aan een instantie',
    'Checklist afronding',
    'Een verse back-up nemen van de herstelde systemen',
    'Samenvatting voor het management',
    'Tijdkritieke diensten (binnen een dag terug)',
    'Aandachtspunten van het plan',
    'Opleiding en bewustmaking',
    'Phishing of een overgenomen Microsoft 365-account',
    'Indammen',
    'Uitroeien',
    'Controles na het herstel',
    'Een testakte opmaken in Civitas',
    'Gerelateerde documenten',
    'Herstelprocedure back-up Microsoft 365',
    // The impact analysis of a time-critical service, in the Flemish wording ("burgers").
    'Impact van een uitval: Burgerzaken',
    'Imago en veiligheid',
    // However a duration is written ('24 u', '1 dag'), the suggestion stands beside the entered RTO.
    'Voorgestelde RTO: ',
    'Vanaf dan is de impact onaanvaardbaar (Dienstverlening aan burgers). Ingevulde RTO: ',
    'Piekperiodes: Maart tot juni',
  ],
  en: [
    'Notification duties',
    'Flemish Supervisory Commission (VTC)',
    'Centre for Cybersecurity Belgium (CCB)',
    'First assessment of the outage',
    'Notification to an authority',
    'Reconstitution checklist',
    'Take a fresh backup of the restored systems',
    'Management summary',
    'Time-critical services (back within a day)',
    'Points needing attention in the plan',
    'Training and awareness',
    'Phishing or a taken-over Microsoft 365 account',
    'Containment',
    'Eradication',
    'Checks after recovery',
    'Draw up a test certificate in Civitas',
    'Related documents',
    'Restore procedure for the Microsoft 365 backup',
    'Impact of an outage: Civil registry',
    'Reputation and safety',
    'Suggested RTO: ',
    'From then on the impact is unacceptable (Service to citizens). Entered RTO: ',
    'Peak periods: March to June',
  ],
};

/** On the emergency card: the notification duties and the playbooks' first-hour actions. */
const ON_THE_CARD: Record<'nl' | 'en', string[]> = {
  nl: ['Meldplichten', 'Vlaamse Toezichtcommissie (VTC)', 'Ransomware: Getroffen toestellen van het netwerk halen'],
  en: ['Notification duties', 'Flemish Supervisory Commission (VTC)', 'Ransomware: '],
};

/** The example's general director: who takes over, in which order, and what they may decide. */
const SUCCESSION_IN_THE_PLAN: Record<'nl' | 'en', string[]> = {
  nl: [
    'Opvolging en bevoegdheden',
    'Opvolging (in volgorde)',
    '3. Eline Vermeersch',
    '4. Tom Maes',
    'Plan activeren',
    'uitgaven tot 25.000 euro',
    'Boven 25.000 euro beslist het vast bureau',
  ],
  en: [
    'Succession and authority',
    'Line of succession (in order)',
    '3. Eline Vermeersch',
    '4. Tom Maes',
    'Activate the plan',
    'spending up to 25,000 euros',
    'Above 25,000 euros the executive board decides',
  ],
};

const SUCCESSION_ON_THE_CARD: Record<'nl' | 'en', string> = {
  nl: 'als Jan De Smet en Koen Willems er allebei niet zijn, neemt Eline Vermeersch (gsm 0470 11 22 01',
  en: 'when Jan De Smet and Koen Willems are both out, Eline Vermeersch (mobile 0470 11 22 01',
};

async function pdfText(page: string, name: string): Promise<string> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const tab = await browser.newPage();
    await tab.setContent(page, { waitUntil: 'load' });
    const path = join(tempDir(), `${name}.pdf`);
    writeFileSync(path, await tab.pdf({ preferCSSPageSize: true, printBackground: true }));
    return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    await browser.close();
  }
}

/** The text of the plan's PDF as the export writes it (laid out and drawn without a browser). */
async function planPdfText(model: DocumentModel, name: string): Promise<string> {
  const path = join(tempDir(), `${name}.pdf`);
  writeFileSync(path, await emitPdf(layoutDocument(model, fontMeasure())));
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Made on first use and kept for this file's other tests: each export is read by several. */
const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
};

/**
 * The example plan's edition for wider distribution as a reader gets it, each made once: the Word
 * document's paragraphs (one a line, so a table cell's lines stay apart), the PDF's and the
 * emergency card's text.
 */
function exportsOf(language: 'nl' | 'en') {
  const plan = () => loadExamplePlan(EXAMPLES_DIRECTORY, language);
  const model = () => planDocumentModel(plan(), { language, includePrivate: false });
  return {
    wordParagraphs: once(async () =>
      strFromU8(unzipSync(await renderDocx(model()))['word/document.xml']!)
        .split(/<\/w:p>/)
        .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join(''))
        .join('\n'),
    ),
    planPdf: once(() => planPdfText(model(), `plan.${language}`)),
    cardPdf: once(() =>
      pdfText(renderCardHtml(planEmergencyCard(plan(), { language, includePrivate: false })), `card.${language}`),
    ),
  };
}

describe.each(['nl', 'en'] as const)('the example plan in %s', (language) => {
  const read = exportsOf(language);
  // The emergency card's PDF is still printed by Chromium.
  const printed = (context: TestContext) => needs(context, 'chromium', 'poppler');

  it('holds what the standards ask for in its Word export', { timeout: 120_000 }, async () => {
    const text = (await read.wordParagraphs()).replaceAll('\n', '');
    for (const expected of EXPECTED[language]) expect(text).toContain(expected);
  });

  it('holds what the standards ask for in its PDF export', { timeout: 120_000 }, async (context) => {
    needs(context, 'poppler');
    const text = await read.planPdf();
    for (const expected of EXPECTED[language]) expect(text).toContain(expected);
  });

  it('puts the duties and the first-hour actions on the emergency card', { timeout: 120_000 }, async (context) => {
    printed(context);
    const text = await read.cardPdf();
    for (const expected of ON_THE_CARD[language]) expect(text).toContain(expected);
  });

  it('prints each key role’s line of succession and authority in Word', { timeout: 120_000 }, async () => {
    const text = (await read.wordParagraphs()).replace(/\u00A0/g, ' ');
    for (const expected of SUCCESSION_IN_THE_PLAN[language]) expect(text).toContain(expected);
  });

  it('prints the line of succession and authority in the PDF', { timeout: 120_000 }, async (context) => {
    needs(context, 'poppler');
    const text = await read.planPdf();
    for (const expected of SUCCESSION_IN_THE_PLAN[language]) expect(text).toContain(expected);
  });

  it(
    'says on the emergency card who activates when the main contact and deputy are both out',
    { timeout: 120_000 },
    async (context) => {
      printed(context);
      expect(await read.cardPdf()).toContain(SUCCESSION_ON_THE_CARD[language]);
    },
  );
});
