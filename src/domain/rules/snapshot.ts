import { type FieldDescriptor, isFilled } from '../fields';
import { findSection } from '../plan';

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

export function singletonOf(plan: PlanSnapshot, key: string): Record<string, unknown> | undefined {
  return plan[key]?.[0];
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
