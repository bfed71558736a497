import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDescriptor } from '../../domain/fields';
import { FieldInput } from './FieldInput';
import { useWordingContext } from './useSection';

interface FieldRowProps {
  section: string;
  field: FieldDescriptor;
  /** Unique per item in a list, so labels and links point at the right input. */
  idPrefix: string;
  value: unknown;
  readOnly: boolean;
  onChange: (value: unknown) => void;
  /** A flag about the value (a number that looks mistyped), shown under the input as it changes. */
  note?: string | null;
  /** The item this form edits, so a list of its own section never offers it (a system's dependencies). */
  itemId?: string;
}

/** Widgets that are a group of checkboxes: a fieldset whose legend names them all. */
const GROUPS: ReadonlySet<FieldDescriptor['widget']> = new Set(['choices', 'refs']);

/**
 * A field with its translated label, required mark and hint (Flemish or Netherlands wording).
 * Skips re-rendering while other fields are typed in: `onChange` only differs by identity for the
 * same section, item (`idPrefix`) and field, and a system's form holds selects of hundreds of
 * people and suppliers.
 */
export const FieldRow = memo(
  FieldRowContent,
  (before, after) =>
    before.section === after.section &&
    before.field === after.field &&
    before.idPrefix === after.idPrefix &&
    before.value === after.value &&
    before.readOnly === after.readOnly &&
    before.note === after.note &&
    before.itemId === after.itemId,
);

function FieldRowContent({ section, field, idPrefix, value, readOnly, onChange, note, itemId }: FieldRowProps) {
  const { t } = useTranslation();
  const context = useWordingContext();
  const id = `${idPrefix}-${field.name}`;
  const hint = t(`fields.${section}.${field.name}.hint`, { context, defaultValue: '' });
  const label = t(`fields.${section}.${field.name}.label`, { context });
  const requiredMark = field.required && (
    <span className="required-mark" title={t('common.required')} aria-hidden="true">
      *
    </span>
  );
  const grouped = GROUPS.has(field.widget);
  const Wrapper = grouped ? 'fieldset' : 'div';
  return (
    <Wrapper className={`field field-${field.widget}`}>
      {grouped ? (
        <legend className="field-label">
          {label} {requiredMark}
        </legend>
      ) : (
        <span className="field-label-row">
          <label htmlFor={id} className="field-label">
            {label}
          </label>
          {requiredMark}
        </span>
      )}
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      <FieldInput
        field={field}
        id={id}
        value={value}
        readOnly={readOnly}
        describedBy={[hint ? `${id}-hint` : '', note ? `${id}-note` : ''].filter(Boolean).join(' ') || undefined}
        onChange={onChange}
        excludeId={field.ref === section ? itemId : undefined}
      />
      {note && (
        <span id={`${id}-note`} className="field-note">
          {note}
        </span>
      )}
    </Wrapper>
  );
}
