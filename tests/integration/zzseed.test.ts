import { it, expect } from 'vitest';
import { importerHarness } from '/work/main/scripts/reliability/importers';
import { mkdtempSync } from 'node:fs';
it('seed', async () => {
  const figures = await importerHarness({ csvRuns: 25, jsonRuns: 60, seed: Number(process.env.SEED), dir: mkdtempSync('/tmp/seed-') });
  console.log(JSON.stringify(figures.problems, null, 1));
  expect(figures.problems).toEqual([]);
}, 300000);
