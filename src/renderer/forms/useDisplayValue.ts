import { useTranslation } from 'react-i18next';
import type { FieldDescriptor } from '../../domain/fields';
import { findSection } from '../../domain/plan';
import { useStore } from '../store';

/** How a stored value reads in a table: choices translated, references by their item's title. */
export function useDisplayValue(_section: string) {
  const { t } = useTranslation();
  const lists = useStore((s) => s.lists);
  return (field: FieldDescriptor, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '';
    switch (field.widget) {
      case 'choice':
        return t(`choices.${field.optionSet}.${String(value)}`);
      case 'choices':
        return (value as string[]).map((v) => t(`choices.${field.optionSet}.${v}`)).join(', ');
      case 'boolean':
        return value ? t('common.yes') : t('common.no');
      case 'ref':
      case 'refs': {
        const target = findSection(field.ref ?? '');
        const titleField = target?.kind === 'list' ? target.titleField : 'name';
        const ids = Array.isArray(value) ? (value as string[]) : [String(value)];
        return ids.map((id) => String(lists[field.ref ?? '']?.find((item) => item.id === id)?.[titleField] ?? '')).filter(Boolean).join(', ');
      }
      default:
        return String(value);
    }
  };
}
