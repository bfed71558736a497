import { z } from 'zod';

/**
 * The vocabulary the plan's sections are written in. Each helper returns a zod schema that carries
 * a `FieldMeta` describing how a form shows it and how an export prints it, so a field is declared
 * once and storage, forms, checks and exports all read that one declaration.
 *
 * Stored values are permissive on purpose: a coordinator may save a half-filled form and come back
 * later. What is missing or odd is reported by the checks, never refused by storage.
 */

export type Widget =
  | 'text'
  | 'longText'
  | 'email'
  | 'phone'
  | 'date'
  | 'integer'
  | 'hours'
  | 'choice'
  | 'choices'
  | 'boolean'
  | 'ref'
  | 'refs';

export interface FieldMeta {
  widget: Widget;
  /** For choice/choices: the allowed values; labels come from the catalogue `choices.<set>.<value>`. */
  options?: readonly string[];
  /** Name of the choice set in the catalogue (shared by several fields). */
  optionSet?: string;
  /** For ref/refs: the list section the ids point into. */
  ref?: string;
  /** Private data (a private phone number): left out of exports meant for wide distribution. */
  private?: boolean;
  /** The field a person must fill for the item to count as complete. */
  required?: boolean;
  /** For integer: a number of minutes, printed as a duration ("15 minuten", "1 dag"). */
  unit?: 'minutes';
}

/** Generous, but bounded, so a pasted novel cannot bloat a plan file beyond use. */
export const MAX_TEXT = 100_000;

const registry = z.registry<FieldMeta>();

function withMeta<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  registry.add(schema, meta);
  return schema;
}

interface TextOptions {
  required?: boolean;
  private?: boolean;
}

const cleanText = z.string().max(MAX_TEXT);

export const field = {
  text: (o: TextOptions = {}) => withMeta(cleanText.default(''), { widget: 'text', ...o }),
  longText: (o: TextOptions = {}) => withMeta(cleanText.default(''), { widget: 'longText', ...o }),
  email: (o: TextOptions = {}) => withMeta(cleanText.default(''), { widget: 'email', ...o }),
  phone: (o: TextOptions = {}) => withMeta(cleanText.default(''), { widget: 'phone', ...o }),
  /** A calendar date as `YYYY-MM-DD`, or '' when unknown. */
  date: (o: TextOptions = {}) => withMeta(z.union([z.literal(''), z.iso.date()]).default(''), { widget: 'date', ...o }),
  integer: (o: TextOptions & { min?: number; max?: number; unit?: 'minutes' } = {}) =>
    withMeta(
      z
        .number()
        .int()
        .min(o.min ?? 0)
        .max(o.max ?? 1_000_000)
        .nullable()
        .default(null),
      { widget: 'integer', required: o.required, ...(o.unit ? { unit: o.unit } : {}) },
    ),
  /** A duration in hours (RTO, RPO, SLA times); fractions allowed for 30 minutes. */
  hours: (o: TextOptions = {}) =>
    withMeta(
      z
        .number()
        .min(0)
        .max(24 * 365)
        .nullable()
        .default(null),
      { widget: 'hours', ...o },
    ),
  choice: <const T extends readonly [string, ...string[]]>(
    optionSet: string,
    options: T,
    o: TextOptions & { initial?: T[number] } = {},
  ) =>
    withMeta(z.union([z.literal(''), z.enum(options)]).default(o.initial ?? ''), {
      widget: 'choice',
      options,
      optionSet,
      required: o.required,
    }),
  choices: <const T extends readonly [string, ...string[]]>(optionSet: string, options: T) =>
    withMeta(z.array(z.enum(options)).max(options.length).default([]), { widget: 'choices', options, optionSet }),
  boolean: () => withMeta(z.boolean().default(false), { widget: 'boolean' }),
  ref: (section: string, o: TextOptions = {}) =>
    withMeta(z.string().max(64).default(''), { widget: 'ref', ref: section, ...o }),
  refs: (section: string) =>
    withMeta(z.array(z.string().max(64)).max(10_000).default([]), { widget: 'refs', ref: section }),
};

export interface FieldDescriptor extends FieldMeta {
  name: string;
}

/** The fields of a section's object schema, in declaration order, with their metadata. */
export function describeFields(schema: z.ZodObject): FieldDescriptor[] {
  return Object.entries(schema.shape).map(([name, fieldSchema]) => {
    const meta = registry.get(fieldSchema as z.ZodType);
    if (!meta) throw new Error(`Field ${name} was not declared with a field helper`);
    return { name, ...meta };
  });
}

/** True when a stored value counts as filled in (for completeness and required-field checks). */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  // An unticked box is the default, not something the coordinator filled in.
  if (typeof value === 'boolean') return value;
  return true;
}
