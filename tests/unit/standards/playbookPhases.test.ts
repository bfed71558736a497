import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../../src/domain/health';
import type { PlanSnapshot } from '../../../src/domain/healthTypes';

const CODES = ['cyber-playbook-without-containment', 'playbook-step-out-of-phase-order'];
const findings = (plan: PlanSnapshot) =>
  collectWarnings(plan, { today: '2026-12-06' }).filter((finding) => CODES.includes(finding.code));

const step = (id: string, scenario: string, phase: string) => ({ id, scenario, phase, action: `Step ${id}` });

describe('playbook phases', () => {
  it('asks a playbook for an attack or a leak to contain it, but not a power outage', () => {
    const plan = {
      scenarios: [
        { id: 'sc-phish', title: 'Phishing', threat: 'phishing' },
        { id: 'sc-power', title: 'Power', threat: 'power' },
      ],
      scenarioSteps: [step('a', 'sc-phish', 'first-hour'), step('b', 'sc-power', 'recovery')],
    };
    expect(findings(plan)).toEqual([
      expect.objectContaining({
        code: 'cyber-playbook-without-containment',
        severity: 'medium',
        section: 'scenarios',
        itemId: 'sc-phish',
        params: { title: 'Phishing' },
      }),
    ]);
    const contained = { ...plan, scenarioSteps: [...plan.scenarioSteps, step('c', 'sc-phish', 'containment')] };
    expect(findings(contained)).toEqual([]);
  });

  it('flags a step listed after a step of a later phase of the same playbook', () => {
    const plan = {
      scenarios: [
        { id: 'sc-1', title: 'One', threat: 'ransomware' },
        { id: 'sc-2', title: 'Two', threat: 'power' },
      ],
      scenarioSteps: [
        step('a', 'sc-1', 'first-hour'),
        step('b', 'sc-1', 'recovery'),
        // another playbook's early step in between does not count against sc-1
        step('c', 'sc-2', 'first-hour'),
        step('d', 'sc-1', 'containment'),
        step('e', 'sc-1', ''),
        step('f', 'sc-1', 'validation'),
      ],
    };
    expect(findings(plan)).toEqual([
      expect.objectContaining({
        code: 'playbook-step-out-of-phase-order',
        severity: 'low',
        section: 'scenarioSteps',
        itemId: 'd',
        field: 'phase',
        params: { title: 'Step d' },
      }),
    ]);
  });
});
