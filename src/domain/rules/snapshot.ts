import { type FieldDescriptor, isFilled } from '../fields';
import { findSection } from '../plan';
import type { ListKey, SingletonKey, SingletonRecord, StoredItem } from '../records';

/**
 * The whole plan as the health rules read it: every section's records by section key (a singleton
 * as a one-record list). A rule must cope with a section that is missing or empty, because the
 * areas of Paraat land independently.
 */
export type PlanSnapshot = Record<string, readonly Record<string, unknown>[]>;

export type SnapshotItem = Record<string, unknown> & { id: string };

export function itemsOf(plan: PlanSnapshot, key: string): SnapshotItem[] {
  return (plan[key] ?? []).filter((record): record is SnapshotItem => typeof record.id === 'string');
}

/**
 * A list's items as their schema types them. Storage reads every record through its section's
 * schema (a value that no longer fits falls back to its default), so the snapshot holds exactly that.
 */
export function recordsOf<K extends ListKey>(plan: PlanSnapshot, key: K): StoredItem<K>[] {
  return itemsOf(plan, key) as unknown as StoredItem<K>[];
}

/** A singleton's record, each field possibly absent (a plan made before the field existed). */
export function singletonOf<K extends SingletonKey>(plan: PlanSnapshot, key: K): SingletonRecord<K> | undefined {
  return plan[key]?.[0] as SingletonRecord<K> | undefined;
}

/** How an item is named in a finding: its title field, or '' when it has none (the interface then names it by its kind and row). */
export function titleOf(key: string, item: SnapshotItem): string {
  const section = findSection(key);
  const titleField = section?.kind === 'list' ? section.titleField : 'name';
  const title = item[titleField];
  return typeof title === 'string' && title.trim() !== '' ? title : '';
}

/** The section's fields matching a pattern, in declaration order; empty when the section is not there. */
export function fieldsMatching(key: string, test: (field: FieldDescriptor) => boolean): FieldDescriptor[] {
  return findSection(key)?.fields.filter(test) ?? [];
}

export function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return [];
}

export { isFilled };
