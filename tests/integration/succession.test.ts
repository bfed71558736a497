import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlerHarness } from '../builders/handlerHarness';

type Item = Record<string, unknown> & { id: string };

describe('a role’s line of succession and delegated authority', () => {
  it('are kept after the plan is closed and opened again', async () => {
    const harness = handlerHarness();
    const path = join(harness.dir, 'plan.paraat');
    harness.dialogs.answers.newPlanPath = path;
    await harness.ok('plan.create', { name: 'Testdorp', kind: 'municipality-flanders', language: 'nl' });
    const [jan, koen, eline, tom] = await Promise.all(
      ['Jan', 'Koen', 'Eline', 'Tom'].map((name) =>
        harness.ok<Item>('items.add', { section: 'people', data: { name } }),
      ),
    );
    const role = await harness.ok<Item>('items.add', {
      section: 'roles',
      data: { name: 'Crisisleider', main: jan!.id, deputy: koen!.id },
    });
    await harness.ok('items.update', {
      section: 'roles',
      id: role.id,
      patch: {
        successor: eline!.id,
        secondSuccessor: tom!.id,
        successionWhen: 'Beiden een half uur onbereikbaar',
        authority: ['activate', 'spend'],
        spendLimit: 25000,
        authorityLimits: 'Daarboven beslist het college',
      },
    });
    await harness.ok('plan.close');
    await harness.ok('plan.open', { path });
    const roles = await harness.ok<Item[]>('items.list', { section: 'roles' });
    expect(roles.find((candidate) => candidate.id === role.id)).toMatchObject({
      successor: eline!.id,
      secondSuccessor: tom!.id,
      successionWhen: 'Beiden een half uur onbereikbaar',
      authority: ['activate', 'spend'],
      spendLimit: 25000,
      authorityLimits: 'Daarboven beslist het college',
    });
  });
});

// How the example's line of succession reads in Word, the PDF and on the card: standardsExport.test.ts,
// which makes those exports once for every check of the example's contents.
