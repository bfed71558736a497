import { describe, expect, it } from 'vitest';
import {
  type UnsavedChange,
  countChanges,
  overlayList,
  overlaySingleton,
  withAdd,
  withMove,
  withPatch,
  withRealId,
  withRemove,
} from '../../src/renderer/store/unsavedChanges';

const make = (data: Record<string, unknown>, id: string) => ({ ...data, id });

describe('the edits a window keeps while its plan file is away', () => {
  it('counts each field once however often it was typed, and each add, removal and move', () => {
    let queue: UnsavedChange[] = [];
    queue = withPatch(queue, 'organisation', null, { address: 'Markt 1' });
    queue = withPatch(queue, 'organisation', null, { address: 'Markt 12', staffCount: 120 });
    queue = withAdd(queue, 'people', 'unsaved-1', { name: 'Eline' });
    queue = withPatch(queue, 'people', 'unsaved-1', { mobilePhone: '0470' });
    queue = withRemove(queue, 'people', 'p2');
    queue = withMove(queue, 'people', 'p3', 0);
    expect(countChanges(queue)).toBe(5);
    expect(queue[0]).toEqual({
      kind: 'patch',
      section: 'organisation',
      itemId: null,
      patch: { address: 'Markt 12', staffCount: 120 },
    });
    expect(queue[1]).toEqual({
      kind: 'add',
      section: 'people',
      id: 'unsaved-1',
      data: { name: 'Eline', mobilePhone: '0470' },
    });
  });

  it('keeps values typed after a move of the same item after that move, so they are written in the order made', () => {
    let queue = withPatch([], 'people', 'p1', { name: 'A' });
    queue = withMove(queue, 'people', 'p1', 3);
    queue = withPatch(queue, 'people', 'p1', { name: 'B' });
    expect(queue.map((change) => change.kind)).toEqual(['patch', 'move', 'patch']);
  });

  it('takes back the add of an item removed before it was ever written, writing nothing for it', () => {
    let queue = withAdd([], 'people', 'unsaved-1', { name: 'Eline' });
    queue = withPatch(queue, 'people', 'unsaved-1', { name: 'Eline V.' });
    queue = withRemove(queue, 'people', 'unsaved-1');
    expect(queue).toEqual([]);
  });

  it('points later changes and references to an added item at the id the plan gave it', () => {
    let queue = withAdd([], 'people', 'unsaved-1', { name: 'Eline' });
    queue = withPatch(queue, 'roles', 'r1', { mainContact: 'unsaved-1', deputies: ['p9', 'unsaved-1'] });
    queue = withMove(queue, 'people', 'unsaved-1', 0);
    const [, ...rest] = queue;
    expect(withRealId(rest, 'unsaved-1', 'real-1')).toEqual([
      { kind: 'patch', section: 'roles', itemId: 'r1', patch: { mainContact: 'real-1', deputies: ['p9', 'real-1'] } },
      { kind: 'move', section: 'people', id: 'real-1', toIndex: 0 },
    ]);
  });

  it('shows data read again from the plan with the kept edits over it, as the user left them', () => {
    let queue = withPatch([], 'organisation', null, { address: 'Markt 1' });
    queue = withAdd(queue, 'people', 'unsaved-1', { name: 'Eline' });
    queue = withRemove(queue, 'people', 'p1');
    queue = withPatch(queue, 'people', 'p2', { name: 'Jan D.' });
    queue = withMove(queue, 'people', 'unsaved-1', 0);
    expect(overlaySingleton(queue, 'organisation', { name: 'Beekzande', address: '' })).toEqual({
      name: 'Beekzande',
      address: 'Markt 1',
    });
    const people = overlayList(queue, 'people', [make({ name: 'Piet' }, 'p1'), make({ name: 'Jan' }, 'p2')], make);
    expect(people).toEqual([make({ name: 'Eline' }, 'unsaved-1'), make({ name: 'Jan D.' }, 'p2')]);
  });
});
