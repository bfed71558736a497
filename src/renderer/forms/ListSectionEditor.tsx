import { ArrowDown, ArrowUp, CircleAlert, Plus, Trash2 } from 'lucide-react';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldDescriptor, isFilled } from '../../domain/fields';
import { findSection } from '../../domain/plan';
import type { ListSection } from '../../domain/section';
import { useStore } from '../store';
import type { ListItem } from '../store/sectionsSlice';
import { FieldRow } from './FieldRow';
import { MissingFields } from './MissingFields';
import { useListSection } from './useSection';
import { useDisplayValue } from './useDisplayValue';

interface ListSectionEditorProps {
  section: string;
  /** Fields shown as table columns; by default the title field and the next two. */
  columns?: readonly string[];
  /** Fields in the item form; by default all. */
  only?: readonly string[];
  /** The selected item, when the step selects items itself (a warning that leads to its item). */
  selectedId?: string | null;
  onSelect?: (id: string | null) => void;
  /** A short visible flag for a row (a role without deputy); null for none. */
  rowFlag?: (item: ListItem) => string | null;
  /** Asked before an item is removed, instead of the plain confirmation; false keeps the item. */
  confirmRemove?: (item: ListItem, title: string) => Promise<boolean> | boolean;
  /** Shows only the items this accepts (a filter on the kind of system), besides the search. */
  itemFilter?: (item: ListItem) => boolean;
  /** Extra, read-only content under an item's form (the systems a supplier supports). */
  itemFooter?: (item: ListItem) => ReactNode;
  /** Shows at most `max` rows until asked for all, so an inventory of thousands stays quick to edit. */
  rowLimit?: { max: number; showAll: (hidden: number) => string };
  /** A flag shown under one field of an item (a suspicious phone number); null for none. */
  fieldNote?: (item: ListItem, field: string) => string | null;
}

/**
 * A list section as a table with a filter, and the selected item's form below it, both generated
 * from the section schema. Items are added, removed and reordered here; edits save as you type.
 */
export function ListSectionEditor({ section: sectionKey, columns, only, selectedId: controlledId, onSelect, rowFlag, confirmRemove, itemFilter, itemFooter, fieldNote, rowLimit }: ListSectionEditorProps) {
  const { t } = useTranslation();
  const section = findSection(sectionKey) as ListSection | undefined;
  const items = useListSection(sectionKey);
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const addItem = useStore((s) => s.addItem);
  const [ownSelectedId, setOwnSelectedId] = useState<string | null>(null);
  const selectedId = controlledId !== undefined ? controlledId : ownSelectedId;
  const setSelectedId = onSelect ?? setOwnSelectedId;
  const [filter, setFilter] = useState('');
  const [showAllRows, setShowAllRows] = useState(false);
  // Sorting is a view: the stored order (moved with the arrows) stays what the plan prints.
  const [sort, setSort] = useState<{ field: string; descending: boolean } | null>(null);
  const display = useDisplayValue(sectionKey);

  const columnFields = useMemo(() => {
    if (!section) return [];
    const names = columns ?? [section.titleField, ...section.fields.map((f) => f.name).filter((n) => n !== section.titleField).slice(0, 2)];
    return names.map((name) => section.fields.find((f) => f.name === name)).filter((f): f is FieldDescriptor => Boolean(f));
  }, [section, columns]);

  if (!section || !items) return null;
  const needle = filter.trim().toLocaleLowerCase();
  const candidates = itemFilter ? items.filter(itemFilter) : items;
  const filtered = needle
    ? candidates.filter((item) => columnFields.some((f) => display(f, item[f.name]).toLocaleLowerCase().includes(needle)))
    : candidates;
  const sortField = sort ? columnFields.find((f) => f.name === sort.field) : undefined;
  const visible = sortField ? sortedItems(filtered, sortField, sort!.descending, display) : filtered;
  const toggleSort = (field: string) =>
    setSort((current) => (current?.field !== field ? { field, descending: false } : current.descending ? null : { field, descending: true }));
  const selected = items.find((item) => item.id === selectedId);
  const required = section.fields.filter((f) => f.required);

  return (
    <div className="list-editor">
      <div className="list-toolbar">
        <input
          type="search"
          className="list-filter"
          value={filter}
          placeholder={t('common.filter')}
          aria-label={`${t('common.filter')}: ${t(`lists.${sectionKey}.title`)}`}
          onChange={(event) => setFilter(event.target.value)}
        />
        <span className="muted">{t('common.itemCount', { count: items.length })}</span>
        <button
          type="button"
          className="primary"
          disabled={readOnly}
          onClick={async () => {
            const item = await addItem(sectionKey);
            if (item) setSelectedId(item.id);
          }}
        >
          <Plus size={16} aria-hidden="true" /> {t(`lists.${sectionKey}.add`)}
        </button>
      </div>
      {items.length === 0 ? (
        <p className="empty-state">{t(`lists.${sectionKey}.empty`)}</p>
      ) : (
        <table className="list-table">
          <caption className="visually-hidden">{t(`lists.${sectionKey}.title`)}</caption>
          <thead>
            <tr>
              {columnFields.map((field) => (
                <th
                  key={field.name}
                  scope="col"
                  aria-sort={sort?.field === field.name ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button type="button" className="sort-button" title={t('common.sortBy')} onClick={() => toggleSort(field.name)}>
                    {t(`fields.${sectionKey}.${field.name}.label`)}
                    <span aria-hidden="true">{sort?.field === field.name ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
              {/* A real cell with a hidden name, so the header row spans the flag column too. */}
              <th scope="col">
                <span className="visually-hidden">{t('common.status.partial')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shownRows(visible, rowLimit && !showAllRows ? rowLimit.max : null, selectedId).map((item) => {
              const incomplete = required.some((f) => !isFilled(item[f.name]));
              const flag = rowFlag?.(item) ?? null;
              return (
                <tr key={item.id} aria-selected={item.id === selectedId} onClick={() => setSelectedId(item.id)}>
                  {columnFields.map((field, index) => (
                    <td key={field.name}>
                      {index === 0 ? (
                        <button type="button" className="link" onClick={() => setSelectedId(item.id)}>
                          {display(field, item[field.name]) || t('common.unnamed')}
                        </button>
                      ) : (
                        display(field, item[field.name])
                      )}
                    </td>
                  ))}
                  <td className="row-flag">
                    {incomplete && <CircleAlert size={16} role="img" aria-label={t('common.status.partial')} />}
                    {flag && <span className="row-flag-text">{flag}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rowLimit && !showAllRows && visible.length > rowLimit.max && (
        <button type="button" className="show-all-rows" onClick={() => setShowAllRows(true)}>
          {rowLimit.showAll(visible.length - rowLimit.max)}
        </button>
      )}
      {selected && (
        <ItemForm key={selected.id} section={section} item={selected} position={items.indexOf(selected)} total={items.length} only={only} readOnly={readOnly} confirmRemove={confirmRemove} onRemoved={() => setSelectedId(null)} footer={itemFooter?.(selected)} fieldNote={fieldNote} />
      )}
    </div>
  );
}

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
}

function ItemForm({ section, item, position, total, only, readOnly, confirmRemove, onRemoved, footer, fieldNote }: ItemFormProps) {
  const { t } = useTranslation();
  const editItem = useStore((s) => s.editItem);
  const removeItem = useStore((s) => s.removeItem);
  const moveItem = useStore((s) => s.moveItem);
  const fields = only ? section.fields.filter((f) => only.includes(f.name)) : section.fields;
  const idPrefix = `${section.key}-${item.id}`;
  const display = useDisplayValue(section.key);
  const titleField = section.fields.find((f) => f.name === section.titleField);
  // A title that is a reference (a copy holder) reads as the person's name, not the id.
  const title = (titleField ? display(titleField, item[section.titleField]) : String(item[section.titleField] ?? '')) || t('common.unnamed');
  return (
    <section className="item-form section-form" aria-label={title}>
      <div className="item-form-header">
        <h3>{title}</h3>
        <div className="item-actions">
          <button type="button" disabled={readOnly || position === 0} onClick={() => void moveItem(section.key, item.id, position - 1)} aria-label={t('common.moveUp')} title={t('common.moveUp')}>
            <ArrowUp size={16} aria-hidden="true" />
          </button>
          <button type="button" disabled={readOnly || position === total - 1} onClick={() => void moveItem(section.key, item.id, position + 1)} aria-label={t('common.moveDown')} title={t('common.moveDown')}>
            <ArrowDown size={16} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="danger"
            disabled={readOnly}
            onClick={async () => {
              const proceed = confirmRemove ? await confirmRemove(item, title) : window.confirm(t('common.confirmRemove', { name: title }));
              if (!proceed) return;
              await removeItem(section.key, item.id);
              onRemoved();
            }}
          >
            <Trash2 size={16} aria-hidden="true" /> {t('common.remove')}
          </button>
        </div>
      </div>
      <MissingFields idPrefix={idPrefix} section={section.key} fields={fields.filter((f) => f.required && !isFilled(item[f.name]))} />
      {fields.map((field) => (
        <FieldRow
          key={field.name}
          section={section.key}
          field={field}
          idPrefix={idPrefix}
          value={item[field.name]}
          readOnly={readOnly}
          onChange={(value) => editItem(section.key, item.id, { [field.name]: value })}
          note={fieldNote?.(item, field.name)}
        />
      ))}
      {footer}
    </section>
  );
}

/** The first `max` rows (all when null), plus the selected item when it lies beyond them. */
function shownRows(rows: ListItem[], max: number | null, selectedId: string | null): ListItem[] {
  if (max === null || rows.length <= max) return rows;
  const first = rows.slice(0, max);
  const selected = selectedId ? rows.find((row) => row.id === selectedId) : undefined;
  return selected && !first.includes(selected) ? [...first, selected] : first;
}

/** Items ordered by one column: numbers as numbers, everything else as the text the table shows. */
function sortedItems(
  items: readonly ListItem[],
  field: FieldDescriptor,
  descending: boolean,
  display: (field: FieldDescriptor, value: unknown) => string,
): ListItem[] {
  const numeric = field.widget === 'integer' || field.widget === 'hours';
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const compare = (a: ListItem, b: ListItem) => {
    if (numeric) {
      const x = typeof a[field.name] === 'number' ? (a[field.name] as number) : Number.POSITIVE_INFINITY;
      const y = typeof b[field.name] === 'number' ? (b[field.name] as number) : Number.POSITIVE_INFINITY;
      return x - y;
    }
    return collator.compare(display(field, a[field.name]), display(field, b[field.name]));
  };
  const sorted = [...items].sort(compare);
  return descending ? sorted.reverse() : sorted;
}
