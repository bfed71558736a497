import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediaHarness } from '../../scripts/reliability/media';
import { handlerHarness } from '../builders/handlerHarness';
import { createPlan, withPlan } from '../builders/planFiles';

describe('a plan whose folder disappears while it is open', () => {
  it(
    'refuses the next edits with write-failed, never internal, a copy to a new place holds what was saved, and a folder put back takes the replayed edits (4 rounds)',
    { timeout: 240_000 },
    async () => {
      const harness = handlerHarness();
      const figures = await mediaHarness({ rounds: 4, dir: harness.dir });
      console.log(
        `[reliability] media: folders gone ${figures.rounds}, edits after ${figures.editsAfterRemoval}, write-failed ${figures.writeFailed}, internal ${figures.internal}, copies saved ${figures.copiesSaved}, reattached ${figures.reattached}, edits replayed ${figures.editsReplayed}`,
      );
      expect(figures).toEqual({
        rounds: 4,
        editsAfterRemoval: 8,
        writeFailed: 8,
        internal: 0,
        copiesSaved: 4,
        copiesHoldingEdits: 4,
        foldersPutBack: 2,
        reattached: 2,
        editsReplayed: 4,
        plansHoldingReplay: 2,
        problems: [],
      });
    },
  );

  it('does not report an edit as saved into a file that was moved away, and the moved file keeps what was saved before', async () => {
    const harness = handlerHarness();
    const path = createPlan(harness.dir, { fileName: 'plan.paraat' });
    await harness.ok('plan.open', { path });
    await harness.ok('section.update', { section: 'organisation', patch: { sector: 'Voor' } });
    renameSync(path, join(harness.dir, 'verplaatst.paraat'));
    await harness.fails('write-failed', 'section.update', { section: 'organisation', patch: { sector: 'Na' } });
    await harness.ok('plan.close');
    expect(
      withPlan(join(harness.dir, 'verplaatst.paraat'), (plan) => plan.singleton('organisation').get().sector),
    ).toBe('Voor');
  });
});
