import { describe, expect, it } from 'vitest';
import { fuzzSeed } from '../builders/fuzzSeed';
import { importerHarness } from '../../scripts/reliability/importers';
import { tempDir } from '../builders/tempDir';

describe('importing a sheet or plan JSON', () => {
  it(
    'never crashes, stores accepted rows exactly as previewed, and refuses bad input without writing (people CSV, inventory CSV, paraat import)',
    { timeout: 240_000 },
    async () => {
      const seed = fuzzSeed();
      const figures = await importerHarness({ csvRuns: 25, jsonRuns: 60, seed, dir: tempDir() });
      console.log(
        `[reliability] importers (seed ${seed}): sheets ${figures.csvFiles}, rows stored ${figures.rowsStored} (altered ${figures.rowsAltered}, misjudged ${figures.rowsMisjudged}), bad imports ${figures.badImportsSent} (accepted ${figures.badImportsAccepted}, file changed ${figures.fileChangedByRefusals}), any value in any column ${figures.anyValueRows.accepted} accepted / ${figures.anyValueRows.refused} refused, crashes ${figures.crashes}; plan JSON ${figures.jsonDocuments}: accepted ${figures.jsonAccepted}, refused ${figures.jsonRefused}, altered ${figures.jsonAltered}, leftovers ${figures.jsonLeftovers}, wrong errors ${figures.jsonWrongErrors}`,
      );
      expect(figures.problems).toEqual([]);
      expect(figures).toMatchObject({
        rowsAltered: 0,
        rowsMisjudged: 0,
        badImportsAccepted: 0,
        fileChangedByRefusals: 0,
        crashes: 0,
        jsonAltered: 0,
        jsonLeftovers: 0,
        jsonWrongErrors: 0,
      });
      expect(figures.rowsStored).toBeGreaterThan(30);
      expect(figures.badImportsSent).toBeGreaterThan(0);
      expect(figures.anyValueRows.accepted).toBeGreaterThan(5);
      // Odd values no longer refuse a row (they are kept in its notes): only a value the plan cannot hold does.
      expect(figures.anyValueRows.accepted + figures.anyValueRows.refused).toBeGreaterThan(20);
      expect(figures.jsonAccepted).toBeGreaterThan(5);
      expect(figures.jsonRefused).toBeGreaterThan(5);
    },
  );
});
