import { type FieldDescriptor, isFilled } from '../fields';
import { findSection } from '../plan';
import type { Item } from '../section';
import type { Backup } from '../sections/backups';
import type { Communication } from '../sections/communication';
import type { NotificationDuty } from '../sections/notificationDuties';
import type { Role } from '../sections/roles';
import type { Service } from '../sections/services';
import type { Supplier } from '../sections/suppliers';
import type { SystemRecord } from '../sections/systems';

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

/** The record type each list section's schema infers, for the lists the rules read by type. */
interface ListRecords {
  services: Service;
  systems: SystemRecord;
  backups: Backup;
  suppliers: Supplier;
  communication: Communication;
  notificationDuties: NotificationDuty;
  roles: Role;
}

/**
 * A list's items as their schema types them. Storage reads every record through its section's
 * schema (a value that no longer fits falls back to its default), so the snapshot holds exactly that.
 */
export function recordsOf<K extends keyof ListRecords>(plan: PlanSnapshot, key: K): Item<ListRecords[K]>[] {
  return itemsOf(plan, key) as unknown as Item<ListRecords[K]>[];
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
