import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderCardHtml } from '../../src/export/card/renderCard';
import { planDocumentModel, planEmergencyCard } from '../../src/export/exportPlan';
import { renderPrintView } from '../../src/export/html/printView';
import { chromiumPrinter } from '../../src/export/pdf';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { needs, tools } from '../builders/tools';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';
import { hostileTexts, withTextEverywhere } from '../builders/hostileText';
import { tempDir } from '../builders/tempDir';

/** A listener on 127.0.0.1 only: every request a page makes to it is recorded. */
let server: Server;
let origin: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function hostilePages(): { name: string; page: string }[] {
  const plan = withTextEverywhere(loadExamplePlan(EXAMPLES_DIRECTORY, 'nl'), hostileTexts(origin));
  const model = planDocumentModel(plan, { language: 'nl', includePrivate: true });
  return [
    { name: 'plan', page: renderPrintView(model) },
    { name: 'card', page: renderCardHtml(planEmergencyCard(plan, { language: 'nl', includePrivate: true }), 'pocket') },
  ];
}

const executable = tools.chromium ?? undefined;
/** The hostile plan's PDF, kept by the test that prints every page for the one that reads its text. */
let printedPlan: Buffer | undefined;

describe('the print view with hostile text in every field', () => {
  beforeEach((context) => needs(context, 'chromium'));

  it(
    'runs no script and makes no request when opened in a browser with JavaScript on',
    { timeout: 120_000 },
    async () => {
      const browser = await chromium.launch({ executablePath: executable, args: ['--no-sandbox', '--disable-gpu'] });
      try {
        for (const { name, page } of hostilePages()) {
          requests.length = 0;
          const file = join(tempDir(), `${name}.html`);
          writeFileSync(file, page);
          const context = await browser.newContext();
          const asked: string[] = [];
          await context.route('**/*', (route) => {
            asked.push(route.request().url());
            return route.request().url().startsWith('file:') ? route.continue() : route.abort();
          });
          const tab = await context.newPage();
          const dialogs: string[] = [];
          tab.on('dialog', (dialog) => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
          });
          await tab.goto(pathToFileURL(file).href, { waitUntil: 'load' });
          await tab.emulateMedia({ media: 'print' });
          await tab.pdf();
          expect(asked.filter((url) => !url.startsWith('file:'))).toEqual([]);
          expect(dialogs).toEqual([]);
          // Nothing from the plan became an element: the payloads are text on the page.
          expect(await tab.locator('script, iframe, img[onerror], link, svg, meta[http-equiv="refresh"]').count()).toBe(
            0,
          );
          expect(await tab.locator('body').innerText()).toContain(`fetch('${origin}/style-script')`);
          await context.close();
        }
        expect(requests).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );

  it(
    'prints to PDF on the command line with no request, even from markup that slipped through',
    { timeout: 120_000 },
    async () => {
      const print = chromiumPrinter(executable!);
      requests.length = 0;
      for (const { name, page } of hostilePages()) {
        const pdf = Buffer.from(await print(page));
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        if (name === 'plan') printedPlan = pdf;
      }
      // A page without the policy, with raw markup: the command line's Chromium runs no script and
      // reaches no server all the same.
      const raw = `<!doctype html><html><head><style>@import url(${origin}/import);</style></head><body><img src="${origin}/img"><script>fetch('${origin}/script')</script><p>x</p></body></html>`;
      expect(
        Buffer.from(await print(raw))
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
      expect(requests).toEqual([]);
    },
  );

  it('prints the plan text as text', { timeout: 120_000 }, async (context) => {
    needs(context, 'poppler');
    const file = join(tempDir(), 'plan.pdf');
    // The plan as the test above printed it (printed here when this test runs alone).
    writeFileSync(file, printedPlan ?? (await chromiumPrinter(executable!)(hostilePages()[0]!.page)));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('</style><script>');
  });
});
