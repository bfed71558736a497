import { describe, expect, it } from 'vitest';
import type { ListItem } from '../../src/renderer/store/sectionsSlice';
import { countChanges } from '../../src/renderer/store/unsavedChanges';
import { findUses, replaceEverywhere } from '../../src/renderer/steps/people/removeReferenced';
import { withPlan } from '../builders/planFiles';
import { storeOnStick } from '../builders/storeOnStick';

describe('the window’s store when the plan file goes away', () => {
  it('keeps every edit in order, refuses to flush with the count, writes them all once the file is back, and lists the one the plan refused', async () => {
    const { harness, path, store, pull, putBack, whenReattached } = await storeOnStick();
    await store.getState().loadList('people');
    const piet = store.getState().lists.people![0]!;

    pull();
    store.getState().editSingleton('organisation', { address: 'Marktplein 1' });
    await expect(store.getState().flushSaves()).rejects.toMatchObject({
      code: 'unsaved-changes',
      params: { count: 1 },
    });
    expect(store.getState().mediaTrouble).toMatchObject({ status: 'missing' });

    store.getState().editItem('people', piet.id, { mobilePhone: '0470 11 22 33' });
    const eline = (await store.getState().addItem('people', { name: 'Eline Vermeersch' }))!;
    store.getState().editItem('people', eline.id, { mobilePhone: '0470 99 88 77' });
    await store.getState().moveItem('people', eline.id, 0);
    expect(countChanges(store.getState().unsaved)).toBe(4);
    expect(store.getState().saveState).toBe('failed');
    // A step read again while the file is away shows the kept edits, not only what the plan holds.
    await store.getState().loadList('people');
    expect(store.getState().lists.people!.map((person) => [person.name, person.mobilePhone])).toEqual([
      ['Eline Vermeersch', '0470 99 88 77'],
      ['Piet Peeters', '0470 11 22 33'],
    ]);

    putBack();
    // Meanwhile Piet goes from the plan: his kept phone number can no longer be written.
    whenReattached(() => harness.ok('items.remove', { section: 'people', id: piet.id }));
    await store.getState().retrySaving();

    expect(store.getState().mediaTrouble).toBeNull();
    expect(store.getState().unsaved).toEqual([]);
    expect(store.getState().saveState).toBe('saved');
    expect(store.getState().conflicts).toEqual([
      {
        change: { kind: 'patch', section: 'people', itemId: piet.id, patch: { mobilePhone: '0470 11 22 33' } },
        problem: expect.objectContaining({ code: 'unknown-item' }),
      },
    ]);
    const elineNow = store.getState().lists.people!.find((person) => person.name === 'Eline Vermeersch')!;
    expect(elineNow.id).not.toBe(eline.id);
    await expect(store.getState().flushSaves()).resolves.toBeUndefined();

    await harness.ok('plan.close');
    expect(withPlan(path, (plan) => plan.singleton('organisation').get().address)).toBe('Marktplein 1');
    expect(
      withPlan(path, (plan) =>
        plan
          .list('people')
          .list()
          .map((person) => [person.id, person.name, person.mobilePhone]),
      ),
    ).toEqual([[elineNow.id, 'Eline Vermeersch', '0470 99 88 77']]);
  });

  it('keeps the emptied places of a person removed while the file is away, before the removal, and writes both once it is back', async () => {
    const { harness, path, store, pull, putBack } = await storeOnStick();
    await store.getState().loadList('people');
    const piet = store.getState().lists.people![0]!;
    const helpdesk = await harness.ok<ListItem>('items.add', {
      section: 'roles',
      data: { name: 'Helpdesk', main: piet.id },
    });

    pull();
    const uses = await findUses('people', piet.id);
    expect(uses.references).toHaveLength(1);
    await replaceEverywhere(piet, uses, '');
    await store.getState().removeItem('people', piet.id);
    expect(store.getState().mediaTrouble).toMatchObject({ status: 'missing' });
    expect(store.getState().unsaved).toEqual([
      { kind: 'patch', section: 'roles', itemId: helpdesk.id, patch: { main: '' } },
      { kind: 'remove', section: 'people', id: piet.id },
    ]);
    // The window looks once more meanwhile; the file is still away.
    await store.getState().retrySaving();
    expect(store.getState().unsaved).toHaveLength(2);

    putBack();
    await store.getState().retrySaving();
    expect(store.getState().unsaved).toEqual([]);
    await harness.ok('plan.close');
    expect(
      withPlan(path, (plan) => [plan.list('people').list().length, plan.list('roles').get(helpdesk.id).main]),
    ).toEqual([0, '']);
  });

  it('shows the versions step from what the plan holds while edits wait, and issues no version until they are saved', async () => {
    const { harness, store, pull, putBack } = await storeOnStick();
    const version = { number: '1.0', comment: 'Eerste versie', approvedBy: 'Schepencollege', approvedOn: '' };
    pull();
    store.getState().editSingleton('organisation', { address: 'Marktplein 1' });
    await store.getState().savePending();
    expect(countChanges(store.getState().unsaved)).toBe(1);

    await store.getState().loadVersions();
    expect(store.getState().notice).toBeNull();
    expect(store.getState().versionOverview).toMatchObject({ versions: [] });
    expect(await store.getState().issueVersion(version)).toBe(false);
    expect(store.getState().notice).toMatchObject({
      kind: 'error',
      problem: { code: 'unsaved-changes', params: { count: 1 } },
    });
    expect(await harness.ok('versions.list')).toMatchObject({ versions: [] });

    putBack();
    await store.getState().retrySaving();
    expect(await store.getState().issueVersion(version)).toBe(true);
    expect(await harness.ok('versions.list')).toMatchObject({ versions: [{ number: '1.0' }], changesSinceLast: 0 });
    await harness.ok('plan.close');
  });
});
