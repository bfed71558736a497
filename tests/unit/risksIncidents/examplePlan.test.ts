import { describe, expect, it } from 'vitest';
import { risksIncidentsArea } from '../../../src/domain/areas/risksIncidents';
import { collectWarnings } from '../../../src/domain/health';
import { loadExamplePlan } from '../../../src/ipc/handlers';
import { EXAMPLES_DIRECTORY } from '../../builders/handlerHarness';

const nl = loadExamplePlan(EXAMPLES_DIRECTORY, 'nl');
const en = loadExamplePlan(EXAMPLES_DIRECTORY, 'en');
const asList = (content: unknown) => (Array.isArray(content) ? content : [content]) as Record<string, unknown>[];

describe('the example plan for risks, playbooks, alarm, communication, tests and incidents', () => {
  it('fills every section of these steps in both languages', () => {
    for (const section of risksIncidentsArea.sections) {
      expect(asList(nl.sections[section.key]).length, section.key).toBeGreaterThan(0);
      expect(asList(en.sections[section.key]).length, section.key).toBeGreaterThan(0);
    }
  });

  it('gives three playbooks that end in validation and standing down, and a reviewed incident', () => {
    const warnings = collectWarnings(nl.sections as never, { today: '2026-11-23' });
    const rules = warnings.map((w) => w.code);
    for (const rule of [
      'scenario-without-steps',
      'scenario-without-validation',
      'scenario-without-deactivation',
      'severe-risk-without-playbook',
      'incident-without-review',
      'no-supplier-communication',
      'no-citizen-communication',
    ]) {
      expect(rules, rule).not.toContain(rule);
    }
    expect(warnings.find((w) => w.code === 'exercise-overdue')?.itemId).toBe('exercise-tabletop-2026');
  });
});
