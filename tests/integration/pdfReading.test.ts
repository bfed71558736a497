import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../src/domain/planJson';
import { contentsEntries } from '../../src/export/contents';
import { exportPdf, planDocumentModel } from '../../src/export/exportPlan';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';
import { contentsPageMismatches, pdfOutline } from '../builders/pdfText';
import { tempDir } from '../builders/tempDir';
import { needs } from '../builders/tools';

/** Writes a plan to PDF as the command line does; its contents' chapters. */
async function written(plan: PlanJson, language: 'nl' | 'en') {
  const path = join(tempDir(), `plan-${language}.pdf`);
  await exportPdf(plan, path, { language, includePrivate: true });
  const chapters = contentsEntries(planDocumentModel(plan, { language, includePrivate: true })).filter(
    (entry) => entry.level === 1,
  );
  return { path, chapters };
}

const tagged = (pdf: string) => /^Tagged:\s+yes/m.test(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));

describe('the PDF plan written on the command line', { timeout: 300_000 }, () => {
  it('has contents giving the page each chapter starts on, is tagged and has bookmarks', async (context) => {
    needs(context, 'poppler');
    for (const language of ['nl', 'en'] as const) {
      const plan = loadExamplePlan(EXAMPLES_DIRECTORY, language);
      // Figure spaces in plan text are kept as typed and change nothing of the contents.
      const organisation = plan.sections.organisation as { name: string };
      organisation.name = `Beekzande\u2007\u2007\u2007\u2007${organisation.name}`;
      const { path, chapters } = await written(plan, language);
      expect(chapters.length).toBeGreaterThan(15);
      expect(contentsPageMismatches(path, chapters)).toEqual([]);
      expect(pdfOutline(path)).toEqual(expect.arrayContaining(chapters.map((chapter) => chapter.text)));
      expect(tagged(path)).toBe(true);
    }
  });
});
