import { describe, expect, it } from 'vitest';
import { countChanges } from '../../src/renderer/store/unsavedChanges';
import { withPlan } from '../builders/planFiles';
import { storeOnStick } from '../builders/storeOnStick';

describe('the window’s store when the plan file goes away', () => {
  it('keeps every edit in order, refuses to flush with the count, writes them all once the file is back, and lists the one the plan refused', async () => {
    const { harness, path, store, pull, putBack, whenReattached } = await storeOnStick();
    await store.getState().loadList('people');
    const piet = store.getState().lists.people![0]!;

    pull();
    store.getState().editSingleton('organisation', { address: 'Marktplein 1' });
    await expect(store.getState().flushSaves()).rejects.toMatchObject({ code: 'unsaved-changes', params: { count: 1 } });
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
      { change: { kind: 'patch', section: 'people', itemId: piet.id, patch: { mobilePhone: '0470 11 22 33' } }, problem: expect.objectContaining({ code: 'unknown-item' }) },
    ]);
    const elineNow = store.getState().lists.people!.find((person) => person.name === 'Eline Vermeersch')!;
    expect(elineNow.id).not.toBe(eline.id);
    await expect(store.getState().flushSaves()).resolves.toBeUndefined();

    await harness.ok('plan.close');
    expect(withPlan(path, (plan) => plan.singleton('organisation').get().address)).toBe('Marktplein 1');
    expect(withPlan(path, (plan) => plan.list('people').list().map((person) => [person.id, person.name, person.mobilePhone]))).toEqual([
      [elineNow.id, 'Eline Vermeersch', '0470 99 88 77'],
    ]);
  });
});
