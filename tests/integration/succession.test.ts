import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderCardHtml } from '../../src/export/card/renderCard';
import { renderDocx } from '../../src/export/docx/renderDocx';
import { planDocumentModel, planEmergencyCard } from '../../src/export/exportPlan';
import { renderPrintView } from '../../src/export/html/printView';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { chromiumExecutable } from '../e2e/environment';
import { EXAMPLES_DIRECTORY, handlerHarness } from '../builders/handlerHarness';
import { tempDir } from '../builders/tempDir';

type Item = Record<string, unknown> & { id: string };

describe('a role’s line of succession and delegated authority', () => {
  it('are kept after the plan is closed and opened again', async () => {
    const harness = handlerHarness();
    const path = join(harness.dir, 'plan.paraat');
    harness.dialogs.answers.newPlanPath = path;
    await harness.ok('plan.create', { name: 'Testdorp', kind: 'municipality-flanders', language: 'nl' });
    const [jan, koen, eline, tom] = await Promise.all(
      ['Jan', 'Koen', 'Eline', 'Tom'].map((name) =>
        harness.ok<Item>('items.add', { section: 'people', data: { name } }),
      ),
    );
    const role = await harness.ok<Item>('items.add', {
      section: 'roles',
      data: { name: 'Crisisleider', main: jan!.id, deputy: koen!.id },
    });
    await harness.ok('items.update', {
      section: 'roles',
      id: role.id,
      patch: {
        successor: eline!.id,
        secondSuccessor: tom!.id,
        successionWhen: 'Beiden een half uur onbereikbaar',
        authority: ['activate', 'spend'],
        spendLimit: 25000,
        authorityLimits: 'Daarboven beslist het college',
      },
    });
    await harness.ok('plan.close');
    await harness.ok('plan.open', { path });
    const roles = await harness.ok<Item[]>('items.list', { section: 'roles' });
    expect(roles.find((candidate) => candidate.id === role.id)).toMatchObject({
      successor: eline!.id,
      secondSuccessor: tom!.id,
      successionWhen: 'Beiden een half uur onbereikbaar',
      authority: ['activate', 'spend'],
      spendLimit: 25000,
      authorityLimits: 'Daarboven beslist het college',
    });
  });
});

/** The example's general director: who takes over, in which order, and what they may decide. */
const IN_THE_PLAN: Record<'nl' | 'en', string[]> = {
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

const ON_THE_CARD: Record<'nl' | 'en', string> = {
  nl: 'als Jan De Smet en Koen Willems er allebei niet zijn, neemt Eline Vermeersch (gsm 0470 11 22 01',
  en: 'when Jan De Smet and Koen Willems are both out, Eline Vermeersch (mobile 0470 11 22 01',
};

const model = (language: 'nl' | 'en') =>
  planDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, language), { language, includePrivate: false });

async function wordText(language: 'nl' | 'en'): Promise<string> {
  const xml = strFromU8(unzipSync(await renderDocx(model(language)))['word/document.xml']!);
  // Each paragraph on its own line, so a table cell's lines stay apart.
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join(''))
    .join('\n');
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
    return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/[\s\u00A0]+/g, ' ');
  } finally {
    await browser.close();
  }
}

describe.each(['nl', 'en'] as const)('the example plan in %s', (language) => {
  it('prints each key role’s line of succession and authority in Word', { timeout: 120_000 }, async () => {
    const text = (await wordText(language)).replace(/\u00A0/g, ' ');
    for (const expected of IN_THE_PLAN[language]) expect(text).toContain(expected);
  });

  it('prints them in the PDF', { timeout: 120_000 }, async () => {
    const text = await pdfText(renderPrintView(model(language)), `plan.${language}`);
    for (const expected of IN_THE_PLAN[language]) expect(text).toContain(expected);
  });

  it(
    'says on the emergency card who activates when the main contact and deputy are both out',
    { timeout: 120_000 },
    async () => {
      const card = planEmergencyCard(loadExamplePlan(EXAMPLES_DIRECTORY, language), {
        language,
        includePrivate: false,
      });
      const text = await pdfText(renderCardHtml(card), `card.${language}`);
      expect(text).toContain(ON_THE_CARD[language]);
    },
  );
});
