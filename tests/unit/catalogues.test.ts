import { describe, expect, it } from 'vitest';
import type { CatalogueTree } from '../../src/i18n/areas/area';
import { catalogueEntry, catalogues } from '../../src/i18n/catalogues';
import { SECTIONS } from '../../src/domain/plan';
import { STEP_IDS } from '../../src/domain/steps';

function keys(tree: CatalogueTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

describe('the Dutch and English catalogues', () => {
  it('hold the same keys, so no string is missing in either language', () => {
    const dutch = new Set(keys(catalogues.nl));
    const english = new Set(keys(catalogues.en));
    expect([...dutch].filter((key) => !english.has(key))).toEqual([]);
    expect([...english].filter((key) => !dutch.has(key))).toEqual([]);
  });

  it('have no empty strings', () => {
    for (const language of ['nl', 'en'] as const) {
      const empty = keys(catalogues[language]).filter(
        (key) => String(catalogueEntry(catalogues[language], key)).trim() === '',
      );
      expect(empty, language).toEqual([]);
    }
  });

  it('name every wizard step, every field of every section and every choice', () => {
    for (const language of ['nl', 'en'] as const) {
      const tree = catalogues[language];
      for (const step of STEP_IDS)
        expect(catalogueEntry(tree, `steps.${step}.title`), `${language} step ${step}`).toEqual(expect.any(String));
      for (const section of SECTIONS) {
        for (const field of section.fields) {
          expect(
            catalogueEntry(tree, `fields.${section.key}.${field.name}.label`),
            `${language} ${section.key}.${field.name}`,
          ).toEqual(expect.any(String));
          for (const option of field.options ?? []) {
            expect(
              catalogueEntry(tree, `choices.${field.optionSet}.${option}`),
              `${language} choice ${field.optionSet}.${option}`,
            ).toEqual(expect.any(String));
          }
        }
      }
    }
  });
});
