import { type OrganisationKind, type PlanLanguage, wordingRegion } from '../domain/organisationKinds';
import type { ListRecord } from '../domain/records';
import { type NameIndex, inventoryToCsv } from '../domain/rules/inventoryCsv';
import { exportTranslator } from './translator';

const names = (items: readonly ListRecord<'systems' | 'people' | 'suppliers'>[]): NameIndex =>
  items.map((item) => ({ id: item.id, name: item.name ?? '' }));

/** The IT inventory as a CSV for Excel, in the plan's language, with people and suppliers by name. */
export function inventoryCsv(
  lists: {
    systems: readonly ListRecord<'systems'>[];
    people: readonly ListRecord<'people'>[];
    suppliers: readonly ListRecord<'suppliers'>[];
  },
  language: PlanLanguage,
  kind: OrganisationKind | '',
  country = '',
): string {
  const t = exportTranslator(language, wordingRegion(kind, country));
  return inventoryToCsv(lists.systems, {
    header: (field) => t(`fields.systems.${field.name}.label`),
    choice: (field, value) => t(`choices.${field.optionSet}.${value}`),
    lookups: { systems: names(lists.systems), people: names(lists.people), suppliers: names(lists.suppliers) },
  });
}
