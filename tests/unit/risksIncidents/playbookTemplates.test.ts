import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../../src/domain/health';
import { PLAN_LANGUAGES } from '../../../src/domain/organisationKinds';
import { validatePatch } from '../../../src/domain/section';
import { scenarioStepsSection, scenariosSection } from '../../../src/domain/sections/scenarios';
import { PLAYBOOK_TEMPLATES, playbookFromTemplate } from '../../../src/domain/templates/playbooks';

const roles = [
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
