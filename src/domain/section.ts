import { z } from 'zod';
import { describeFields, type FieldDescriptor, isFilled } from './fields';

/**
 * A plan section is either one record (the organisation) or a list of items (people, suppliers).
 * Its zod schema is the single definition the rest of Paraat reads.
 */
interface SectionBase<K extends string, S extends z.ZodObject> {
  key: K;
  schema: S;
  fields: FieldDescriptor[];
}

export interface SingletonSection<K extends string = string, S extends z.ZodObject = z.ZodObject> extends SectionBase<
  K,
  S
> {
  kind: 'singleton';
}

export interface ListSection<K extends string = string, S extends z.ZodObject = z.ZodObject> extends SectionBase<K, S> {
  kind: 'list';
  /** The field that names an item in lists, links and exports. */
  titleField: keyof z.infer<S> & string;
}

export type SectionDef = SingletonSection | ListSection;

export function defineSingleton<K extends string, S extends z.ZodObject>(key: K, schema: S): SingletonSection<K, S> {
  return { key, kind: 'singleton', schema, fields: describeFields(schema) };
}

export function defineList<K extends string, S extends z.ZodObject>(
  key: K,
  schema: S,
  options: { titleField: keyof z.infer<S> & string },
): ListSection<K, S> {
  return { key, kind: 'list', schema, fields: describeFields(schema), titleField: options.titleField };
}

/** An item of a list section as it travels: its id and its fields. */
export type Item<T = Record<string, unknown>> = T & { id: string };

/**
 * A list item as a rule reads it: the typed fields of its section's record, any of which may be
 * absent (a list read before a field existed, a test that sets only what it checks).
 */
export type PlanItem<T> = { id: string } & { [K in keyof T]?: T[K] | undefined };

export type PatchResult = { ok: true; value: Record<string, unknown> } | { ok: false; problems: string[] };

/**
 * Validates only the keys present in a patch. (zod's `.partial()` would still fill defaults for
 * absent keys and so overwrite stored values.)
 */
export function validatePatch(section: SectionDef, patch: Record<string, unknown>): PatchResult {
  const shape = section.schema.shape as Record<string, z.ZodType>;
  const problems: string[] = [];
  const value: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(patch)) {
    // Own keys only: `toString` or `__proto__` must be an unknown field, not Object.prototype's.
    const fieldSchema = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!fieldSchema) {
      problems.push(`${key}: unknown field`);
      continue;
    }
    const parsed = fieldSchema.safeParse(raw);
    if (parsed.success) value[key] = parsed.data;
    else problems.push(`${key}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

/**
 * Reads stored data leniently: a field whose stored value no longer fits (edited by hand, or a
 * field whose type changed) falls back to its default instead of making the whole section unreadable.
 */
export function readStored(section: SectionDef, stored: unknown): Record<string, unknown> {
  const shape = section.schema.shape as Record<string, z.ZodType>;
  const source = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const result: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(shape)) {
    const parsed = fieldSchema.safeParse(source[key]);
    result[key] = parsed.success ? parsed.data : fieldSchema.parse(undefined);
  }
  return result;
}

/**
 * An item nothing was filled in: every field empty or as a new item starts (the blank one "add"
 * leaves, before anything is typed in it). Its id and where it stands do not count.
 */
export function isUntouched(section: SectionDef, item: Record<string, unknown>): boolean {
  const fresh = readStored(section, {});
  return Object.keys(section.schema.shape).every(
    (key) => key === 'id' || !isFilled(item[key]) || JSON.stringify(item[key]) === JSON.stringify(fresh[key]),
  );
}
