import { linkSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlerHarness } from '../builders/handlerHarness';
import { createPlan, sha256 } from '../builders/planFiles';

/** Ways a chosen export path can lead to the open plan under another name. */
const links: [string, (plan: string, dir: string) => string][] = [
  [
    'a symbolic link to the plan',
    (plan, dir) => {
      const link = join(dir, 'contacten.csv');
      symlinkSync(plan, link);
      return link;
    },
  ],
  [
    'a hard link to the plan',
    (plan, dir) => {
      const link = join(dir, 'contacten.csv');
      linkSync(plan, link);
      return link;
    },
  ],
  [
    'the plan through a linked folder',
    (plan, dir) => {
      const folder = join(dir, 'stick');
      symlinkSync(dir, folder);
      return join(folder, 'plan.paraat');
    },
  ],
];

describe('an export chosen onto the open plan through a link', () => {
  it.each(links)('is refused through %s, and the plan keeps every byte', async (_how, link) => {
    const harness = handlerHarness();
    const plan = createPlan(harness.dir);
    await harness.ok('plan.open', { path: plan });
    await harness.ok('items.add', {
      section: 'people',
      data: { name: 'Eline Vermeersch', mobilePhone: '+32 470 12 34 56' },
    });
    const before = sha256(plan);
    harness.dialogs.answers.exportPath = link(plan, harness.dir);
    const refused = await harness.fails('write-failed', 'items.exportCsv', { section: 'people', includePrivate: true });
    expect(refused.message).toMatch(/plan/);
    expect(sha256(plan)).toBe(before);
    expect(readFileSync(plan).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    // The plan is still open and writable in place.
    await harness.ok('section.update', { section: 'organisation', patch: { sector: 'Na de poging' } });
  });
});
