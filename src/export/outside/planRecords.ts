import type { PlanJson } from '../../domain/planJson';
import type { Item } from '../../domain/section';

/**
 * A list section's items with the fields its schema declares. Stored values are read permissively
 * (an old file may hold odd ones), so every field may be missing and is read through `textOf`.
 */
export function listOf<T>(plan: PlanJson, key: string): Item<Partial<T>>[] {
  const content = plan.sections[key];
  return Array.isArray(content) ? (content as Item<Partial<T>>[]) : [];
}

/** A singleton section's fields, each possibly missing. */
export function singletonOf<T>(plan: PlanJson, key: string): Partial<T> {
  const content = plan.sections[key];
  return content && !Array.isArray(content) ? (content as Partial<T>) : {};
}

/** A stored value as trimmed text, '' for anything that is not text or a number. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}
