import { describe, expect, it } from 'vitest';
import { risksIncidentsArea } from '../../../src/domain/areas/risksIncidents';
import { collectWarnings } from '../../../src/domain/health';
import { findSection } from '../../../src/domain/plan';
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

  it('has the same items, numbers, dates, choices and references in Dutch and English', () => {
    for (const section of risksIncidentsArea.sections) {
      const facts = (content: unknown) =>
        asList(content).map((record) =>
          Object.fromEntries(
            section.fields
              .filter((f) => !['text', 'longText'].includes(f.widget))
              .map((f) => [f.name, record[f.name]])
              .concat([['id', record.id]]),
          ),
        );
      expect(facts(en.sections[section.key]), section.key).toEqual(facts(nl.sections[section.key]));
    }
  });

  it('only refers to items that exist, where the example holds the target list', () => {
    for (const section of risksIncidentsArea.sections) {
      for (const record of asList(nl.sections[section.key])) {
        for (const field of section.fields.filter((f) => f.ref)) {
          const target = nl.sections[field.ref!];
          if (!Array.isArray(target) || !findSection(field.ref!)) continue;
          const ids = new Set(target.map((item) => item.id));
          const values = ([] as unknown[]).concat(record[field.name] ?? []).filter((v) => v !== '');
          for (const value of values)
            expect(ids.has(String(value)), `${section.key}.${field.name} → ${String(value)}`).toBe(true);
        }
      }
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
