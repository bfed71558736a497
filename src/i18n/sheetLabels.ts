import type { FieldDescriptor } from '../domain/fields';
import { catalogueEntry, catalogues } from './catalogues';

/**
 * The words a sheet may use for a field or a choice: its labels in both languages and both
 * regional wordings, whatever language the interface is in, since a sheet is not written in Paraat.
 */

const LANGUAGES = ['nl', 'en'] as const;

/** A section's field labels (`label`, `labelFlanders`, …) in both languages, to recognise column headers. */
export function fieldLabelsOf(sectionKey: string): (field: FieldDescriptor) => string[] {
  return (field) =>
    LANGUAGES.flatMap((language) => {
      const entry = catalogueEntry(catalogues[language], `fields.${sectionKey}.${field.name}`);
      if (!entry || typeof entry !== 'object') return [];
      return Object.entries(entry)
        .filter(([key]) => key.startsWith('label'))
        .map(([, value]) => String(value));
    });
}

/**
 * A choice's label in both languages and every regional wording, to read "Ja"/"Yes",
 * "Leverancier"/"Supplier" or "Autoriteit Persoonsgegevens (AP)" in a cell.
 */
export function choiceLabels(field: FieldDescriptor, option: string): string[] {
  return LANGUAGES.flatMap((language) => {
    const set = catalogueEntry(catalogues[language], `choices.${field.optionSet}`);
    if (!set || typeof set !== 'object') return [''];
    const labels = Object.entries(set)
      .filter(([key]) => key === option || key.startsWith(`${option}_`))
      .map(([, value]) => String(value));
    return labels.length ? labels : [''];
  });
}

/** A field's label in one language, as a note in the plan names a value an import kept. */
export function fieldLabelIn(language: string, sectionKey: string): (field: FieldDescriptor) => string {
  const tree = catalogues[language === 'en' ? 'en' : 'nl'];
  return (field) => String(catalogueEntry(tree, `fields.${sectionKey}.${field.name}.label`) ?? field.name);
}
