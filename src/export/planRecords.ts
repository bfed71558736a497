import type { PlanJson } from '../domain/planJson';
import type { ListKey, ListRecord, SectionRecords, SingletonKey, SingletonRecord } from '../domain/records';
import { findSection } from '../domain/plan';
import { fieldHeading, formatValue } from './values';
import type { RenderContext } from './renderers';

/**
 * A list section's items, typed by the section's schema. A JSON plan's records were never read
 * through the schemas (an old file may hold odd values), so every field may be missing and is read
 * through `textOf` or a type check.
 */
export function listOf<K extends ListKey>(plan: PlanJson, key: K): ListRecord<K>[] {
  const content = plan.sections[key];
  return Array.isArray(content) ? (content as ListRecord<K>[]) : [];
}

/** A singleton section's fields, each possibly missing; empty when the section is absent. */
export function singletonOf<K extends SingletonKey>(plan: PlanJson, key: K): SingletonRecord<K> {
  const content = plan.sections[key];
  return content && !Array.isArray(content) ? (content as SingletonRecord<K>) : {};
}

/** A stored value as trimmed text, '' for anything that is not text or a number. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/**
 * One field of a record as the document prints it (a choice by its label, hours as hours); '' when
 * the record is missing, or the field is private and the edition leaves private data out.
 */
export function fieldText<K extends keyof SectionRecords>(
  context: RenderContext,
  key: K,
  record: Partial<SectionRecords[K]> | undefined,
  name: keyof SectionRecords[K] & string,
): string {
  const field = findSection(key)?.fields.find((candidate) => candidate.name === name);
  if (!field || !record || (field.private && !context.includePrivate)) return '';
  return formatValue(field, record[name], context);
}

/** A field's heading above its printed values (a duration's without the unit its value already says). */
export function fieldHeadingText<K extends keyof SectionRecords>(
  context: RenderContext,
  key: K,
  name: keyof SectionRecords[K] & string,
): string {
  const field = findSection(key)?.fields.find((candidate) => candidate.name === name);
  return field ? fieldHeading(key, field, context.t) : context.t(`fields.${key}.${name}.label`);
}
