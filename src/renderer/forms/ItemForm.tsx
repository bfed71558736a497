import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { Fragment, type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isFilled } from '../../domain/fields';
import { linksToSection } from '../../domain/links';
import type { ListSection } from '../../domain/section';
import { useStore } from '../store';
import type { ListItem } from '../store/sectionsSlice';
import { FieldRow } from './FieldRow';
import { LinkedFrom } from './LinkedFrom';
import { MissingFields } from './MissingFields';
import { useDisplayValue } from './useDisplayValue';
import { useFocusOnArrival } from './useFocusOnArrival';

interface ItemFormProps {
  section: ListSection;
  item: ListItem;
  position: number;
  total: number;
  only?: readonly string[];
  readOnly: boolean;
  confirmRemove?: (item: ListItem, title: string) => Promise<boolean> | boolean;
  onRemoved: () => void;
  footer?: ReactNode;
  fieldNote?: (item: ListItem, field: string) => string | null;
  /** Just added: the form scrolls into view with the focus in its first field. */
  justAdded?: boolean;
  /** Fields a step shows together in a form of its own (the impact grid), where the first of them stands. */
  fieldGroup?: FieldGroup;
}

export interface FieldGroup {
  fields: readonly string[];
  render: (item: ListItem) => ReactNode;
}

/** The selected item's form under a list: its fields, and moving or removing the item. */
export function ItemForm({
  section,
  item,
  position,
  total,
  only,
  readOnly,
  confirmRemove,
  onRemoved,
  footer,
  fieldNote,
  justAdded = false,
  fieldGroup,
}: ItemFormProps) {
  const { t } = useTranslation();
  const editItem = useStore((s) => s.editItem);
  const removeWithUndo = useStore((s) => s.removeWithUndo);
  const moveItem = useStore((s) => s.moveItem);
  const fields = only ? section.fields.filter((f) => only.includes(f.name)) : section.fields;
  const idPrefix = `${section.key}-${item.id}`;
  const form = useRef<HTMLElement>(null);
  useFocusOnArrival(form, justAdded);
  const display = useDisplayValue(section.key);
  const titleField = section.fields.find((f) => f.name === section.titleField);
  // A title that is a reference (a copy holder) reads as the person's name, not the id.
  const title =
    (titleField ? display(titleField, item[section.titleField]) : String(item[section.titleField] ?? '')) ||
    t('common.unnamed');
  return (
    <section ref={form} className="item-form section-form" aria-label={title} data-item-id={item.id}>
      <div className="item-form-header">
        <h3>{title}</h3>
        <div className="item-actions">
          <button
            type="button"
            disabled={readOnly || position === 0}
            onClick={() => void moveItem(section.key, item.id, position - 1)}
            aria-label={t('common.moveUp')}
            title={t('common.moveUp')}
          >
            <ArrowUp size={16} aria-hidden="true" />
          </button>
          <button
            type="button"
            disabled={readOnly || position === total - 1}
            onClick={() => void moveItem(section.key, item.id, position + 1)}
            aria-label={t('common.moveDown')}
            title={t('common.moveDown')}
          >
            <ArrowDown size={16} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="danger"
            disabled={readOnly}
            onClick={async () => {
              if (confirmRemove && !(await confirmRemove(item, title))) return;
              await removeWithUndo(section.key, item.id, title);
              onRemoved();
            }}
          >
            <Trash2 size={16} aria-hidden="true" /> {t('common.remove')}
          </button>
        </div>
      </div>
      <MissingFields
        idPrefix={idPrefix}
        section={section.key}
        fields={fields.filter((f) => f.required && !isFilled(item[f.name]))}
      />
      {fields.map((field) =>
        fieldGroup?.fields.includes(field.name) ? (
          field.name === fieldGroup.fields.find((name) => fields.some((f) => f.name === name)) && (
            <Fragment key={field.name}>{fieldGroup.render(item)}</Fragment>
          )
        ) : (
          <FieldRow
            key={field.name}
            section={section.key}
            field={field}
            idPrefix={idPrefix}
            value={item[field.name]}
            readOnly={readOnly}
            onChange={(value) => editItem(section.key, item.id, { [field.name]: value })}
            note={fieldNote?.(item, field.name)}
            itemId={item.id}
          />
        ),
      )}
      {!only &&
        linksToSection(section.key).map((link) => (
          <LinkedFrom key={`${link.section}.${link.field}`} link={link} item={item} readOnly={readOnly} />
        ))}
      {footer}
    </section>
  );
}
