import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../src/domain/planJson';
import { exportCard } from '../../src/export/exportPlan';
import { chromiumPrinter } from '../../src/export/pdf';
import { dialNumber } from '../../src/export/telLink';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';
import { pdfLinks, textIn, textSizes } from '../builders/pdfContent';
import { pdfPages } from '../builders/pdfText';
import { tempDir } from '../builders/tempDir';
import { needs, tools } from '../builders/tools';

/** The example's phone numbers a card may print: people's, the duties' and the suppliers' lines. */
function cardNumbers(plan: PlanJson): string[] {
  const list = (key: string) => (plan.sections[key] ?? []) as Record<string, unknown>[];
  return [
    ...list('people').flatMap((person) => [person.mobilePhone, person.workPhone]),
    ...list('notificationDuties').map((duty) => duty.phone),
    ...list('suppliers').flatMap((supplier) => [supplier.emergencyLine, supplier.contact1Phone]),
  ].filter((number): number is string => typeof number === 'string' && number !== '');
}

describe('the emergency card as PDF, read in a crisis', { timeout: 300_000 }, () => {
  it('turns numbers as typed into what a phone dials', () => {
    expect(dialNumber('0470 55 66 01')).toBe('0470556601');
    expect(dialNumber('+32 (0)56 12 34 56')).toBe('+3256123456');
    expect(dialNumber('0032 2 501 05 60')).toBe('+3225010560');
    expect(dialNumber('059/40.12.11 (toestel 12)')).toBe('059401211');
    expect(dialNumber('101')).toBe('101');
    expect(dialNumber('javascript:alert(1)')).toBe('');
    expect(dialNumber('niet bekend')).toBe('');
  });

  for (const size of ['a4', 'pocket'] as const) {
    it(`has no text under 8 pt and a tel: link on every number it shows (${size})`, async (context) => {
      needs(context, 'chromium', 'poppler', 'qpdf');
      for (const language of ['nl', 'en'] as const) {
        const plan = loadExamplePlan(EXAMPLES_DIRECTORY, language);
        const pdf = join(tempDir(), `card-${size}-${language}.pdf`);
        await exportCard(plan, pdf, { language, includePrivate: true }, chromiumPrinter(tools.chromium!), size);

        const sizes = textSizes(pdf);
        expect(sizes.length).toBeGreaterThan(500);
        // 8 pt is 10.67 CSS pixels; Chromium writes it as 7.995 pt.
        const smallest = sizes.reduce((least, text) => (text.size < least.size ? text : least));
        expect(smallest.size, `smallest text, on page ${smallest.page}`).toBeGreaterThanOrEqual(7.99);

        const links = pdfLinks(pdf).filter((link) => link.uri.startsWith('tel:'));
        const shown = new Set(links.map((link) => textIn(pdf, link.page, link.rect)));
        const text = pdfPages(pdf).join(' ');
        const printed = cardNumbers(plan).filter((number) => text.includes(number));
        expect(printed.length).toBeGreaterThan(10);
        for (const number of printed) {
          const link = links.find((candidate) => candidate.uri === `tel:${dialNumber(number)}`);
          expect(link, `a tel: link for ${number}`).toBeTruthy();
          // The link sits on the number as it was typed.
          expect(shown, number).toContain(number);
        }
        for (const link of links) expect(link.uri).toMatch(/^tel:\+?[0-9*#]+$/);
      }
    });
  }
});
