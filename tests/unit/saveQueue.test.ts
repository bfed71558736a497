import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReattachStatus } from '../../src/ipc/contract';
import { ApiError } from '../../src/renderer/api';
import { SAVE_DELAY_MS, type SaveStatus, createSaveQueue } from '../../src/renderer/store/saveQueue';
import type { UnsavedChange } from '../../src/renderer/store/unsavedChanges';

const AWAY = new ApiError('write-failed', 'the stick is gone', {});

/** A save queue over a plan kept in memory, with a switch for the file being away. */
function queueOverFakePlan() {
  const written: unknown[] = [];
  const problems: unknown[] = [];
  const replaced: [string, string][] = [];
  let status: SaveStatus = { saveState: 'saved', unsaved: [], mediaTrouble: null, conflicts: [] };
  let away = false;
  let refuse: ((change: UnsavedChange) => Error | null) | null = null;
  let failNextWrite: Error | null = null;
  let savedAgain = 0;
  let nextId = 1;
  const queue = createSaveQueue({
    writeFields: async (section, itemId, patch) => {
      if (away) throw AWAY;
      if (failNextWrite) {
        const error = failNextWrite;
        failNextWrite = null;
        throw error;
      }
      written.push({ section, itemId, patch });
    },
    writeChange: async (change) => {
      if (away) throw AWAY;
      const refusal = refuse?.(change);
      if (refusal) throw refusal;
      written.push(change);
      return change.kind === 'add' ? `item-${nextId++}` : null;
    },
    isFileAway: (error) => error === AWAY,
    reattach: async (): Promise<ReattachStatus> => (away ? 'missing' : 'reattached'),
    publish: (change) => {
      status = { ...status, ...change };
    },
    idReplaced: (temporary, real) => replaced.push([temporary, real]),
    written: () => undefined,
    savedAgain: () => savedAgain++,
    problem: (error) => problems.push(error),
  });
  return {
    queue,
    written,
    problems,
    replaced,
    status: () => status,
    savedAgain: () => savedAgain,
    setAway: (value: boolean) => (away = value),
    refuseWith: (rule: (change: UnsavedChange) => Error | null) => (refuse = rule),
    failNextWrite: (error: Error) => (failNextWrite = error),
  };
}

describe('the save queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a record once after the typing pauses, with every field typed meanwhile', async () => {
    const plan = queueOverFakePlan();
    plan.queue.edit('organisation', null, { name: 'Beekz' });
    plan.queue.edit('organisation', null, { name: 'Beekzande' });
    plan.queue.edit('organisation', null, { address: 'Marktplein 1' });
    plan.queue.edit('people', 'p1', { name: 'Piet' });
    expect(plan.status().saveState).toBe('saving');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    expect(plan.written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(plan.written).toEqual([
      { section: 'organisation', itemId: null, patch: { name: 'Beekzande', address: 'Marktplein 1' } },
      { section: 'people', itemId: 'p1', patch: { name: 'Piet' } },
    ]);
    expect(plan.status().saveState).toBe('saved');
  });

  it('keeps values a write refused, under what was typed since, and writes them on the next try', async () => {
    const plan = queueOverFakePlan();
    const refusal = new ApiError('internal', 'disk trouble', {});
    plan.failNextWrite(refusal);
    plan.queue.edit('people', 'p1', { name: 'Piet', mobilePhone: '0470' });
    await plan.queue.savePending();
    expect(plan.status().saveState).toBe('failed');
    expect(plan.problems).toEqual([refusal]);
    plan.queue.edit('people', 'p1', { mobilePhone: '0470 11 22 33' });
    await plan.queue.savePending();
    expect(plan.written).toEqual([
      { section: 'people', itemId: 'p1', patch: { name: 'Piet', mobilePhone: '0470 11 22 33' } },
    ]);
    expect(plan.status().saveState).toBe('saved');
  });

  it('keeps every edit in order while the file is away, refuses what cannot be kept, and writes them once it is back', async () => {
    const plan = queueOverFakePlan();
    plan.setAway(true);
    plan.queue.edit('people', 'p1', { mobilePhone: '0470 11 22 33' });
    await plan.queue.savePending();
    expect(plan.status()).toMatchObject({ saveState: 'failed', mediaTrouble: { status: 'missing' } });
    plan.queue.keep((queue) => [
      ...queue,
      { kind: 'add', section: 'people', id: 'unsaved-1', data: { name: 'Eline' } },
    ]);
    plan.queue.edit('roles', 'r1', { main: 'unsaved-1' });
    plan.queue.keep((queue) => [...queue, { kind: 'remove', section: 'people', id: 'p2' }]);
    expect(plan.queue.unsaved.map((change) => change.kind)).toEqual(['patch', 'add', 'patch', 'remove']);

    await expect(plan.queue.flush()).rejects.toMatchObject({ code: 'unsaved-changes', params: { count: 4 } });
    const work = vi.fn(async () => 'imported');
    await expect(plan.queue.whileReachable(work)).rejects.toMatchObject({ code: 'unsaved-changes' });
    expect(work).not.toHaveBeenCalled();
    expect(plan.written).toEqual([]);

    plan.setAway(false);
    // Meanwhile the second person went from the plan: that removal is refused, and said.
    const unknown = new ApiError('unknown-item', 'gone', {});
    plan.refuseWith((change) => (change.kind === 'remove' ? unknown : null));
    await plan.queue.retry();
    expect(plan.written).toEqual([
      { kind: 'patch', section: 'people', itemId: 'p1', patch: { mobilePhone: '0470 11 22 33' } },
      { kind: 'add', section: 'people', id: 'unsaved-1', data: { name: 'Eline' } },
      // The role points at the person by the id the plan gave her.
      { kind: 'patch', section: 'roles', itemId: 'r1', patch: { main: 'item-1' } },
    ]);
    expect(plan.replaced).toEqual([['unsaved-1', 'item-1']]);
    expect(plan.status()).toMatchObject({
      saveState: 'saved',
      unsaved: [],
      mediaTrouble: null,
      conflicts: [{ change: { kind: 'remove', id: 'p2' }, problem: { code: 'unknown-item' } }],
    });
    expect(plan.savedAgain()).toBe(1);
    await expect(plan.queue.whileReachable(work)).resolves.toBe('imported');
    plan.queue.dismissConflicts();
    expect(plan.status().conflicts).toEqual([]);
  });

  it('keeps the edits while the file is still away, and says what it found there', async () => {
    const plan = queueOverFakePlan();
    plan.setAway(true);
    await plan.queue.writeNow('people', 'p1', { name: '' });
    await plan.queue.retry();
    expect(plan.status()).toMatchObject({ saveState: 'failed', mediaTrouble: { status: 'missing' } });
    expect(plan.queue.unsaved).toEqual([{ kind: 'patch', section: 'people', itemId: 'p1', patch: { name: '' } }]);
    plan.queue.reset();
    expect(plan.status()).toEqual({ saveState: 'saved', unsaved: [], mediaTrouble: null, conflicts: [] });
  });
});
