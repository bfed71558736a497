import { describe, expect, it } from 'vitest';
import { callChecklist, personTicking } from '../../../src/domain/activation/calls';
import { eventsOf } from '../../../src/domain/activation/events';
import type { LooseItem as Rec } from '../../builders/looseItem';
import { activationView } from '../../../src/domain/activation/index';
import { nextAction } from '../../../src/domain/activation/nextAction';
import { playbookChecklist } from '../../../src/domain/activation/playbook';
import { RECONSTITUTION_KEYS, mayClose, reconstitutionChecklist } from '../../../src/domain/activation/reconstitution';
import { reviewFacts } from '../../../src/domain/activation/review';
import { escalationFor, rtoClocks } from '../../../src/domain/activation/rtoClocks';

const START = '2026-11-23T08:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(START) + minutes * 60_000).toISOString();

let counter = 0;
const event = (
  fields: Partial<Record<'kind' | 'target' | 'person' | 'outcome' | 'by' | 'text', string>> & { minute: number },
): Rec => ({
  id: `event-${++counter}`,
  activation: 'act-1',
  at: at(fields.minute),
  kind: fields.kind ?? 'note',
  target: fields.target ?? '',
  person: fields.person ?? '',
  outcome: fields.outcome ?? '',
  by: fields.by ?? 'Eline',
  text: fields.text ?? '',
});

const roles: Rec[] = [
  { id: 'role-helpdesk', main: 'person-pieter', deputy: 'person-lotte' },
  { id: 'role-lead', main: 'person-eline', deputy: 'person-sofie' },
  { id: 'role-director', main: 'person-jan', deputy: 'person-koen' },
];
const callTree: Rec[] = [
  { id: 'call-1', label: 'Receives the report', role: 'role-helpdesk', fromLevel: 'weak' },
  { id: 'call-2', label: 'First call', role: 'role-lead', fromLevel: 'minor' },
  { id: 'call-3', label: 'In a crisis', role: 'role-director', fromLevel: 'crisis' },
];
const steps: Rec[] = [
  { id: 's1', scenario: 'sc-ransom', action: 'Unplug', role: 'role-helpdesk', targetMinutes: 15 },
  { id: 'p1', scenario: 'sc-power', action: 'Call grid operator', role: 'role-helpdesk', targetMinutes: 15 },
  { id: 's2', scenario: 'sc-ransom', action: 'Restore', role: 'role-lead', targetMinutes: 960 },
  { id: 's3', scenario: 'sc-ransom', action: 'Validate', role: 'role-lead', targetMinutes: 120 },
];
const services: Rec[] = [
  { id: 'svc-civil', rtoHours: 8 },
  { id: 'svc-email', rtoHours: 4 },
  { id: 'svc-web', rtoHours: null },
];

describe('the call checklist', () => {
  it('lists the roles the call tree calls at this level, main contact first', () => {
    const calls = callChecklist({ callTree, roles, level: 'minor', events: [] });
    expect(calls.map((call) => call.roleId)).toEqual(['role-helpdesk', 'role-lead']);
    expect(calls[0]!.current).toMatchObject({ personId: 'person-pieter', kind: 'main' });
  });

  it('shows the deputy as the one to call as soon as the main contact is not reached', () => {
    const events = eventsOf(
      [event({ minute: 2, kind: 'call', target: 'role-helpdesk', person: 'person-pieter', outcome: 'not-reached' })],
      'act-1',
    );
    const [helpdesk] = callChecklist({ callTree, roles, level: 'minor', events });
    expect(helpdesk!.current).toMatchObject({ personId: 'person-lotte', kind: 'deputy' });
    expect(helpdesk!.reached).toBe(false);
  });

  it('is done for a role once someone is reached, and exhausted when nobody could be', () => {
    const events = eventsOf(
      [
        event({ minute: 1, kind: 'call', target: 'role-helpdesk', person: 'person-pieter', outcome: 'reached' }),
        event({ minute: 2, kind: 'call', target: 'role-lead', person: 'person-eline', outcome: 'not-reached' }),
        event({ minute: 3, kind: 'call', target: 'role-lead', person: 'person-sofie', outcome: 'not-reached' }),
      ],
      'act-1',
    );
    const [helpdesk, lead] = callChecklist({ callTree, roles, level: 'minor', events });
    expect(helpdesk).toMatchObject({ reached: true, current: null, exhausted: false });
    expect(lead).toMatchObject({ reached: false, current: null, exhausted: true });
  });

  it('calls the successors in line when main contact and deputy are not reached, and only then', () => {
    const withLine = roles.map((role) =>
      role.id === 'role-lead' ? { ...role, successor: 'person-tom', secondSuccessor: 'person-ann' } : role,
    );
    const notReached = (minute: number, person: string) =>
      event({ minute, kind: 'call', target: 'role-lead', person, outcome: 'not-reached' });
    const lead = (events: Rec[]) =>
      callChecklist({ callTree, roles: withLine, level: 'minor', events: eventsOf(events, 'act-1') })[1]!;
    expect(lead([]).current).toMatchObject({ personId: 'person-eline', kind: 'main' });
    expect(lead([notReached(1, 'person-eline')]).current).toMatchObject({ personId: 'person-sofie', kind: 'deputy' });
    const bothOut = [notReached(1, 'person-eline'), notReached(2, 'person-sofie')];
    expect(lead(bothOut)).toMatchObject({ current: { personId: 'person-tom', kind: 'successor' }, exhausted: false });
    expect(lead([...bothOut, notReached(3, 'person-tom')]).current).toMatchObject({
      personId: 'person-ann',
      kind: 'successor',
    });
    expect(lead([...bothOut, notReached(3, 'person-tom'), notReached(4, 'person-ann')]).exhausted).toBe(true);
    expect(nextAction([lead(bothOut)], [], [])).toMatchObject({ personId: 'person-tom', contactKind: 'successor' });
  });

  it('never offers the person ticking a call to themselves: their role is covered, the next call comes first', () => {
    const [helpdesk, lead] = callChecklist({ callTree, roles, level: 'minor', events: [], ticking: 'person-pieter' });
    expect(helpdesk).toMatchObject({ reached: true, current: null });
    expect(helpdesk!.contacts[0]).toMatchObject({ personId: 'person-pieter', ticking: true, outcome: null });
    expect(nextAction([helpdesk!, lead!], [], [])).toMatchObject({ kind: 'call', roleId: 'role-lead' });
  });

  it('still calls the main contact when the person ticking is the deputy, and not the deputy after', () => {
    const [helpdesk] = callChecklist({ callTree, roles, level: 'minor', events: [], ticking: 'person-lotte' });
    expect(helpdesk).toMatchObject({ reached: false, current: { personId: 'person-pieter' } });
    const events = eventsOf(
      [event({ minute: 2, kind: 'call', target: 'role-helpdesk', person: 'person-pieter', outcome: 'not-reached' })],
      'act-1',
    );
    const [after] = callChecklist({ callTree, roles, level: 'minor', events, ticking: 'person-lotte' });
    expect(after).toMatchObject({ reached: true, current: null, exhausted: false });
  });

  it('knows who is ticking by full name, or by a first name only one person has', () => {
    const people: Rec[] = [
      { id: 'person-eline', name: 'Eline Vermeersch' },
      { id: 'person-an', name: 'An Peeters' },
      { id: 'person-an2', name: 'An de Wit' },
    ];
    expect(personTicking(people, '  eline  ')).toBe('person-eline');
    expect(personTicking(people, 'Eline Vermeersch')).toBe('person-eline');
    expect(personTicking(people, 'an peeters')).toBe('person-an');
    expect(personTicking(people, 'An')).toBeNull();
    expect(personTicking(people, 'Eli')).toBeNull();
    expect(personTicking(people, '')).toBeNull();
  });
});

describe('the playbook checklist', () => {
  it('runs the chosen scenarios in the order chosen, each playbook in its own order', () => {
    const checklist = playbookChecklist({
      scenarioIds: ['sc-ransom', 'sc-power'],
      steps,
      startedAt: START,
      events: [],
    });
    expect(checklist.map((step) => step.stepId)).toEqual(['s1', 's2', 's3', 'p1']);
  });

  it('counts a step late when it is ticked after its target, counted from the previous tick', () => {
    const events = eventsOf(
      [
        event({ minute: 20, kind: 'step', target: 's1', outcome: 'done' }),
        event({ minute: 20 + 900, kind: 'step', target: 's2', outcome: 'done' }),
        event({ minute: 20 + 900 + 150, kind: 'step', target: 's3', outcome: 'done' }),
      ],
      'act-1',
    );
    const checklist = playbookChecklist({ scenarioIds: ['sc-ransom'], steps, startedAt: START, events });
    expect(checklist.map((step) => [step.stepId, step.late])).toEqual([
      ['s1', true],
      ['s2', false],
      ['s3', true],
    ]);
  });

  it('lets a later tick undo an earlier one', () => {
    const events = eventsOf(
      [
        event({ minute: 5, kind: 'step', target: 's1', outcome: 'done' }),
        event({ minute: 6, kind: 'step', target: 's1', outcome: 'skipped' }),
      ],
      'act-1',
    );
    const [first] = playbookChecklist({ scenarioIds: ['sc-ransom'], steps, startedAt: START, events });
    expect(first!.state).toBe('skipped');
  });
});

describe('the next thing to do', () => {
  it('is a call first, then the first unticked step, then reconstitution, then closing', () => {
    const calls = callChecklist({ callTree, roles, level: 'weak', events: [] });
    const checklist = playbookChecklist({ scenarioIds: ['sc-ransom'], steps, startedAt: START, events: [] });
    const recon = reconstitutionChecklist([]);
    expect(nextAction(calls, checklist, recon)).toEqual({
      kind: 'call',
      roleId: 'role-helpdesk',
      personId: 'person-pieter',
      contactKind: 'main',
    });

    const called = eventsOf(
      [
        event({ minute: 1, kind: 'call', target: 'role-helpdesk', person: 'person-pieter', outcome: 'reached' }),
        event({ minute: 3, kind: 'step', target: 's1', outcome: 'done' }),
      ],
      'act-1',
    );
    const afterCalls = callChecklist({ callTree, roles, level: 'weak', events: called });
    const afterStep = playbookChecklist({ scenarioIds: ['sc-ransom'], steps, startedAt: START, events: called });
    expect(nextAction(afterCalls, afterStep, recon)).toEqual({ kind: 'step', stepId: 's2' });

    const allSteps = afterStep.map((step) => ({ ...step, state: 'done' as const }));
    expect(nextAction(afterCalls, allSteps, recon)).toEqual({ kind: 'reconstitution', key: 'validate-data' });
    expect(
      nextAction(
        afterCalls,
        allSteps,
        recon.map((item) => ({ ...item, state: 'done' as const })),
      ),
    ).toEqual({ kind: 'close' });
  });
});

describe('the RTO clocks', () => {
  it('show each service as ok, near from 75 % of its RTO, or exceeded, and stop when it is back', () => {
    const events = eventsOf([event({ minute: 60, kind: 'recovered', target: 'svc-web', outcome: 'done' })], 'act-1');
    const clocks = rtoClocks({
      serviceIds: ['svc-civil', 'svc-email', 'svc-web'],
      services,
      startedAt: START,
      now: at(6.5 * 60),
      events,
    });
    expect(clocks.map((clock) => [clock.serviceId, clock.state])).toEqual([
      ['svc-civil', 'near'],
      ['svc-email', 'exceeded'],
      ['svc-web', 'recovered'],
    ]);
    expect(clocks[2]!.elapsedHours).toBe(1);
    const early = rtoClocks({ serviceIds: ['svc-civil'], services, startedAt: START, now: at(5 * 60), events: [] });
    expect(early[0]!.state).toBe('ok');
  });

  it('prescribe the alarm plan’s escalation: one level up, with the roles the call tree adds there', () => {
    const clocks = rtoClocks({
      serviceIds: ['svc-civil', 'svc-email'],
      services,
      startedAt: START,
      now: at(6.5 * 60),
      events: [],
    });
    const escalation = escalationFor(clocks, 'major', { escalationRule: 'Call the director.' }, callTree);
    expect(escalation).toEqual({
      serviceIds: ['svc-email', 'svc-civil'],
      toLevel: 'crisis',
      rule: 'Call the director.',
      rolesToCall: ['role-director'],
    });
    const calm = rtoClocks({ serviceIds: ['svc-civil'], services, startedAt: START, now: at(60), events: [] });
    expect(escalationFor(calm, 'major', undefined, callTree)).toBeNull();
  });
});

describe('reconstitution', () => {
  it('allows closing only when every item is done or explicitly skipped', () => {
    const partly = eventsOf(
      RECONSTITUTION_KEYS.slice(1).map((key, i) =>
        event({ minute: i, kind: 'reconstitution', target: key, outcome: 'done' }),
      ),
      'act-1',
    );
    expect(mayClose(reconstitutionChecklist(partly))).toBe(false);
    const all = eventsOf(
      [
        ...partly.map((e): Rec => ({ ...e, activation: 'act-1' })),
        event({ minute: 30, kind: 'reconstitution', target: 'validate-data', outcome: 'skipped' }),
      ],
      'act-1',
    );
    expect(mayClose(reconstitutionChecklist(all))).toBe(true);
  });
});

describe('the review pre-fill', () => {
  it('gives each service’s recovery time against its RTO, and the late and skipped steps', () => {
    const stored = [
      event({ minute: 20, kind: 'step', target: 's1', outcome: 'done' }),
      event({ minute: 5 * 60, kind: 'recovered', target: 'svc-email', outcome: 'done' }),
      event({ minute: 6 * 60, kind: 'step', target: 's2', outcome: 'skipped' }),
      event({ minute: 7 * 60, kind: 'reconstitution', target: 'declare-recovery', outcome: 'done' }),
    ];
    const activation: Rec = {
      id: 'act-1',
      level: 'major',
      startedAt: START,
      scenarios: ['sc-ransom'],
      incident: 'inc-1',
    };
    const view = activationView(
      activation,
      {
        activationEvents: stored,
        callTree,
        roles,
        scenarios: [{ id: 'sc-ransom', services: ['svc-civil', 'svc-email'] }],
        scenarioSteps: steps,
        services,
        incidents: [{ id: 'inc-1', affectedServices: ['svc-web'] }],
        alarm: undefined,
        notificationDuties: [],
        playbookChecks: [],
      },
      at(8 * 60),
    );
    const facts = reviewFacts({
      startedAt: START,
      events: view.events,
      serviceIds: view.serviceIds,
      services,
      steps: view.steps,
      checks: view.checks,
      calls: view.calls,
      notifications: view.notifications,
    });
    expect(facts.recovery).toEqual([
      { serviceId: 'svc-civil', rtoHours: 8, recoveryHours: 7, withinRto: true },
      { serviceId: 'svc-email', rtoHours: 4, recoveryHours: 5, withinRto: false },
      { serviceId: 'svc-web', rtoHours: null, recoveryHours: 7, withinRto: null },
    ]);
    expect(facts.actualRecoveryHours).toBe(7);
    expect(facts.rtoMet).toBe('some');
    expect(facts.late.map((step) => step.stepId)).toEqual(['s1']);
    expect(facts.skipped.map((step) => step.stepId)).toEqual(['s2']);
    expect(facts.notDone.map((step) => step.stepId)).toEqual(['s3']);
    expect(facts.timeline).toHaveLength(4);
  });

  it('judges no service that was never reported as working again against its RTO', () => {
    const facts = reviewFacts({
      startedAt: START,
      events: [],
      serviceIds: ['svc-email'],
      services,
      steps: [],
      checks: [],
      calls: [],
      notifications: [],
    });
    expect(facts.recovery).toEqual([{ serviceId: 'svc-email', rtoHours: 4, recoveryHours: null, withinRto: null }]);
    expect(facts.actualRecoveryHours).toBeNull();
    expect(facts.rtoMet).toBe('');
  });
});
