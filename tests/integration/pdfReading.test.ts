import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentsEntries } from '../../src/export/contents';
import { exportPdf, planDocumentModel } from '../../src/export/exportPlan';
import { chromiumPrinter } from '../../src/export/pdf';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';
import { expectContentsMatchPages, pdfOutline } from '../builders/pdfText';
import { tempDir } from '../builders/tempDir';
import { needs, tools } from '../builders/tools';

describe('the PDF plan printed on the command line', { timeout: 300_000 }, () => {
  it('gives its contents the page each chapter starts on, and bookmarks for the chapters', async (context) => {
    needs(context, 'chromium', 'poppler');
    if (spawnSync('qpdf', ['--version']).error) context.skip('qpdf is not installed (it reads the bookmarks back)');
    const chromium = tools.chromium;
    for (const language of ['nl', 'en'] as const) {
      const plan = loadExamplePlan(EXAMPLES_DIRECTORY, language);
      const path = join(tempDir(), `plan-${language}.pdf`);
      await exportPdf(plan, path, { language, includePrivate: true }, chromiumPrinter(chromium!));
      const model = planDocumentModel(plan, { language, includePrivate: true });
      const chapters = contentsEntries(model).filter((entry) => entry.level === 1);
      expect(chapters.length).toBeGreaterThan(15);
      expectContentsMatchPages(path, chapters);
      expect(pdfOutline(path)).toEqual(expect.arrayContaining(chapters.map((chapter) => chapter.text)));
    }
  });
});
