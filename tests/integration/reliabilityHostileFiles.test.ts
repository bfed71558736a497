import { describe, expect, it } from 'vitest';
import { hostileFileHarness } from '../../scripts/reliability/hostileFiles';
import { tempDir } from '../builders/tempDir';

describe('plan files built to do harm', () => {
  it(
    'are refused without a byte written, or open inert: an edit changes nothing else',
    { timeout: 240_000 },
    async () => {
      const figures = await hostileFileHarness({ dir: tempDir(), hugeTextMb: 2 });
      console.log(
        `[reliability] hostile files: ${figures.files} files, ${figures.refused} refused, ${figures.openedInert} opened inert; slowest ${figures.slowestMs} ms (${figures.slowest}), peak memory ${figures.peakRssMb} MB`,
      );
      expect(figures.problems).toEqual([]);
      expect(figures).toMatchObject({ accepted: 0, writes: 0, otherRowsChanged: 0, crashes: 0 });
      expect(figures.refused).toBeGreaterThan(15);
    },
  );
});
