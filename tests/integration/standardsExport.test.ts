import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/export/docx/renderDocx';
import { renderCardHtml } from '../../src/export/card/renderCard';
import { planDocumentModel, planEmergencyCard } from '../../src/export/exportPlan';
import { renderPrintView } from '../../src/export/html/printView';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { chromiumExecutable } from '../e2e/environment';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';
import { tempDir } from '../builders/tempDir';

/**
 * What the standards ask a plan to hold, as a reader finds it in the example plan's Word and PDF
 * exports: each new chapter, section and annex, in Dutch and in English.
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

const model = (language: 'nl' | 'en') =>
  planDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, language), { language, includePrivate: false });

async function wordText(language: 'nl' | 'en'): Promise<string> {
  const docx = await renderDocx(model(language));
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]!).join('');
}

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

describe.each(['nl', 'en'] as const)('the example plan in %s', (language) => {
  it('holds what the standards ask for in its Word export', { timeout: 120_000 }, async () => {
    const text = await wordText(language);
    for (const expected of EXPECTED[language]) expect(text).toContain(expected);
  });

  it('holds what the standards ask for in its PDF export', { timeout: 120_000 }, async () => {
    const text = await pdfText(renderPrintView(model(language)), `plan.${language}`);
    for (const expected of EXPECTED[language]) expect(text).toContain(expected);
  });

  it('puts the duties and the first-hour actions on the emergency card', { timeout: 120_000 }, async () => {
    const card = planEmergencyCard(loadExamplePlan(EXAMPLES_DIRECTORY, language), { language, includePrivate: false });
    const text = await pdfText(renderCardHtml(card), `card.${language}`);
    for (const expected of ON_THE_CARD[language]) expect(text.replace(/\u00A0/g, ' ')).toContain(expected);
  });
});
