import { STABLE_KEY, isEmpty } from './importPreview';
import type { ListKey } from './importWords';
import { normalise } from './normalise';

/**
 * What importing a list again does to the plan: a row that matches an item (by name, else by
 * serial number, e-mail or customer number) updates it with what the file holds, a new row is
 * added, and items the file no longer has are named, never removed: keeping the plan current
 * is the point of importing again, losing what the coordinator added by hand is not.
 */

export interface ImportedRow {
  data: Record<string, unknown>;
  dependsOnNames?: readonly string[];
}

export interface ImportChanges {
  /** Indexes of the rows that become new items. */
  add: number[];
  /** Items that change, with only the fields that do. */
  update: { index: number; id: string; patch: Record<string, unknown> }[];
  /** Rows whose item already holds all they say. */
  unchanged: number[];
  /** Items of the list that no row of the file matched, by name. */
  disappeared: string[];
}

export function planImport(
  list: ListKey,
  existing: readonly ({ id: string } & Record<string, unknown>)[],
  rows: readonly ImportedRow[],
): ImportChanges {
  const changes: ImportChanges = { add: [], update: [], unchanged: [], disappeared: [] };
  const keyField = STABLE_KEY[list];
  const byName = new Map<string, (typeof existing)[number]>();
  const byKey = new Map<string, (typeof existing)[number]>();
  for (const item of existing) {
    const name = normalise(String(item.name ?? ''));
    if (name && !byName.has(name)) byName.set(name, item);
    const key = normalise(String(item[keyField] ?? ''));
    if (key && !byKey.has(key)) byKey.set(key, item);
  }
  const nameOf = new Map(existing.map((item) => [item.id, normalise(String(item.name ?? ''))]));
  /** Whether the row names the systems the item already depends on: the same file again changes nothing. */
  const sameDependencies = (item: (typeof existing)[number], names: readonly string[]) => {
    const current = new Set((Array.isArray(item.dependsOn) ? item.dependsOn : []).map((id) => nameOf.get(String(id))));
    const wanted = new Set(names.map(normalise));
    return current.size === wanted.size && [...wanted].every((name) => current.has(name));
  };
  const matched = new Set<string>();
  rows.forEach((row, index) => {
    const key = normalise(String(row.data[keyField] ?? ''));
    const found =
      [byName.get(normalise(String(row.data.name ?? ''))), key ? byKey.get(key) : undefined].find(
        (item) => item && !matched.has(item.id),
      ) ?? null;
    if (!found) return changes.add.push(index);
    matched.add(found.id);
    const patch: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(row.data)) {
      if (isEmpty(value) || field === 'dependsOn') continue;
      if (field === 'notes') {
        // Notes gather: a line the item already has is not added twice, the coordinator's own lines stay.
        const kept = String(found.notes ?? '');
        const lines = String(value)
          .split('\n')
          .filter((line) => line && !kept.split('\n').includes(line));
        if (lines.length > 0) patch.notes = [kept, ...lines].filter(Boolean).join('\n');
      } else if (JSON.stringify(found[field]) !== JSON.stringify(value)) patch[field] = value;
    }
    const dependsOnNames = row.dependsOnNames ?? [];
    if (Object.keys(patch).length > 0 || (dependsOnNames.length > 0 && !sameDependencies(found, dependsOnNames)))
      changes.update.push({ index, id: found.id, patch });
    else changes.unchanged.push(index);
  });
  changes.disappeared = existing.filter((item) => !matched.has(item.id)).map((item) => String(item.name ?? ''));
  return changes;
}
