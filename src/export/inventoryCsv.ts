import { type OrganisationKind, type PlanLanguage, wordingRegion } from '../domain/organisationKinds';
import { type NameIndex, inventoryToCsv } from '../domain/rules/inventoryCsv';
import { exportTranslator } from './translator';

const names = (items: readonly Record<string, unknown>[]): NameIndex =>
  items.map((item) => ({ id: String(item.id), name: String(item.name ?? '') }));

/** The IT inventory as a CSV for Excel, in the plan's language, with people and suppliers by name. */
export function inventoryCsv(
  lists: {
    systems: readonly Record<string, unknown>[];
    people: readonly Record<string, unknown>[];
    suppliers: readonly Record<string, unknown>[];
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
