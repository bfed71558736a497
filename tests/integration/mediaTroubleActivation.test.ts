import { describe, expect, it } from 'vitest';
import type { ListItem } from '../../src/renderer/store/sectionsSlice';
import { countChanges } from '../../src/renderer/store/unsavedChanges';
import { withPlan } from '../builders/planFiles';
import { storeOnStick } from '../builders/storeOnStick';

/** A tick as the action view makes it: the time it was ticked travels with it. */
const tick = (activation: string, at: string, data: Record<string, unknown>) => ({
  activation,
  at,
  by: 'Eline',
  ...data,
});

async function exerciseOnStick() {
  const stick = await storeOnStick('example');
  const { activation } = await stick.harness.ok<{ activation: ListItem }>('activation.start', {
    kind: 'exercise',
    level: 'major',
    scenarios: ['scenario-ransomware'],
    at: '2026-11-29T08:00:00.000Z',
    by: 'Eline',
  });
  await Promise.all(['activations', 'activationEvents'].map((section) => stick.store.getState().loadList(section)));
  return { ...stick, activation };
}

describe('an incident run while the plan file is away', () => {
  it('keeps ticks and notes with the times they were made, in order with field edits, refuses to close with the count, and writes them all once the file is back', async () => {
    const { harness, path, store, activation, pull, putBack } = await exerciseOnStick();
    pull();

    // Typed into the assessment just before the stick went: still waiting for its save when the first tick comes.
    store.getState().editItem('activations', activation.id, { cause: 'Phishingmail' });
    await store.getState().addItem(
      'activationEvents',
      tick(activation.id, '2026-11-29T08:05:00.000Z', {
        kind: 'step',
        target: 'step-ransom-1',
        outcome: 'done',
        text: 'Toestellen van het netwerk',
      }),
    );
    await store.getState().addItem(
      'activationEvents',
      tick(activation.id, '2026-11-29T08:09:00.000Z', {
        kind: 'step',
        target: 'step-ransom-2',
        outcome: 'done',
        text: 'Crisisteam samengeroepen',
      }),
    );
    await store
      .getState()
      .addItem(
        'activationEvents',
        tick(activation.id, '2026-11-29T08:12:00.000Z', { kind: 'note', text: 'Back-up van zondag is bruikbaar.' }),
      );

    expect(store.getState().mediaTrouble).toMatchObject({ status: 'missing' });
    expect(store.getState().unsaved.map((change) => change.kind)).toEqual(['patch', 'add', 'add', 'add']);
    // Escalating as the action view does: the new level, written first, then its line in the log; neither is refused.
    store.getState().editItem('activations', activation.id, { level: 'crisis' });
    await store.getState().savePending();
    await store.getState().addItem(
      'activationEvents',
      tick(activation.id, '2026-11-29T08:15:00.000Z', {
        kind: 'escalation',
        target: 'crisis',
        outcome: 'done',
        text: 'Niveau verhoogd',
      }),
    );
    expect(countChanges(store.getState().unsaved)).toBe(6);
    // On screen as ticked, with the time of the tick.
    expect(
      store
        .getState()
        .lists.activationEvents!.filter((event) => event.activation === activation.id)
        .map((event) => event.at),
    ).toEqual([
      '2026-11-29T08:00:00.000Z',
      '2026-11-29T08:05:00.000Z',
      '2026-11-29T08:09:00.000Z',
      '2026-11-29T08:12:00.000Z',
      '2026-11-29T08:15:00.000Z',
    ]);

    // Closing writes the review from the log in the file: refused until the kept ticks are in it.
    await expect(
      store.getState().invokeWhileReachable('activation.close', { id: activation.id, at: '2026-11-29T09:00:00.000Z' }),
    ).rejects.toMatchObject({
      code: 'unsaved-changes',
      params: { count: 6 },
    });

    putBack();
    await store.getState().retrySaving();
    expect(store.getState().mediaTrouble).toBeNull();
    expect(store.getState().unsaved).toEqual([]);

    await store.getState().flushSaves();
    await harness.ok('plan.close');
    const { events, assessment } = withPlan(path, (plan) => ({
      events: plan
        .list('activationEvents')
        .list()
        .filter((event) => event.activation === activation.id)
        .map((event) => [event.at, event.kind, event.text]),
      assessment: plan.list('activations').get(activation.id),
    }));
    expect(events).toEqual([
      ['2026-11-29T08:00:00.000Z', 'note', expect.stringContaining('Oefening gestart')],
      ['2026-11-29T08:05:00.000Z', 'step', 'Toestellen van het netwerk'],
      ['2026-11-29T08:09:00.000Z', 'step', 'Crisisteam samengeroepen'],
      ['2026-11-29T08:12:00.000Z', 'note', 'Back-up van zondag is bruikbaar.'],
      ['2026-11-29T08:15:00.000Z', 'escalation', 'Niveau verhoogd'],
    ]);
    expect(assessment).toMatchObject({ cause: 'Phishingmail', level: 'crisis' });
  });

  it('refuses an import while the file is away with nothing kept, and writes none of its rows', async () => {
    const { harness, path, store, pull, putBack } = await storeOnStick();
    pull();
    const rows = [{ name: 'Eline Vermeersch' }, { name: 'Sofie Claes' }];
    await expect(
      store.getState().invokeWhileReachable('items.addMany', { section: 'people', items: rows }),
    ).rejects.toMatchObject({ code: 'plan-unreachable' });
    // The window now knows the file is away: the notice shows and it looks for the file's return.
    expect(store.getState().mediaTrouble).toMatchObject({ status: 'missing' });
    await expect(
      store.getState().invokeWhileReachable('items.addMany', { section: 'people', items: rows }),
    ).rejects.toMatchObject({ code: 'plan-unreachable' });

    putBack();
    await store.getState().retrySaving();
    expect(store.getState().mediaTrouble).toBeNull();
    await store.getState().invokeWhileReachable('items.addMany', { section: 'people', items: rows });
    await harness.ok('plan.close');
    expect(
      withPlan(path, (plan) =>
        plan
          .list('people')
          .list()
          .map((person) => person.name),
      ),
    ).toEqual(['Piet Peeters', 'Eline Vermeersch', 'Sofie Claes']);
  });
});
