import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { FieldDescriptor } from '../../domain/fields';
import { type DateLanguage, dateLanguage, formatDate } from '../../i18n/dates';
import { findSection } from '../../domain/plan';
import { useStore } from '../store';
import type { ListItem } from '../store/sectionsSlice';
import { useWordingContext } from './useSection';

/** How one field's stored values read in a table. */
export type CellText = (value: unknown) => string;

/**
 * Titles by id, built once per version of a list: a table of 2,000 systems resolves its owner and
 * supplier columns by lookup instead of searching the people and suppliers lists for every cell.
 */
const titleIndexes = new WeakMap<readonly ListItem[], Map<string, string>>();

function titleIndex(items: readonly ListItem[], titleField: string): Map<string, string> {
  let index = titleIndexes.get(items);
  if (!index) {
    index = new Map(items.map((item) => [item.id, String(item[titleField] ?? '')]));
    titleIndexes.set(items, index);
  }
  return index;
}

/** The section a reference field points at, and that section's title field. */
function refTarget(field: FieldDescriptor): { section: string; titleField: string } {
  const target = findSection(field.ref ?? '');
  return { section: field.ref ?? '', titleField: target?.kind === 'list' ? target.titleField : 'name' };
}

/**
 * The text of one field's values: choices translated, references by their item's title, dates in
 * words. `refItems` is the referenced list (for `ref` and `refs` fields), undefined while it loads.
 */
export function cellText(
  field: FieldDescriptor,
  t: TFunction,
  refItems: readonly ListItem[] | undefined,
  context: string | undefined,
  language: DateLanguage,
): CellText {
  switch (field.widget) {
    case 'date':
      return (value) => (isEmpty(value) ? '' : formatDate(String(value), language));
    case 'choice': {
      const label = choiceLabels(field, t, context);
      return (value) => (isEmpty(value) ? '' : label(String(value)));
    }
    case 'choices': {
      const label = choiceLabels(field, t, context);
      return (value) => (isEmpty(value) ? '' : (value as string[]).map(label).join(', '));
    }
    case 'boolean':
      return (value) => (isEmpty(value) ? '' : value ? t('common.yes') : t('common.no'));
    case 'ref':
    case 'refs': {
      const titles = titleIndex(refItems ?? [], refTarget(field).titleField);
      return (value) => {
        if (isEmpty(value)) return '';
        const ids = Array.isArray(value) ? (value as string[]) : [String(value)];
        return ids
          .map((id) => titles.get(id) ?? '')
          .filter(Boolean)
          .join(', ');
      };
    }
    default:
      return (value) => (isEmpty(value) ? '' : String(value));
  }
}

/** A choice's label, translated once per option: a column of 2,000 kinds asks for a dozen labels. */
function choiceLabels(field: FieldDescriptor, t: TFunction, context: string | undefined): (option: string) => string {
  const labels = new Map<string, string>();
  return (option) => {
    let label = labels.get(option);
    if (label === undefined) {
      // Flemish and Netherlands plans name some choices differently (the data protection authority).
      label = t(`choices.${field.optionSet}.${option}`, { context });
      labels.set(option, label);
    }
    return label;
  };
}

function isRef(field: FieldDescriptor): boolean {
  return field.widget === 'ref' || field.widget === 'refs';
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * The cell texts of some fields, each kept as long as its own inputs stay the same: editing a
 * system does not rebuild the supplier column's lookup, and the people list changing does not
 * rebuild the kind column's.
 */
export function useCellTexts(fields: readonly FieldDescriptor[]): CellText[] {
  const { t, i18n } = useTranslation();
  const context = useWordingContext();
  const language = dateLanguage(i18n.language);
  // Shallow: the same array as long as each referenced list is the same.
  const refs = useStore(
    useShallow((s) => fields.map((field) => (isRef(field) ? s.lists[field.ref ?? ''] : undefined))),
  );
  return useMemo(
    () => fields.map((field, index) => cellText(field, t, refs[index], context, language)),
    [fields, t, refs, context, language],
  );
}

/** How a stored value reads in a table: choices translated, references by their item's title, dates in words. */
export function useDisplayValue(_section: string) {
  const { t, i18n } = useTranslation();
  const context = useWordingContext();
  const language = dateLanguage(i18n.language);
  const lists = useStore((s) => s.lists);
  return useMemo(
    () =>
      (field: FieldDescriptor, value: unknown): string =>
        cellText(field, t, isRef(field) ? lists[refTarget(field).section] : undefined, context, language)(value),
    [t, lists, context, language],
  );
}
