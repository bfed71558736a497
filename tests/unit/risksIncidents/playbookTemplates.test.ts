import type { ListRecord } from '../../../src/domain/records';
import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../../src/domain/health';
import { PLAN_LANGUAGES } from '../../../src/domain/organisationKinds';
import { validatePatch } from '../../../src/domain/section';
import {
  CYBER_THREATS,
  STEP_PHASES,
  scenarioStepsSection,
  scenariosSection,
} from '../../../src/domain/sections/scenarios';
import { PLAYBOOK_TEMPLATES, playbookFromTemplate } from '../../../src/domain/templates/playbooks';

const roles: ListRecord<'roles'>[] = [
  { id: 'role-help', name: 'Helpdesk', plan: 'helpdesk' },
  { id: 'role-incident', name: 'Incident lead', plan: 'incident' },
  { id: 'role-recovery', name: 'Recovery lead', plan: 'recovery' },
  { id: 'role-plan', name: 'Plan manager', plan: 'continuity' },
];

describe('the ready-made playbooks', () => {
  it.each(PLAYBOOK_TEMPLATES.map((template) => [template.key, template] as const))(
    '%s ends with validation and then standing down',
    (_key, template) => {
      const phases = template.steps.map((step) => step.phase);
      expect(phases.at(-1)).toBe('deactivation');
      expect(phases.at(-2)).toBe('validation');
      expect(phases[0]).toBe('first-hour');
    },
  );

  it.each(PLAYBOOK_TEMPLATES.map((template) => [template.key, template] as const))(
    '%s lists its steps in the order of the phases',
    (_key, template) => {
      const ranks = template.steps.map((step) => STEP_PHASES.indexOf(step.phase));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    },
  );

  it('contain an attack or a leak before restoring, and remove its cause', () => {
    const cyber = PLAYBOOK_TEMPLATES.filter((template) => CYBER_THREATS.has(template.threat));
    expect(cyber.map((template) => template.key)).toEqual(['ransomware', 'phishing', 'data-breach', 'ddos']);
    for (const template of cyber) {
      const phases = template.steps.map((step) => step.phase);
      expect(phases).toContain('containment');
      expect(phases).toContain('eradication');
    }
  });

  it('start the 72 hours of a personal-data breach at detection and name the decision to notify', () => {
    const breach = PLAYBOOK_TEMPLATES.find((template) => template.key === 'data-breach')!;
    expect(breach.firstHour.en).toMatch(/72 hours/);
    expect(breach.steps.map((step) => step.action.nl).join(' ')).toMatch(
      /toezichthouder \(uiterlijk 72 uur na vaststelling\)/,
    );
  });

  it('are valid scenarios and steps in both languages', () => {
    for (const language of PLAN_LANGUAGES) {
      for (const template of PLAYBOOK_TEMPLATES) {
        const { scenario, steps } = playbookFromTemplate(template, language, roles);
        expect(validatePatch(scenariosSection, scenario)).toMatchObject({ ok: true });
        for (const step of steps)
          expect(validatePatch(scenarioStepsSection, { ...step, scenario: 'sc' })).toMatchObject({ ok: true });
        expect(Object.values(scenario).every((value) => String(value).trim() !== '')).toBe(true);
      }
    }
  });

  it('link each step to the plan role that carries its duty, and leave it open when no role does', () => {
    const { steps } = playbookFromTemplate(
      PLAYBOOK_TEMPLATES.find((t) => t.key === 'ransomware')!,
      'en',
      roles,
    );
    expect(steps.map((step) => step.role)).toEqual([
      'role-help',
      'role-incident',
      '',
      'role-incident',
      'role-recovery',
      'role-recovery',
      'role-plan',
      'role-plan',
    ]);
  });

  it('give a plan a playbook the health check accepts, apart from the roles still to choose', () => {
    const { scenario, steps } = playbookFromTemplate(PLAYBOOK_TEMPLATES[0]!, 'nl', roles);
    const plan = {
      scenarios: [{ id: 'sc', ...scenario }],
      scenarioSteps: steps.map((step, index) => ({ id: `st${index}`, scenario: 'sc', ...step })),
    };
    const rules = collectWarnings(plan, { today: '2026-11-23' })
      .filter((w) => w.step === 'scenarios')
      .map((w) => w.code);
    expect(rules).toEqual(['playbook-step-without-role']);
  });
});
