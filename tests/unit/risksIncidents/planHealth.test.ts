import { describe, expect, it } from 'vitest';
import { collectWarnings, planHealth, type PlanSnapshot } from '../../../src/domain/health';
import { findSection } from '../../../src/domain/plan';
import { loadExamplePlan } from '../../../src/ipc/handlers';
import { EXAMPLES_DIRECTORY } from '../../builders/handlerHarness';

const today = '2026-11-23';
const context = { today };

/** A plan with nothing to complain about in the risks-and-incidents steps; tests change one thing. */
function healthyPlan(): PlanSnapshot {
  return {
    organisation: [{ name: 'Beekzande', kind: 'municipality-flanders', nextReviewDate: '2027-09-15' }],
    risks: [
      {
        id: 'risk-ransom',
        title: 'Ransomware',
        threat: 'ransomware',
        likelihood: '3',
        impact: '5',
        measures: 'Offline backups',
        measureOwner: 'person-eline',
        measureStatus: 'in-progress',
      },
    ],
    scenarios: [
      {
        id: 'sc-ransom',
        title: 'Ransomware',
        threat: 'ransomware',
        risks: ['risk-ransom'],
        validation: 'Check the registry',
        deactivation: 'Tell staff',
      },
    ],
    scenarioSteps: [
      { id: 'st-1', scenario: 'sc-ransom', action: 'Disconnect the network', role: 'role-irp', phase: 'first-hour' },
      { id: 'st-c', scenario: 'sc-ransom', action: 'Block the accounts used', role: 'role-irp', phase: 'containment' },
    ],
    communication: [
      { id: 'c-staff', audience: 'staff', fallbackChannels: ['sms'] },
      { id: 'c-res', audience: 'residents', fallbackChannels: ['website'] },
      { id: 'c-sup', audience: 'suppliers', fallbackChannels: ['phone'] },
      { id: 'c-dpa', audience: 'dpa', fallbackChannels: ['letter'] },
    ],
    exercises: [{ id: 'ex-1', title: 'Restore test', plannedOn: '2026-05-01', doneOn: '2026-05-02' }],
    incidents: [],
    reviews: [],
    notificationDuties: [
      { id: 'duty-vtc', kind: 'data-protection', notificationHours: 72, fallbackChannel: 'By phone' },
      { id: 'duty-ccb', kind: 'csirt', earlyWarningHours: 24, fallbackChannel: 'By phone' },
    ],
  };
}

const rules = (plan: PlanSnapshot) => collectWarnings(plan, context).map((w) => w.code);

describe('plan health warnings for risks, playbooks, tests and incidents', () => {
  it('finds nothing to flag in a plan that has all of it', () => {
    expect(
      collectWarnings(healthyPlan(), context).filter(
        (w) => w.section !== 'distribution' && w.section !== 'services' && w.section !== 'systems',
      ),
    ).toEqual([]);
  });

  it('flags a risk without measures and points at its measures field', () => {
    const plan = healthyPlan();
    plan.risks = [{ ...plan.risks![0]!, measures: '  ' }];
    const warning = collectWarnings(plan, context).find((w) => w.code === 'risk-without-measures');
    expect(warning).toMatchObject({
      step: 'risks',
      section: 'risks',
      itemId: 'risk-ransom',
      field: 'measures',
      params: { title: 'Ransomware' },
    });
  });

  it('flags a high risk that no playbook covers, by reference or by threat', () => {
    const plan = healthyPlan();
    plan.scenarios = [];
    plan.scenarioSteps = [];
    expect(rules(plan)).toContain('severe-risk-without-playbook');
    plan.scenarios = [{ id: 'sc', title: 'Generic', threat: 'ransomware', validation: 'x', deactivation: 'y' }];
    expect(rules(plan)).not.toContain('severe-risk-without-playbook');
  });

  it('does not ask a playbook for a low risk', () => {
    const plan = healthyPlan();
    plan.risks = [{ ...plan.risks![0]!, likelihood: '1', impact: '2' }];
    plan.scenarios = [];
    expect(rules(plan)).not.toContain('severe-risk-without-playbook');
  });

  it('flags a playbook without steps, and one that stops before validation and standing down', () => {
    const plan = healthyPlan();
    plan.scenarioSteps = [];
    plan.scenarios = [{ ...plan.scenarios![0]!, validation: '', deactivation: '' }];
    expect(rules(plan)).toEqual(
      expect.arrayContaining([
        'scenario-without-steps',
        'scenario-without-validation',
        'scenario-without-deactivation',
      ]),
    );
  });

  it('accepts validation written as a step of the playbook', () => {
    const plan = healthyPlan();
    plan.scenarios = [{ ...plan.scenarios![0]!, validation: '' }];
    plan.scenarioSteps = [
      ...plan.scenarioSteps!,
      { id: 'st-2', scenario: 'sc-ransom', action: 'Test the registry', role: 'role-irp', phase: 'validation' },
    ];
    expect(rules(plan)).not.toContain('scenario-without-validation');
  });

  it('flags an overdue exercise, a year without exercise, an overdue follow-up and an overdue plan review', () => {
    const plan = healthyPlan();
    plan.exercises = [
      {
        id: 'old',
        title: 'Tabletop',
        plannedOn: '2025-03-01',
        doneOn: '2025-03-01',
        followUp: 'Buy a UPS',
        followUpDue: '2025-06-01',
        followUpDone: false,
      },
      { id: 'late', title: 'Restore test', plannedOn: '2026-10-01', doneOn: '' },
    ];
    plan.organisation = [{ ...plan.organisation![0]!, nextReviewDate: '2026-09-15' }];
    const warnings = collectWarnings(plan, context);
    expect(warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining([
        'exercise-overdue',
        'no-exercise-within-year',
        'follow-up-overdue',
        'plan-review-overdue',
      ]),
    );
    expect(warnings.find((w) => w.code === 'plan-review-overdue')).toMatchObject({
      step: 'organisation',
      field: 'nextReviewDate',
    });
  });

  it('flags a closed incident until a review points at it', () => {
    const plan = healthyPlan();
    plan.incidents = [
      { id: 'inc-1', number: 1, title: 'Internet down', status: 'closed' },
      { id: 'inc-2', number: 2, title: 'Still busy', status: 'open' },
    ];
    expect(
      collectWarnings(plan, context)
        .filter((w) => w.code === 'incident-without-review')
        .map((w) => w.itemId),
    ).toEqual(['inc-1']);
    plan.reviews = [{ id: 'rev-1', incident: 'inc-1', improvements: 'x' }];
    expect(rules(plan)).not.toContain('incident-without-review');
  });

  it('flags communication without a channel for when e-mail and phones are down', () => {
    const plan = healthyPlan();
    plan.communication = plan.communication!.map((c) => (c.audience === 'staff' ? { ...c, fallbackChannels: [] } : c));
    expect(collectWarnings(plan, context).find((w) => w.code === 'communication-without-fallback')).toMatchObject({
      itemId: 'c-staff',
      params: { audience: 'staff' },
    });
  });

  it('copes with a plan that has none of these sections at all', () => {
    expect(() => collectWarnings({}, context)).not.toThrow();
    expect(rules({})).toEqual(expect.arrayContaining(['no-exercise-within-year', 'no-staff-communication']));
  });

  it('lists the most serious warnings first', () => {
    const severities = collectWarnings({}, context).map((w) => w.severity);
    expect(severities).toEqual(
      [...severities].sort((a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b)),
    );
  });
});

describe('the audit findings of the domain brief', () => {
  it('flags missing communication to suppliers and to residents', () => {
    const plan = healthyPlan();
    plan.communication = plan.communication!.filter((c) => c.audience === 'staff');
    const warnings = collectWarnings(plan, context);
    expect(warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['no-supplier-communication', 'no-citizen-communication']),
    );
    expect(warnings.find((w) => w.code === 'no-citizen-communication')?.message).toMatch(/noResidentCommunication$/);
  });

  it('speaks of customers for a company', () => {
    const plan = healthyPlan();
    plan.organisation = [{ kind: 'company' }];
    plan.communication = [];
    expect(collectWarnings(plan, context).find((w) => w.code === 'no-citizen-communication')?.message).toMatch(
      /noCustomerCommunication$/,
    );
  });

  it('flags a service without RTO or RPO', () => {
    const rto = findSection('services')!.fields.find((f) => /^rto/i.test(f.name))!.name;
    const rpo = findSection('services')!.fields.find((f) => /^rpo/i.test(f.name))!.name;
    const plan = {
      ...healthyPlan(),
      services: [{ id: 'service-civil', name: 'Civil registry', [rto]: 8, [rpo]: null }],
    };
    const warnings = collectWarnings(plan, context).filter(
      (w) => w.section === 'services' && w.code.startsWith('service-without-'),
    );
    expect(warnings.map((w) => [w.code, w.field])).toEqual([['service-without-rpo', rpo]]);
  });

  it('flags a system that no service with an RTO needs and that has no priority', () => {
    const services = findSection('services')!;
    const rto = services.fields.find((f) => /^rto/i.test(f.name))!.name;
    const uses = services.fields.find((f) => f.ref === 'systems')!.name;
    const plan = {
      ...healthyPlan(),
      services: [{ id: 'service-civil', name: 'Civil registry', [rto]: 8, [uses]: ['system-civil'] }],
      systems: [
        { id: 'system-civil', name: 'Civil registry software' },
        { id: 'system-old', name: 'Old fax server' },
      ],
    };
    expect(
      collectWarnings(plan, context)
        .filter((w) => w.code === 'system-not-prioritised')
        .map((w) => w.itemId),
    ).toEqual(['system-old']);
  });

  it('flags a plan of which nobody holds a copy on paper or USB', () => {
    const form = findSection('distribution')!.fields.find((f) => f.options?.includes('paper'))!.name;
    const plan = { ...healthyPlan(), distribution: [{ id: 'd1', [form]: 'other' }] };
    expect(rules(plan)).toContain('no-offline-copy');
    plan.distribution = [{ id: 'd1', [form]: 'paper' }];
    expect(rules(plan)).not.toContain('no-offline-copy');
  });
});

describe('the plan health score', () => {
  it('rises when a warning is resolved', () => {
    const plan = healthyPlan();
    plan.risks = [{ ...plan.risks![0]!, measures: '' }];
    const before = planHealth(plan, context);
    plan.risks = [{ ...plan.risks[0]!, measures: 'Offline backups' }];
    const after = planHealth(plan, context);
    expect(after.warnings.length).toBeLessThan(before.warnings.length);
    expect(after.score).toBeGreaterThan(before.score);
  });

  it('is between 0 and 100 even for an empty plan full of warnings, and reports each step', () => {
    const health = planHealth({}, context);
    expect(health.score).toBeGreaterThanOrEqual(0);
    expect(health.score).toBeLessThanOrEqual(100);
    expect(health.completeness).toBe(0);
    expect(health.steps.find((s) => s.step === 'health')?.status).toBe('derived');
    expect(health.steps.find((s) => s.step === 'risks')?.status).toBe('empty');
  });

  it('counts a step with content as partly or fully complete', () => {
    const health = planHealth(healthyPlan(), context);
    expect(health.steps.find((s) => s.step === 'risks')?.status).toBe('complete');
    expect(health.steps.find((s) => s.step === 'scenarios')?.status).toBe('partial');
    expect(health.completeness).toBeGreaterThan(0);
  });
});

describe('escalation of an open incident', () => {
  it('asks to escalate once an open incident lasts as long as the RTO of a service it affects', () => {
    const rto = findSection('services')!.fields.find((f) => /^rto/i.test(f.name))!.name;
    const plan = {
      services: [
        { id: 'svc-civil', name: 'Burgerzaken', [rto]: 4 },
        { id: 'svc-web', name: 'Website', [rto]: 48 },
      ],
      incidents: [
        {
          id: 'inc',
          number: 3,
          title: 'Internet plat',
          status: 'open',
          durationHours: 3,
          affectedServices: ['svc-civil', 'svc-web'],
        },
      ],
    };
    expect(collectWarnings(plan, context).map((w) => w.code)).not.toContain('open-incident-past-rto');
    plan.incidents[0]!.durationHours = 4;
    expect(collectWarnings(plan, context).find((w) => w.code === 'open-incident-past-rto')).toMatchObject({
      severity: 'high',
      itemId: 'inc',
      params: { services: 'Burgerzaken' },
    });
    plan.incidents[0]!.status = 'closed';
    expect(collectWarnings(plan, context).map((w) => w.code)).not.toContain('open-incident-past-rto');
  });
});

describe('lessons and an empty incident log', () => {
  it('asks to put the lessons of a review in the plan, or give them a due date', () => {
    const plan = {
      incidents: [{ id: 'i', number: 1, title: 'Storing', status: 'closed' }],
      reviews: [{ id: 'r', incident: 'i', improvements: 'UPS', planUpdated: false, improvementsDue: '' }],
    };
    expect(collectWarnings(plan, context).find((w) => w.code === 'review-lessons-not-in-plan')).toMatchObject({
      itemId: 'r',
      params: { title: '1 Storing' },
    });
    plan.reviews[0]!.improvementsDue = '2027-01-31';
    expect(collectWarnings(plan, context).map((w) => w.code)).not.toContain('review-lessons-not-in-plan');
  });

  it('does not count an empty incident log as a gap: the complete example without incidents is still complete', () => {
    const example = loadExamplePlan(EXAMPLES_DIRECTORY, 'nl');
    const snapshot = Object.fromEntries(
      Object.entries(example.sections).map(([key, value]) => [key, Array.isArray(value) ? value : [value]]),
    );
    const complete = planHealth(snapshot, context).completeness;
    const withoutIncidents = planHealth({ ...snapshot, incidents: [], reviews: [] }, context);
    expect(withoutIncidents.steps.find((s) => s.step === 'incidents')?.status).toBe('empty');
    expect(withoutIncidents.completeness).toBe(complete);
  });
});

describe('the data protection authority', () => {
  it('must be in the communication plan, urgently once an incident involves personal data', () => {
    const noDpa = healthyPlan();
    noDpa.communication = noDpa.communication!.filter((c) => c.audience !== 'dpa');
    noDpa.notificationDuties = [];
    expect(collectWarnings(noDpa, context).find((w) => w.code === 'no-dpa-communication')?.severity).toBe('low');
    noDpa.incidents = [{ id: 'leak', number: 4, title: 'Verloren laptop', personalData: true }];
    expect(collectWarnings(noDpa, context).find((w) => w.code === 'personal-data-without-dpa')).toMatchObject({
      severity: 'high',
      itemId: 'leak',
    });
    noDpa.communication = healthyPlan().communication!;
    expect(collectWarnings(noDpa, context).map((w) => w.code)).not.toEqual(
      expect.arrayContaining(['personal-data-without-dpa']),
    );
    expect(collectWarnings(noDpa, context).map((w) => w.code)).not.toContain('no-dpa-communication');
  });

  it('is told in time through a notification duty to a data-protection authority, which says when and how', () => {
    const plan = healthyPlan();
    plan.communication = plan.communication!.filter((c) => c.audience !== 'dpa');
    plan.notificationDuties = [{ id: 'csirt', authority: 'NCSC', kind: 'csirt', notificationHours: 72 }];
    expect(collectWarnings(plan, context).map((w) => w.code)).toContain('no-dpa-communication');
    plan.notificationDuties = [
      { id: 'ap', authority: 'Autoriteit Persoonsgegevens', kind: 'data-protection', notificationHours: 72 },
    ];
    expect(collectWarnings(plan, context).map((w) => w.code)).not.toContain('no-dpa-communication');
  });
});
