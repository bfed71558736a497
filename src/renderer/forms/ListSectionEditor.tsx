import { Plus } from 'lucide-react';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDescriptor } from '../../domain/fields';
import { findSection } from '../../domain/plan';
import type { ListSection } from '../../domain/section';
import { useFocusRequest } from '../findings/focusField';
import { useFieldFindings } from '../findings/useFieldFindings';
import { useStore } from '../store';
import type { ListItem } from '../store/sectionsSlice';
import { type FieldGroup, ItemForm } from './ItemForm';
import { type ListRow, type SortOrder, buildRows, filterRows, sortRows } from './listRows';
import { ListTable } from './ListTable';
import { useCellTexts } from './useDisplayValue';
import { useListSection } from './useSection';

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
  /** Asked before an item is removed (otherwise it goes at once, with an undo); false keeps the item. */
  confirmRemove?: (item: ListItem, title: string) => Promise<boolean> | boolean;
  /** Shows only the items this accepts (a filter on the kind of system), besides the search. */
  itemFilter?: (item: ListItem) => boolean;
  /** Extra content under an item's form (the systems a supplier supports, an exercise's check results). */
  itemFooter?: (item: ListItem) => ReactNode;
  /** What a new item starts with (the playbook a check belongs to, when the list shows one playbook's). */
  newItem?: Record<string, unknown>;
  /** Fields the item form shows together in a form of the step's own (the impact grid). */
  fieldGroup?: FieldGroup;
}

/**
 * A list section as a table with a filter, and the selected item's form below it, both generated
 * from the section schema. Items are added, removed and reordered here; edits save as you type.
 */
export function ListSectionEditor({
  section: sectionKey,
  columns,
  only,
  selectedId: controlledId,
  onSelect,
  rowFlag,
  confirmRemove,
  itemFilter,
  itemFooter,
  newItem,
  fieldGroup,
}: ListSectionEditorProps) {
  const { t } = useTranslation();
  const section = findSection(sectionKey) as ListSection | undefined;
  const items = useListSection(sectionKey);
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const planPath = useStore((s) => s.plan?.path ?? '');
  const addItem = useStore((s) => s.addItem);
  const [ownSelectedId, setOwnSelectedId] = useState<string | null>(null);
  const selectedId = controlledId !== undefined ? controlledId : ownSelectedId;
  const setSelectedId = onSelect ?? setOwnSelectedId;
  const select = useCallback((id: string) => setSelectedId(id), [setSelectedId]);
  const [filter, setFilter] = useState('');
  const [addedId, setAddedId] = useState<string | null>(null);
  // Sorting is a view: the stored order (moved with the arrows) stays what the plan prints.
  const [sort, setSort] = useState<SortOrder | null>(null);
  const toggleSort = useCallback(
    (field: string) =>
      setSort((current) =>
        current?.field !== field
          ? { field, descending: false }
          : current.descending
            ? null
            : { field, descending: true },
      ),
    [],
  );

  const columnFields = useColumnFields(section, columns);
  const rows = useRows(items, section, columnFields, rowFlag);
  const candidates = useMemo(
    () => (itemFilter ? rows.filter((row) => itemFilter(row.item)) : rows),
    [rows, itemFilter],
  );
  // Counted, numbered and "empty" among the items this list shows (one playbook's checks), not the whole section.
  const shownItems = useMemo(() => (items && itemFilter ? items.filter(itemFilter) : items), [items, itemFilter]);
  const filtered = useMemo(() => filterRows(candidates, filter), [candidates, filter]);
  const visible = useMemo(() => sortRows(filtered, columnFields, sort), [filtered, columnFields, sort]);
  // Every finding about a field of this list shows beside the field; a followed finding opens its item.
  const findingsOf = useFieldFindings(sectionKey);
  const fieldNote = useCallback((item: ListItem, field: string) => findingsOf(item.id, field), [findingsOf]);
  useFocusRequest(sectionKey, (request) => {
    if (!request.itemId || !items?.some((item) => item.id === request.itemId)) return false;
    setSelectedId(request.itemId);
    return true;
  });
  const referenced = [
    ...new Set(columnFields.filter((f) => f.widget === 'ref' || f.widget === 'refs').map((f) => f.ref ?? '')),
  ];

  if (!section || !items || !shownItems) return null;
  const selected = items.find((item) => item.id === selectedId);

  return (
    <div className="list-editor">
      {referenced.map((target) => (
        <ReferencedList key={target} section={target} />
      ))}
      <div className="list-toolbar">
        <input
          type="search"
          className="list-filter"
          value={filter}
          placeholder={t('common.filter')}
          aria-label={`${t('common.filter')}: ${t(`lists.${sectionKey}.title`)}`}
          onChange={(event) => setFilter(event.target.value)}
        />
        <span className="muted">{t('common.itemCount', { count: shownItems.length })}</span>
        <button
          type="button"
          className="primary"
          disabled={readOnly}
          onClick={async () => {
            const item = await addItem(sectionKey, newItem);
            if (!item) return;
            setAddedId(item.id);
            setSelectedId(item.id);
          }}
        >
          <Plus size={16} aria-hidden="true" /> {t(`lists.${sectionKey}.add`)}
        </button>
      </div>
      {shownItems.length === 0 ? (
        <p className="empty-state">{t(`lists.${sectionKey}.empty`)}</p>
      ) : (
        <ListTable
          section={sectionKey}
          columns={columnFields}
          rows={visible}
          total={shownItems.length}
          sort={sort}
          onSort={toggleSort}
          selectedId={selectedId}
          onSelect={select}
          flags={Boolean(rowFlag)}
          scrollKey={`${planPath}\u0000${sectionKey}`}
        />
      )}
      {selected && (
        <ItemForm
          key={selected.id}
          section={section}
          item={selected}
          position={(shownItems.includes(selected) ? shownItems : items).indexOf(selected)}
          total={(shownItems.includes(selected) ? shownItems : items).length}
          only={only}
          readOnly={readOnly}
          confirmRemove={confirmRemove}
          onRemoved={() => setSelectedId(null)}
          footer={itemFooter?.(selected)}
          fieldNote={fieldNote}
          justAdded={selected.id === addedId}
          fieldGroup={fieldGroup}
        />
      )}
    </div>
  );
}

/** The fields shown as columns; by default the title field and the next two. */
function useColumnFields(
  section: ListSection | undefined,
  columns: readonly string[] | undefined,
): readonly FieldDescriptor[] {
  // Keyed by the names, not the array: steps pass a new array literal on every render.
  const names = columns?.join('\u0000');
  return useMemo(() => {
    if (!section) return [];
    const chosen = names?.split('\u0000') ?? [
      section.titleField,
      ...section.fields
        .map((f) => f.name)
        .filter((n) => n !== section.titleField)
        .slice(0, 2),
    ];
    return chosen
      .map((name) => section.fields.find((f) => f.name === name))
      .filter((f): f is FieldDescriptor => Boolean(f));
  }, [section, names]);
}

/** Loads a list that a reference column names its items from, so those cells are not blank. */
function ReferencedList({ section }: { section: string }) {
  useListSection(section);
  return null;
}

/** The table rows, rebuilt only for the items that changed. */
function useRows(
  items: ListItem[] | undefined,
  section: ListSection | undefined,
  columns: readonly FieldDescriptor[],
  rowFlag?: (item: ListItem) => string | null,
): readonly ListRow[] {
  const texts = useCellTexts(columns);
  const required = useMemo(() => section?.fields.filter((f) => f.required) ?? [], [section]);
  // A new cache whenever how a row reads changes (another column, a renamed supplier, the language).
  const builder = useMemo(
    () => ({ columns, texts, required, rowFlag, cache: new WeakMap<ListItem, ListRow>() }),
    [columns, texts, required, rowFlag],
  );
  return useMemo(() => (items ? buildRows(items, builder, builder.cache) : []), [items, builder]);
}
