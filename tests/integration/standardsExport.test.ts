import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/export/docx/renderDocx';
import { planDocumentModel } from '../../src/export/exportPlan';
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
  nl: ['Meldplichten', 'Vlaamse Toezichtcommissie (VTC)', 'Centrum voor Cybersecurity België (CCB)'],
  en: ['Notification duties', 'Flemish Supervisory Commission (VTC)', 'Centre for Cybersecurity Belgium (CCB)'],
};

const model = (language: 'nl' | 'en') =>
  planDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, language), { language, includePrivate: false });

async function wordText(language: 'nl' | 'en'): Promise<string> {
  const docx = await renderDocx(model(language));
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]!).join('');
}

async function pdfText(language: 'nl' | 'en'): Promise<string> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const tab = await browser.newPage();
    await tab.setContent(renderPrintView(model(language)), { waitUntil: 'load' });
    const path = join(tempDir(), `plan.${language}.pdf`);
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
    const text = await pdfText(language);
    for (const expected of EXPECTED[language]) expect(text).toContain(expected);
  });
});
