import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDescriptor } from '../../domain/fields';
import { findSection } from '../../domain/plan';
import { CreateInPicker } from './CreateInPicker';
import { DurationInput } from './DurationInput';
import { singleLine } from './singleLine';
import { useListSection, useWordingContext } from './useSection';

interface FieldInputProps {
  field: FieldDescriptor;
  id: string;
  value: unknown;
  readOnly: boolean;
  describedBy?: string;
  onChange: (value: unknown) => void;
  /** An item a reference list leaves out: the item itself, in a list of its own section. */
  excludeId?: string;
}

function numberOrNull(raw: string): number | null {
  if (raw.trim() === '') return null;
  const parsed = Number(raw.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : null;
}

/** One input for one schema field, chosen by the field's widget. */
export function FieldInput({ field, id, value, readOnly, describedBy, onChange, excludeId }: FieldInputProps) {
  const { t } = useTranslation();
  const context = useWordingContext();
  const common = {
    id,
    disabled: readOnly,
    'aria-describedby': describedBy,
    'aria-required': field.required || undefined,
  };
  switch (field.widget) {
    case 'longText':
      return <textarea {...common} rows={4} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)} />;
    case 'email':
      return (
        <input
          {...common}
          type="text"
          inputMode="email"
          autoComplete="off"
          value={String(value ?? '')}
          onChange={(e) => onChange(singleLine(e.target.value))}
        />
      );
    case 'phone':
      return (
        <input
          {...common}
          type="tel"
          autoComplete="off"
          value={String(value ?? '')}
          onChange={(e) => onChange(singleLine(e.target.value))}
        />
      );
    case 'date':
      return <input {...common} type="date" value={String(value ?? '')} onChange={(e) => onChange(e.target.value)} />;
    case 'hours':
      return (
        <DurationInput
          id={id}
          value={value}
          readOnly={readOnly}
          required={Boolean(field.required)}
          describedBy={describedBy}
          onChange={onChange}
        />
      );
    case 'integer':
      return (
        <input
          {...common}
          type="number"
          min={0}
          step={1}
          value={value === null || value === undefined ? '' : String(value)}
          onChange={(e) => onChange(numberOrNull(e.target.value))}
        />
      );
    case 'boolean':
      return (
        <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
      );
    case 'choice':
      return (
        <select {...common} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('choices.empty')}</option>
          {field.options?.map((option) => (
            <option key={option} value={option}>
              {t(`choices.${field.optionSet}.${option}`, { context })}
            </option>
          ))}
        </select>
      );
    case 'choices': {
      const selected = Array.isArray(value) ? (value as string[]) : [];
      return (
        <span className="choice-group" id={id}>
          {field.options?.map((option) => (
            <label key={option} className="choice">
              <input
                type="checkbox"
                disabled={readOnly}
                checked={selected.includes(option)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...selected, option] : selected.filter((v) => v !== option))
                }
              />
              {t(`choices.${field.optionSet}.${option}`, { context })}
            </label>
          ))}
        </span>
      );
    }
    case 'ref':
      return (
        <RefSelect field={field} common={common} readOnly={readOnly} value={String(value ?? '')} onChange={onChange} />
      );
    case 'refs':
      return (
        <RefsChecklist
          field={field}
          id={id}
          readOnly={readOnly}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={onChange}
          excludeId={excludeId}
        />
      );
    case 'text':
    default:
      return (
        <input
          {...common}
          type="text"
          value={String(value ?? '')}
          onChange={(e) => onChange(singleLine(e.target.value))}
        />
      );
  }
}

function RefSelect({
  field,
  common,
  readOnly,
  value,
  onChange,
}: {
  field: FieldDescriptor;
  common: object;
  readOnly: boolean;
  value: string;
  onChange: (value: unknown) => void;
}) {
  const { t } = useTranslation();
  const items = useListSection(field.ref ?? '') ?? [];
  const target = findSection(field.ref ?? '');
  const titleField = target?.kind === 'list' ? target.titleField : 'name';
  return (
    <>
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('choices.empty')}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {String(item[titleField] ?? item.id)}
          </option>
        ))}
      </select>
      <CreateInPicker target={field.ref ?? ''} readOnly={readOnly} onCreated={onChange} />
    </>
  );
}

/** Above this many items, a reference list shows the chosen ones and a search to add more. */
const REFS_CHECKLIST_LIMIT = 40;
const REFS_SEARCH_RESULTS = 20;

interface RefsChecklistProps {
  field: FieldDescriptor;
  id: string;
  readOnly: boolean;
  value: string[];
  onChange: (value: unknown) => void;
  excludeId?: string;
}

/**
 * Several items of another list (the systems a service uses), as checkboxes; for a long list (an
 * inventory of thousands) the chosen items and a search, so a form stays quick to type in.
 * Skips re-rendering while other fields of the item are typed in (`onChange` only differs by
 * identity for the same item and field).
 */
const RefsChecklist = memo(
  function RefsChecklist({ field, id, readOnly, value, onChange, excludeId }: RefsChecklistProps) {
    const { t } = useTranslation();
    const all = useListSection(field.ref ?? '');
    const items = useMemo(() => (all ?? []).filter((item) => item.id !== excludeId), [all, excludeId]);
    const [search, setSearch] = useState('');
    const target = findSection(field.ref ?? '');
    const titleField = target?.kind === 'list' ? target.titleField : 'name';
    const create = (
      <CreateInPicker
        target={field.ref ?? ''}
        readOnly={readOnly}
        onCreated={(created) => onChange([...value, created])}
      />
    );
    if (items.length === 0)
      return (
        <>
          <span className="field-hint" id={id}>
            {t('servicesInventory.noItemsToPick')}
          </span>
          {create}
        </>
      );
    const title = (item: Record<string, unknown>) => String(item[titleField] ?? '') || t('common.unnamed');
    const box = (item: Record<string, unknown> & { id: string }) => (
      <label key={item.id} className="choice">
        <input
          type="checkbox"
          disabled={readOnly}
          checked={value.includes(item.id)}
          // Ids of removed items stay in the value untouched; only this item's id is toggled.
          onChange={(e) => onChange(e.target.checked ? [...value, item.id] : value.filter((v) => v !== item.id))}
        />
        {title(item)}
      </label>
    );
    if (items.length <= REFS_CHECKLIST_LIMIT) {
      return (
        <>
          <span className="choice-group refs-group" id={id}>
            {items.map(box)}
          </span>
          {create}
        </>
      );
    }
    const needle = search.trim().toLocaleLowerCase();
    const matches = needle
      ? items.filter((item) => !value.includes(item.id) && title(item).toLocaleLowerCase().includes(needle))
      : [];
    return (
      <span className="refs-search" id={id}>
        <span className="choice-group">{items.filter((item) => value.includes(item.id)).map(box)}</span>
        <input
          type="search"
          disabled={readOnly}
          value={search}
          placeholder={t('servicesInventory.refsSearch')}
          aria-label={t('servicesInventory.refsSearch')}
          onChange={(e) => setSearch(e.target.value)}
        />
        {matches.length > 0 && <span className="choice-group">{matches.slice(0, REFS_SEARCH_RESULTS).map(box)}</span>}
        {matches.length > REFS_SEARCH_RESULTS && (
          <span className="field-hint">
            {t('servicesInventory.refsMore', { count: matches.length - REFS_SEARCH_RESULTS })}
          </span>
        )}
        {create}
      </span>
    );
  },
  (before, after) =>
    before.field === after.field &&
    before.id === after.id &&
    before.readOnly === after.readOnly &&
    before.value === after.value &&
    before.excludeId === after.excludeId,
);
