import { describe, expect, it } from 'vitest';
import { PLAN_LANGUAGES, type PlanLanguage } from '../../src/domain/organisationKinds';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { SECTION_KEYS, findSection } from '../../src/domain/plan';
import { planJsonSchema } from '../../src/domain/planJson';
import { validatePatch } from '../../src/domain/section';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';

/** The example as Paraat loads it: the base file plus every area's file in `<language>/`. */
const readExample = (language: PlanLanguage): unknown => loadExamplePlan(EXAMPLES_DIRECTORY, language);
const asRecords = (content: unknown) =>
  (Array.isArray(content) ? content : content ? [content] : []) as Record<string, unknown>[];

describe.each(PLAN_LANGUAGES)('the %s example plan', (language) => {
  const raw = readExample(language);

  it('is a plan JSON of the current format in its own language', () => {
    const parsed = planJsonSchema.parse(raw);
    expect(parsed.language).toBe(language);
  });

  it('only has sections Paraat knows', () => {
    const { sections } = planJsonSchema.parse(raw);
    expect(Object.keys(sections).filter((key) => !SECTION_KEYS.includes(key))).toEqual([]);
  });

  it('passes every field check of every section', () => {
    const { sections } = planJsonSchema.parse(raw);
    for (const [key, content] of Object.entries(sections)) {
      const section = findSection(key)!;
      expect(Array.isArray(content), `${key} shape`).toBe(section.kind === 'list');
      const records = Array.isArray(content) ? content : [content];
      for (const record of records) {
        const { id: _id, ...fields } = record as Record<string, unknown>;
        const checked = validatePatch(section, fields);
        expect(checked.ok ? [] : checked.problems, `${key}`).toEqual([]);
      }
    }
  });

  it('fills every field of every singleton section, so it shows what a finished plan looks like', () => {
    const { sections } = planJsonSchema.parse(raw);
    for (const key of SECTION_KEYS) {
      const section = findSection(key)!;
      if (section.kind !== 'singleton') continue;
      const record = sections[key] as Record<string, unknown>;
      expect(
        section.fields.map((f) => f.name).filter((name) => !(name in record)),
        key,
      ).toEqual([]);
    }
  });
});

describe('the example plans in both languages', () => {
  it('describe the same organisation with the same numbers and dates', () => {
    const nl = planJsonSchema.parse(readExample('nl')).sections.organisation as Record<string, unknown>;
    const en = planJsonSchema.parse(readExample('en')).sections.organisation as Record<string, unknown>;
    for (const key of [
      'kind',
      'staffCount',
      'siteCount',
      'approvedOn',
      'nextReviewDate',
      'reviewIntervalMonths',
      'planVersion',
    ]) {
      expect(en[key], key).toEqual(nl[key]);
    }
  });

  it('have the same items, numbers, dates, choices and references in Dutch and English: only the words differ', () => {
    const nl = planJsonSchema.parse(readExample('nl')).sections;
    const en = planJsonSchema.parse(readExample('en')).sections;
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl)) {
      const section = findSection(key)!;
      const words = new Set(['text', 'longText']);
      const facts = (content: unknown) =>
        asRecords(content).map((record) => [
          record.id,
          ...section.fields.filter((f) => !words.has(f.widget)).map((f) => record[f.name]),
        ]);
      expect(facts(en[key]), key).toEqual(facts(nl[key]));
    }
  });
});

describe.each(PLAN_LANGUAGES)('the references in the %s example plan', (language) => {
  it('only point at items that exist in the list they name', () => {
    const { sections } = planJsonSchema.parse(readExample(language));
    const dangling: string[] = [];
    for (const [key, content] of Object.entries(sections)) {
      for (const field of findSection(key)!.fields.filter((f) => f.ref)) {
        const ids = new Set(asRecords(sections[field.ref!]).map((item) => item.id));
        for (const record of asRecords(content))
          for (const value of ([] as unknown[]).concat(record[field.name] ?? []).filter((v) => v !== ''))
            if (!ids.has(value)) dangling.push(`${key}.${field.name} → ${String(value)}`);
      }
    }
    expect(dangling).toEqual([]);
  });
});
