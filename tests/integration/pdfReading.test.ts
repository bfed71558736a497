import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../src/domain/planJson';
import { contentsEntries } from '../../src/export/contents';
import { exportPdf, planDocumentModel } from '../../src/export/exportPlan';
import { type PdfPrinter, chromiumPrinter } from '../../src/export/pdf';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';
import { contentsPageMismatches, pdfOutline } from '../builders/pdfText';
import { tempDir } from '../builders/tempDir';
import { needs, tools } from '../builders/tools';

/** Prints a plan to PDF as the command line does, counting the printings; its contents' chapters and page numbers. */
async function printed(plan: PlanJson, language: 'nl' | 'en', print: PdfPrinter = chromiumPrinter(tools.chromium!)) {
  const path = join(tempDir(), `plan-${language}.pdf`);
  let printings = 0;
  await exportPdf(plan, path, { language, includePrivate: true }, (html) => {
    printings++;
    return print(html);
  });
  const chapters = contentsEntries(planDocumentModel(plan, { language, includePrivate: true })).filter(
    (entry) => entry.level === 1,
  );
  return { path, printings, chapters };
}

const tagged = (pdf: string) => /^Tagged:\s+yes/m.test(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));

describe('the PDF plan printed on the command line', { timeout: 300_000 }, () => {
  it('is printed once, its contents giving the page each chapter starts on, tagged and with bookmarks', async (context) => {
    needs(context, 'chromium', 'poppler');
    for (const language of ['nl', 'en'] as const) {
      const plan = loadExamplePlan(EXAMPLES_DIRECTORY, language);
      // Figure spaces in plan text are what marks the page numbers' places; typed, they are plain spaces.
      const organisation = plan.sections.organisation as { name: string };
      organisation.name = `Beekzande\u2007\u2007\u2007\u2007${organisation.name}`;
      const { path, printings, chapters } = await printed(plan, language);
      expect(printings).toBe(1);
      expect(chapters.length).toBeGreaterThan(15);
      expect(contentsPageMismatches(path, chapters)).toEqual([]);
      expect(pdfOutline(path)).toEqual(expect.arrayContaining(chapters.map((chapter) => chapter.text)));
      expect(tagged(path)).toBe(true);
    }
  });

  it('prints a second time with the numbers in the page when the placeholders do not come out in the printed PDF', async (context) => {
    needs(context, 'chromium', 'poppler');
    // A printer that leaves out the figure spaces (say, a font without them, printed in another font).
    const chromium = chromiumPrinter(tools.chromium!);
    const withoutFigureSpaces: PdfPrinter = (html) => chromium(html.replaceAll('\u2007', ''));
    const { path, printings, chapters } = await printed(
      loadExamplePlan(EXAMPLES_DIRECTORY, 'en'),
      'en',
      withoutFigureSpaces,
    );
    expect(printings).toBe(2);
    expect(contentsPageMismatches(path, chapters)).toEqual([]);
    expect(pdfOutline(path)).toEqual(expect.arrayContaining(chapters.map((chapter) => chapter.text)));
  });
});
