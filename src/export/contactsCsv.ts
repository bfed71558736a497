import { toCsv } from '../domain/csv/contactsCsv';
import type { FieldDescriptor } from '../domain/fields';
import { type OrganisationKind, type PlanLanguage, wordingRegion } from '../domain/organisationKinds';
import type { ListRecord } from '../domain/records';
import type { ListSection } from '../domain/section';
import { exportTranslator } from './translator';
import { safeFileName } from '../domain/fileNames';

/** The people or suppliers list as a CSV for Excel, headed and worded in the plan's language (and a company's country). */
export function contactsCsv(
  section: ListSection,
  items: readonly ListRecord<'people'>[] | readonly ListRecord<'suppliers'>[],
  language: PlanLanguage,
  kind: OrganisationKind | '',
  includePrivate: boolean,
  country = '',
): string {
  const t = exportTranslator(language, wordingRegion(kind, country));
  const display = (field: FieldDescriptor, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '';
    if (field.widget === 'choice') return t(`choices.${field.optionSet}.${String(value)}`);
    if (field.widget === 'boolean') return t(value ? 'common.yes' : 'common.no');
    return String(value);
  };
  return toCsv(section, items, {
    header: (field) => t(`fields.${section.key}.${field.name}.label`),
    display,
    includePrivate,
  });
}

/** "Leveranciers en externe contacten - Lokaal bestuur Beekzande.csv" */
export function contactsCsvFileName(section: ListSection, organisation: string, language: PlanLanguage): string {
  const title = exportTranslator(language, 'company')(`lists.${section.key}.title`);
  return safeFileName(`${title} - ${organisation}`, 'csv');
}
