import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { planDocumentModel } from '../../src/export/exportPlan';
import { html, renderPrintView } from '../../src/export/html/printView';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { needs, tools } from '../builders/tools';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';
import { tempDir } from '../builders/tempDir';

/** Prints the print view to PDF in Chromium, as Electron's printToPDF does in the app. */
async function printToPdf(page: string, path: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: tools.chromium!,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const tab = await browser.newPage();
    await tab.setContent(page, { waitUntil: 'load' });
    writeFileSync(path, await tab.pdf({ preferCSSPageSize: true, printBackground: true }));
  } finally {
    await browser.close();
  }
}

describe('the print view', () => {
  it('escapes what would otherwise be markup', () => {
    expect(html('<script>alert("x")</script> & \u0001')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ',
    );
  });

  it(
    'prints the example plan in Chromium with every chapter, page numbers and a linked table of contents',
    { timeout: 120_000 },
    async (context) => {
      needs(context, 'chromium', 'poppler');
      const model = planDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, 'nl'), {
        language: 'nl',
        includePrivate: true,
      });
      const page = renderPrintView(model);
      for (const chapter of [...model.chapters, ...model.annexes]) expect(page).toContain(`href="#${chapter.id}"`);

      const pdf = join(tempDir(), 'plan.pdf');
      await printToPdf(page, pdf);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      expect(pages).toBeGreaterThan(5);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const chapter of [...model.chapters, ...model.annexes])
        expect(text).toContain(`${chapter.number}. ${chapter.title}`);
      expect(text).toContain(`Pagina 2 van ${pages}`);
      expect(text).toContain('Vertrouwelijk');
    },
  );
});
