import { describe, expect, it } from 'vitest';
import type { CatalogueTree } from '../../src/i18n/areas/area';
import { catalogueEntry, catalogues } from '../../src/i18n/catalogues';
import { fillTemplate, placeholderMarkers, placeholdersIn } from '../../src/domain/rules/templates';
import { exportTranslator } from '../../src/export/translator';
import { loadExamplePlan } from '../../src/storage/examplePlan';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';

function entries(tree: CatalogueTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}

const dutch = entries(catalogues.nl);

describe('the Dutch wording', () => {
  it('addresses the user as “u” in every context, never “je” or “jouw”', () => {
    const informal = dutch.filter(([, text]) => /\b(je|jij|jou|jouw|jullie)\b/i.test(text));
    expect(informal).toEqual([]);
  });

  it('has one word for a thing: “herstart”, and “afdeling” for a department in every wording context', () => {
    expect(dutch.filter(([, text]) => /heropstart/i.test(text))).toEqual([]);
    const departments = dutch.filter(
      ([key]) => key.startsWith('fields.departments.') || key.startsWith('lists.departments.'),
    );
    expect(departments.filter(([, text]) => /\bdienst\b/i.test(text) && !/diensten en processen/i.test(text))).toEqual(
      [],
    );
    expect(departments.filter(([key]) => /_(flanders|netherlands|be|nl)$/.test(key))).toEqual([]);
  });

  it('names the scenarios list and its ready-made add button with the same word', () => {
    expect(catalogueEntry(catalogues.nl, 'lists.scenarios.add')).toMatch(/scenario/i);
    expect(catalogueEntry(catalogues.nl, 'risksIncidents.playbook.templateAdd')).toMatch(/scenario/i);
  });
});

describe('the country help', () => {
  it('speaks of a company only to a company, not to a municipality', () => {
    expect(exportTranslator('nl', 'company')('fields.organisation.country.hint')).toMatch(/bedrijf/);
    for (const municipality of ['flanders', 'netherlands']) {
      const hint = exportTranslator('nl', municipality)('fields.organisation.country.hint');
      expect(hint, municipality).not.toMatch(/bedrijf/);
      expect(hint, municipality).toMatch(/hoeft u niet te kiezen/);
    }
  });
});

describe('message template placeholders', () => {
  it('are shown to each language in its own words', () => {
    for (const language of ['nl', 'en'] as const) {
      const hint = String(catalogueEntry(catalogues[language], 'fields.communication.template.hint'));
      expect(hint.match(/\{[^{}]+\}/g), language).toEqual(placeholderMarkers(language));
    }
    expect(placeholderMarkers('nl')).toContain('{verwacht_herstel}');
  });

  it('are filled whether a template writes them in Dutch or, as older plans did, in English', () => {
    const values = { organisation: 'Beekzande', service: 'Burgerzaken', expectedRecovery: 'morgen om 12 uur' };
    expect(fillTemplate('{organisatie}: {dienst} werkt {verwacht_herstel} weer. {datum}', values)).toBe(
      'Beekzande: Burgerzaken werkt morgen om 12 uur weer. {datum}',
    );
    expect(fillTemplate('{organisation}: {service} back {expectedRecovery}.', values)).toBe(
      'Beekzande: Burgerzaken back morgen om 12 uur.',
    );
    expect(placeholdersIn('{dienst} {service} {wie}')).toEqual(['service', 'wie']);
  });

  it('in the Dutch example are all Dutch and all known', () => {
    const plan = loadExamplePlan(EXAMPLES_DIRECTORY, 'nl');
    const templates = (plan.sections.communication as { template?: string }[]).map((entry) => entry.template ?? '');
    expect(templates.some((template) => template.includes('{verwacht_herstel}'))).toBe(true);
    const known = new Set(placeholderMarkers('nl'));
    for (const template of templates)
      for (const marker of template.match(/\{[^{}]+\}/g) ?? []) expect(known, template).toContain(marker);
  });
});
