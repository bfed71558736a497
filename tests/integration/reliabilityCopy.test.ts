import { spawnSync } from 'node:child_process';
import { fuzzSeed } from '../builders/fuzzSeed';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyHarness } from '../../scripts/reliability/copy';
import { savePlanCopy } from '../../src/storage/copy';
import { createPlan, openPlan } from '../builders/planFiles';
import { tempDir } from '../builders/tempDir';

describe('a copy of the plan interrupted at random points', () => {
  it(
    'is whole or absent, leaves the source untouched and no temporary behind (8 kills, 2 pulled folders, read-only, full)',
    { timeout: 240_000 },
    async () => {
      const seed = fuzzSeed();
      const figures = await copyHarness({ kills: 8, removals: 2, seed, dir: tempDir() });
      console.log(
        `[reliability] copy (seed ${seed}): kills ${figures.kills} (${figures.killsMidCopy} mid-copy), folders removed ${figures.folderRemovals}, read-only ${figures.readOnlyAttempts}, full ${figures.fullMediumAttempts}, half-written ${figures.halfWrittenTargets}, source changed ${figures.sourceChanged}, temporaries left ${figures.temporariesLeft}; skipped: ${figures.skipped.join('; ') || 'none'}`,
      );
      expect(figures.problems).toEqual([]);
      expect(figures).toMatchObject({
        kills: 8,
        folderRemovals: 2,
        halfWrittenTargets: 0,
        sourceChanged: 0,
        temporariesLeft: 0,
      });
      expect(figures.killsMidCopy).toBeGreaterThan(0);
    },
  );
});

describe('the temporaries of earlier copies', () => {
  const temporaryOf = (dir: string, pid: number) => join(dir, `.kopie.paraat.${pid}.0badc0de.copying`);

  it('are swept by the next copy when the process that wrote them is gone', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(temporaryOf(dir, dead), 'half a copy');
    writeFileSync(`${temporaryOf(dir, dead)}-journal`, 'its journal');
    const plan = openPlan(createPlan(dir));
    try {
      savePlanCopy(plan.db, plan.file.path, join(dir, 'kopie.paraat'));
    } finally {
      plan.close();
    }
    expect(existsSync(temporaryOf(dir, dead))).toBe(false);
    expect(existsSync(`${temporaryOf(dir, dead)}-journal`)).toBe(false);
  });

  it('are left alone while the process writing them still runs, and other files are never touched', () => {
    const dir = tempDir();
    const living = temporaryOf(dir, process.ppid);
    writeFileSync(living, 'a copy under way');
    writeFileSync(join(dir, '.kopie.paraat.notes'), 'not ours');
    const plan = openPlan(createPlan(dir));
    try {
      savePlanCopy(plan.db, plan.file.path, join(dir, 'kopie.paraat'));
    } finally {
      plan.close();
    }
    expect(existsSync(living)).toBe(true);
    expect(existsSync(join(dir, '.kopie.paraat.notes'))).toBe(true);
  });
});
