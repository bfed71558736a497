import type { ListRecord } from '../../src/domain/records';
import { describe, expect, it } from 'vitest';
import { type PlanLists, activationView } from '../../src/domain/activation/index';
import {
  type UnsavedChange,
  countChanges,
  overlayList,
  withAdd,
  withPatch,
  withRealId,
} from '../../src/renderer/store/unsavedChanges';

const make = (data: Record<string, unknown>, id: string) => ({ ...data, id });

const activation: ListRecord<'activations'> = {
  id: 'act-1',
  kind: 'exercise',
  level: 'major',
  scenarios: ['scn-1'],
  startedAt: '2026-11-29T08:00:00.000Z',
  status: 'active',
};
const lists: PlanLists = {
  activationEvents: [],
  callTree: [],
  roles: [],
  scenarios: [{ id: 'scn-1', title: 'Ransomware' }],
  scenarioSteps: [
    { id: 'st-1', scenario: 'scn-1', action: 'Toestellen van het netwerk halen', targetMinutes: 10 },
    { id: 'st-2', scenario: 'scn-1', action: 'Crisisteam samenroepen', targetMinutes: 10 },
  ],
  services: [],
  incidents: [],
  alarm: {},
  notificationDuties: [],
  playbookChecks: [],
};
const tick = (at: string, target: string) => ({
  activation: 'act-1',
  at,
  kind: 'step',
  target,
  outcome: 'done',
  by: 'Eline',
  text: target,
});

describe('ticks kept while the plan file is away', () => {
  it('show as done at the time they were ticked, and stay on time when the window writes them an hour later', () => {
    let queue: UnsavedChange[] = withAdd([], 'activationEvents', 'unsaved-1', tick('2026-11-29T08:05:00.000Z', 'st-1'));
    queue = withPatch(queue, 'activations', 'act-1', { cause: 'Phishingmail' });
    queue = withAdd(queue, 'activationEvents', 'unsaved-2', tick('2026-11-29T08:25:00.000Z', 'st-2'));
    const later = '2026-11-29T09:30:00.000Z';

    const view = activationView(
      activation,
      { ...lists, activationEvents: overlayList(queue, 'activationEvents', [], make) },
      later,
    );
    // The second step was due ten minutes after the first: ticked at 08:25 it is late, whenever it is saved.
    expect(view.steps.map((step) => [step.stepId, step.state, step.at, step.late])).toEqual([
      ['st-1', 'done', '2026-11-29T08:05:00.000Z', false],
      ['st-2', 'done', '2026-11-29T08:25:00.000Z', true],
    ]);

    // The first tick is written and gets its id from the plan: what follows keeps its own time and place.
    const [, ...rest] = queue;
    expect(withRealId(rest, 'unsaved-1', 'ev-9')).toEqual([
      { kind: 'patch', section: 'activations', itemId: 'act-1', patch: { cause: 'Phishingmail' } },
      { kind: 'add', section: 'activationEvents', id: 'unsaved-2', data: tick('2026-11-29T08:25:00.000Z', 'st-2') },
    ]);
  });

  it('merges a field typed again between two ticks into its first edit, counted once, and keeps the ticks in order', () => {
    let queue: UnsavedChange[] = withPatch([], 'activations', 'act-1', { cause: 'Phish' });
    queue = withAdd(queue, 'activationEvents', 'unsaved-1', tick('2026-11-29T08:05:00.000Z', 'st-1'));
    queue = withPatch(queue, 'activations', 'act-1', { cause: 'Phishingmail' });
    queue = withAdd(queue, 'activationEvents', 'unsaved-2', tick('2026-11-29T08:09:00.000Z', 'st-2'));
    expect(queue.map((change) => (change.kind === 'add' ? change.id : change.kind))).toEqual([
      'patch',
      'unsaved-1',
      'unsaved-2',
    ]);
    expect(countChanges(queue)).toBe(3);
  });

  it('writes a value that points at an item added later after that item, not merged into an earlier edit', () => {
    let queue: UnsavedChange[] = withPatch([], 'roles', 'role-1', { name: 'Helpdesk' });
    queue = withAdd(queue, 'people', 'unsaved-1', { name: 'Lotte Janssens' });
    queue = withPatch(queue, 'roles', 'role-1', { deputy: 'unsaved-1' });
    expect(queue.map((change) => change.kind)).toEqual(['patch', 'add', 'patch']);
    // Once Lotte is written, the role's deputy points at her real id.
    expect(withRealId(queue.slice(2), 'unsaved-1', 'person-7')).toEqual([
      { kind: 'patch', section: 'roles', itemId: 'role-1', patch: { deputy: 'person-7' } },
    ]);
  });
});
