import { describe, expect, it } from 'vitest';
import type { PlanHealthResult } from '../../src/ipc/contract';
import { handlerHarness } from '../builders/handlerHarness';
import { newPlan } from '../builders/newPlan';

type Item = Record<string, unknown> & { id: string };

const rulesOf = (health: PlanHealthResult) => health.warnings.map((w) => w.code);

describe('risks, playbooks and incidents in a plan file', () => {
  it('keeps a risk, its playbook step, an incident and its review after closing and reopening', async () => {
    const { harness, path } = await newPlan();
    const risk = await harness.ok<Item>('items.add', {
      section: 'risks',
      data: { title: 'Ransomware', threat: 'ransomware', likelihood: '4', impact: '5', services: ['svc-civil'] },
    });
    const scenario = await harness.ok<Item>('items.add', {
      section: 'scenarios',
      data: { title: 'Ransomware', threat: 'ransomware', risks: [risk.id] },
    });
    await harness.ok('items.add', {
      section: 'scenarioSteps',
      data: {
        scenario: scenario.id,
        phase: 'first-hour',
        action: 'Netwerk loskoppelen',
        role: 'role-helpdesk',
        targetMinutes: 15,
      },
    });
    const incident = await harness.ok<Item>('items.add', {
      section: 'incidents',
      data: {
        number: 1,
        title: 'Internetstoring',
        occurredOn: '2026-06-03',
        occurredAt: '08:40',
        level: 'major',
        durationHours: 5.5,
      },
    });
    await harness.ok('items.add', {
      section: 'reviews',
      data: { incident: incident.id, rtoMet: 'some', actualRecoveryHours: 5.5, plansActivated: ['irp', 'bcp'] },
    });
    await harness.ok('section.update', {
      section: 'alarm',
      patch: { escalationRule: 'Als de RTO dreigt overschreden te worden' },
    });
    await harness.ok('plan.close');

    await harness.ok('plan.open', { path });
    expect(await harness.ok<Item[]>('items.list', { section: 'risks' })).toEqual([
      expect.objectContaining({ id: risk.id, likelihood: '4', impact: '5', services: ['svc-civil'] }),
    ]);
    expect(await harness.ok<Item[]>('items.list', { section: 'scenarioSteps' })).toEqual([
      expect.objectContaining({ scenario: scenario.id, targetMinutes: 15, role: 'role-helpdesk' }),
    ]);
    expect(await harness.ok<Item[]>('items.list', { section: 'incidents' })).toEqual([
      expect.objectContaining({ status: 'open', occurredAt: '08:40', durationHours: 5.5 }),
    ]);
    expect(await harness.ok<Item[]>('items.list', { section: 'reviews' })).toEqual([
      expect.objectContaining({ incident: incident.id, rtoMet: 'some', plansActivated: ['irp', 'bcp'] }),
    ]);
    expect(await harness.ok<Record<string, unknown>>('section.get', { section: 'alarm' })).toMatchObject({
      escalationRule: 'Als de RTO dreigt overschreden te worden',
    });
  });

  it('refuses a likelihood outside the 1–5 scale without changing the stored risk', async () => {
    const { harness } = await newPlan();
    const risk = await harness.ok<Item>('items.add', { section: 'risks', data: { title: 'Brand', likelihood: '2' } });
    await harness.fails('invalid-request', 'items.update', {
      section: 'risks',
      id: risk.id,
      patch: { likelihood: '7' },
    });
    expect((await harness.ok<Item[]>('items.list', { section: 'risks' }))[0]).toMatchObject({ likelihood: '2' });
  });
});

describe('the plan health channel', () => {
  it('reports a closed incident until its review is written, and the score goes up', async () => {
    const { harness } = await newPlan();
    const incident = await harness.ok<Item>('items.add', {
      section: 'incidents',
      data: { number: 1, title: 'Stroomuitval', level: 'minor', status: 'closed' },
    });
    const before = await harness.ok<PlanHealthResult>('plan.health');
    expect(before.warnings.find((w) => w.code === 'incident-without-review')).toMatchObject({
      step: 'incidents',
      itemId: incident.id,
      params: { title: '1 Stroomuitval' },
    });

    await harness.ok('items.add', {
      section: 'reviews',
      data: { incident: incident.id, improvements: 'UPS vervangen', planUpdated: true },
    });
    const after = await harness.ok<PlanHealthResult>('plan.health');
    expect(rulesOf(after)).not.toContain('incident-without-review');
    expect(after.score).toBeGreaterThan(before.score);
  });

  it('flags the audit findings in a new, empty plan: no communication to suppliers or residents', async () => {
    const { harness } = await newPlan();
    const health = await harness.ok<PlanHealthResult>('plan.health');
    expect(rulesOf(health)).toEqual(
      expect.arrayContaining(['no-supplier-communication', 'no-citizen-communication', 'no-exercise-within-year']),
    );
    expect(health.score).toBeGreaterThanOrEqual(0);
    expect(health.steps.map((s) => s.step)).toContain('risks');
  });

  it('needs an open plan', async () => {
    const harness = handlerHarness();
    await harness.fails('no-plan-open', 'plan.health');
  });
});
