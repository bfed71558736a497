import { describe, expect, it } from 'vitest';
import { fuzzSeed } from '../builders/fuzzSeed';
import { crashHarness } from '../../scripts/reliability/crash';
import { type CrashState, applyEdit, differences } from '../../scripts/reliability/crashModel';
import { takeoverHarness } from '../../scripts/reliability/takeover';
import { tempDir } from '../builders/tempDir';

// Short versions; `npm run reliability` runs the long ones (300 kills) and prints the table.
describe('a plan killed at random moments while being edited', () => {
  it('is never corrupt and loses no acknowledged edit (20 kills)', { timeout: 240_000 }, async () => {
    const seed = fuzzSeed();
    const figures = await crashHarness({ kills: 20, seed, dir: tempDir() });
    console.log(
      `[reliability] crash (seed ${seed}): kills ${figures.kills}, corrupt files ${figures.corruptFiles}, lost acknowledged edits ${figures.lostEdits}, acknowledged edits ${figures.acknowledgedEdits}, killed mid-edit ${figures.killsMidEdit}`,
    );
    expect(figures.problems).toEqual([]);
    expect(figures).toMatchObject({ kills: 20, corruptFiles: 0, lostEdits: 0 });
    expect(figures.acknowledgedEdits).toBeGreaterThan(0);
  });

  it('is checked by a comparison that does notice a missing, changed or reordered edit', () => {
    const before: CrashState = {
      organisation: { sector: 'a' },
      people: [
        { id: 'p1', name: 'Eline' },
        { id: 'p2', name: 'Jan' },
      ],
    };
    expect(differences(before, before)).toBe(0);
    expect(differences(applyEdit(before, { op: 'section.update', patch: { sector: 'b' } }), before)).toBe(1);
    expect(differences(applyEdit(before, { op: 'items.remove', id: 'p1' }), before)).toBe(1);
    expect(differences(applyEdit(before, { op: 'items.move', id: 'p2', toIndex: 0 }), before)).toBe(1);
    expect(differences(applyEdit(before, { op: 'items.add', data: { name: 'Sofie' }, id: 'p3' }), before)).toBe(1);
  });
});

describe('a plan whose first holder crashed', () => {
  it(
    'is refused while held, then taken over and writable after the holder was killed (3 rounds)',
    { timeout: 240_000 },
    async () => {
      const figures = await takeoverHarness({ rounds: 3, dir: tempDir() });
      console.log(
        `[reliability] takeover: crashes ${figures.crashes}, refused while held ${figures.refusedWhileHeld}, taken over ${figures.takenOverAfterCrash}`,
      );
      expect(figures).toEqual({ crashes: 3, refusedWhileHeld: 3, takenOverAfterCrash: 3, problems: [] });
    },
  );
});
