import { describe, expect, it } from 'vitest';
import { hostileFileHarness } from '../../scripts/reliability/hostileFiles';
import { hostileImportHarness } from '../../scripts/reliability/hostileImports';
import { tempDir } from '../builders/tempDir';

describe('plan files built to do harm', () => {
  it(
    'are refused without a byte written, or open inert: an edit changes nothing else',
    { timeout: 300_000 },
    async () => {
      // Past the export budget in items (30,000), below it in text: the printed exports of files
      // that must be written run in `npm run reliability` (a Chromium each).
      const figures = await hostileFileHarness({ dir: tempDir(), hugeTextMb: 2, manyItems: 31_000, printed: false });
      console.log(
        `[reliability] hostile files: ${figures.files} files, ${figures.refused} refused, ${figures.openedInert} opened inert; slowest ${figures.slowestMs} ms (${figures.slowest}), peak memory ${figures.peakRssMb} MB; exports ${figures.exportsWritten} written, ${figures.exportsRefused} refused (slowest refusal ${figures.slowestRefusalMs} ms, ${figures.largestRefusalRssMb} MB; slowest export ${figures.slowestExportMs} ms, ${figures.slowestExport})`,
      );
      expect(figures.problems).toEqual([]);
      expect(figures).toMatchObject({
        accepted: 0,
        writes: 0,
        otherRowsChanged: 0,
        crashes: 0,
        exportsMisjudged: 0,
        activeContent: 0,
      });
      expect(figures.refused).toBeGreaterThan(15);
      // The large plan's exports were refused, the others' written: both happened.
      expect(figures.exportsRefused).toBeGreaterThanOrEqual(9);
      expect(figures.exportsWritten).toBeGreaterThan(10);
    },
  );

  it(
    'list files built to do harm are refused with their reason or imported as text, and a refusal leaves the plan as it was',
    { timeout: 300_000 },
    async () => {
      const figures = await hostileImportHarness({ dir: tempDir(), bombMb: 300 });
      console.log(
        `[reliability] hostile imports: ${figures.files} files, ${figures.refused} refused, ${figures.imported} imported; slowest ${figures.slowestMs} ms (${figures.slowest}), largest ${figures.largestRssMb} MB (${figures.largest})`,
      );
      expect(figures.problems).toEqual([]);
      expect(figures).toMatchObject({ misjudged: 0, planChangedByRefusal: 0, formulasExported: 0 });
      expect(figures.refused).toBeGreaterThanOrEqual(10);
      expect(figures.imported).toBeGreaterThanOrEqual(4);
    },
  );
});
