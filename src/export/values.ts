import type { TFunction } from 'i18next';
import type { FieldDescriptor } from '../domain/fields';
import { formatDate } from '../i18n/dates';
import { formatDuration } from '../i18n/durations';

/** Looks up the name of a list item another item refers to (`field.ref('people')`). */
export type RefResolver = (section: string, id: string) => string | undefined;

export interface ValueContext {
  t: TFunction;
  language: 'nl' | 'en';
  resolve: RefResolver;
}

const NUMBER_FORMATS = { nl: new Intl.NumberFormat('nl-BE'), en: new Intl.NumberFormat('en-GB') };

export { formatDate };

export function todayIso(now: Date): string {
  return now.toISOString().slice(0, 10);
}

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);

function choiceLabel(field: FieldDescriptor, value: string, t: TFunction): string {
  if (!value) return '';
  const key = `choices.${field.optionSet ?? field.name}.${value}`;
  const label = t(key);
  // A value without a label (an option that was renamed) is still shown, never dropped.
  return label === key ? value : label;
}

function refLabel(field: FieldDescriptor, id: string, context: ValueContext): string {
  if (!id) return '';
  return context.resolve(field.ref ?? '', id) ?? context.t('exports.document.unknownRef');
}

/** A duration prints with its unit ("3 dagen", "15 minuten"), whatever unit the form reads a bare number in. */
export const printsOwnUnit = (field: FieldDescriptor): boolean =>
  field.widget === 'hours' || (field.widget === 'integer' && field.unit === 'minutes');

/**
 * A field's name above or beside its printed value. A duration's form label names the unit a bare
 * number is read in ("RTO, uren"); printed, the value carries its own unit, so its heading names none.
 * (A CSV keeps the label: its cells are bare numbers in that unit, as the import reads them.)
 */
export function fieldHeading(sectionKey: string, field: FieldDescriptor, t: TFunction): string {
  return t(`fields.${sectionKey}.${field.name}.${printsOwnUnit(field) ? 'heading' : 'label'}`);
}

/**
 * One stored value as the document prints it; '' when nothing was filled in. Stored values are
 * permissive, so anything odd is printed as text rather than dropped.
 */
export function formatValue(field: FieldDescriptor, value: unknown, context: ValueContext): string {
  const { t } = context;
  if (value === null || value === undefined) return '';
  switch (field.widget) {
    case 'date':
      return formatDate(asText(value), context.language);
    case 'integer':
      if (typeof value !== 'number') return asText(value);
      return field.unit === 'minutes'
        ? formatDuration(value / 60, t, context.language)
        : NUMBER_FORMATS[context.language].format(value);
    case 'hours':
      return typeof value === 'number' ? formatDuration(value, t, context.language) : asText(value);
    case 'boolean':
      return value === true ? t('exports.document.yes') : value === false ? t('exports.document.no') : asText(value);
    case 'choice':
      return choiceLabel(field, asText(value), t);
    case 'choices':
      return Array.isArray(value) ? value.map((v) => choiceLabel(field, asText(v), t)).join(', ') : asText(value);
    case 'ref':
      return refLabel(field, asText(value), context);
    case 'refs':
      return Array.isArray(value) ? value.map((id) => refLabel(field, asText(id), context)).join(', ') : asText(value);
    default:
      return Array.isArray(value) ? value.map(asText).join(', ') : asText(value);
  }
}
