import { normalise } from '../csv/normalise';
import { toExcelCsv } from '../csv/sheet';
import type { FieldDescriptor } from '../fields';
import { systemsSection } from '../sections/systems';

/**
 * The IT inventory to CSV, with suppliers, owners and dependencies by name, and dependencies
 * linked by name when a file is imported (src/domain/csv/listImport.ts reads the file).
 */

/** A list the references point into, by id and name (people, suppliers, systems). */
export type NameIndex = readonly { id: string; name: string }[];

export interface InventoryLookups {
  people: NameIndex;
  suppliers: NameIndex;
  /** The systems already in the plan, for duplicates and dependencies. */
  systems: NameIndex;
}

/** What `inventory.import` takes for one system's dependencies: a longer list is no list of systems. */
export const DEPENDENCY_LIMITS = { names: 1000, nameLength: 1000 } as const;

/** Each list's names normalised once, not once per lookup (an import looks up thousands of names). */
const normalisedIndexes = new WeakMap<NameIndex, Map<string, string>>();

function findByName(index: NameIndex, raw: string): string | null {
  const key = normalise(raw);
  if (!key) return null;
  let byName = normalisedIndexes.get(index);
  if (!byName) {
    byName = new Map();
    // The first entry with a name wins, as a search from the top would find it.
    for (const entry of index) {
      const name = normalise(entry.name);
      if (!byName.has(name)) byName.set(name, entry.id);
    }
    normalisedIndexes.set(index, byName);
  }
  return byName.get(key) ?? null;
}

/** The ids of the systems a row needs, by name among the plan's systems (old and just imported). */
export function resolveDependencies(
  names: readonly string[],
  systems: NameIndex,
): { ids: string[]; unresolved: string[] } {
  const ids: string[] = [];
  const unresolved: string[] = [];
  for (const name of names) {
    const id = findByName(systems, name);
    if (id) ids.push(id);
    else unresolved.push(name);
  }
  return { ids, unresolved };
}

export interface InventoryExportOptions {
  header: (field: FieldDescriptor) => string;
  /** How a choice reads (its label in the plan's language). */
  choice: (field: FieldDescriptor, value: string) => string;
  lookups: InventoryLookups;
}

/** The inventory as a CSV Excel opens directly in Belgium and the Netherlands (BOM, semicolons). */
export function inventoryToCsv(
  systems: readonly Record<string, unknown>[],
  { header, choice, lookups }: InventoryExportOptions,
): string {
  const fields = systemsSection.fields;
  const nameOf = (index: NameIndex, id: unknown) => index.find((entry) => entry.id === id)?.name ?? '';
  const cell = (field: FieldDescriptor, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '';
    if (field.widget === 'choice') return choice(field, String(value));
    if (field.widget === 'ref') return nameOf(field.ref === 'people' ? lookups.people : lookups.suppliers, value);
    if (field.widget === 'refs')
      return (Array.isArray(value) ? value : [])
        .map((id) => nameOf(lookups.systems, id))
        .filter(Boolean)
        .join('; ');
    return String(value);
  };
  return toExcelCsv(
    fields.map(header),
    systems.map((system) => fields.map((f) => cell(f, system[f.name]))),
  );
}
