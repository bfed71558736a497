import { isFilled } from '../fields';
import { findSection } from '../plan';
import type { ListKey, ListRecord, SingletonKey, SingletonRecord, StoredItem } from '../records';

/**
 * The whole plan as the health rules read it: every section's records by section key (a singleton
 * as a one-record list). A rule must cope with a section that is missing or empty, because the
 * areas of Paraat land independently. Untyped on purpose: it is what storage or a plan file hands
 * over; rules read it through `itemsOf`, `recordsOf` and `singletonOf`, which type it by section.
 */
export type PlanSnapshot = Record<string, readonly Record<string, unknown>[]>;

/** A section's records that have an id: the ones a list item can be. */
function withIds(plan: PlanSnapshot, key: string): { id: string }[] {
  return (plan[key] ?? []).filter((record): record is { id: string } => typeof record.id === 'string');
}

/**
 * A list's items with the fields its schema types, any of which may be absent (a plan read before
 * a field existed, a test that sets only what it checks).
 */
export function itemsOf<K extends ListKey>(plan: PlanSnapshot, key: K): ListRecord<K>[] {
  return withIds(plan, key) as ListRecord<K>[];
}

/**
 * A list's items as their schema types them. Storage reads every record through its section's
 * schema (a value that no longer fits falls back to its default), so the snapshot holds exactly that.
 */
export function recordsOf<K extends ListKey>(plan: PlanSnapshot, key: K): StoredItem<K>[] {
  return withIds(plan, key) as StoredItem<K>[];
}

/** A singleton's record, each field possibly absent (a plan made before the field existed). */
export function singletonOf<K extends SingletonKey>(plan: PlanSnapshot, key: K): SingletonRecord<K> | undefined {
  return plan[key]?.[0] as SingletonRecord<K> | undefined;
}

/** The text of the field the section definition names as its title, or '' when it is empty. */
function titleText(key: string, item: object): string {
  const section = findSection(key);
  const titleField = section?.kind === 'list' ? section.titleField : 'name';
  // Read by the name the section definition gives, so any section's item will do.
  const title: unknown = (item as Partial<Record<string, unknown>>)[titleField];
  return typeof title === 'string' && title.trim() !== '' ? title : '';
}

/**
 * Each item's id and how a finding names it, in list order. Takes any section key, because a
 * finding names its section as text.
 */
export function titlesOf(plan: PlanSnapshot, key: string): { id: string; title: string }[] {
  return withIds(plan, key).map((item) => ({ id: item.id, title: titleText(key, item) }));
}

/** How an item is named in a finding: its title field, or '' when it has none (the interface then names it by its kind and row). */
export function titleOf<K extends ListKey>(key: K, item: ListRecord<K>): string {
  return titleText(key, item);
}

export function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return [];
}

export { isFilled };
