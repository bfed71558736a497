import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type Ref, type RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDescriptor } from '../../domain/fields';
import type { ListRow, SortOrder } from './listRows';
import { ListTableRow } from './ListTableRow';
import './listTable.css';

/** From this many items a list scrolls in a box of its own and renders only the rows in view. */
export const VIRTUALISE_FROM = 100;

interface ListTableProps {
  section: string;
  columns: readonly FieldDescriptor[];
  rows: readonly ListRow[];
  /** All items of the list (before filtering): decides whether the table is virtualised. */
  total: number;
  sort: SortOrder | null;
  onSort: (field: string) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The list has a flag column with words in it (a role without deputy), not only an icon. */
  flags?: boolean;
  /** Where a virtualised list was scrolled, kept while the step is left and opened again. */
  scrollKey: string;
}

/**
 * A list's table: every row for a short list, as it always was; for a long one (an inventory of
 * thousands) only the rows in view, in a scrolling box with the column headers kept on top.
 * Arrow keys, Home and End move between the rows' names in both.
 */
export function ListTable(props: ListTableProps) {
  return props.total >= VIRTUALISE_FROM ? <VirtualListTable {...props} /> : <PlainListTable {...props} />;
}

function PlainListTable({ section, columns, rows, sort, onSort, selectedId, onSelect }: ListTableProps) {
  const labels = useRowLabels();
  const body = useRef<HTMLTableSectionElement>(null);
  const onKeyDown = useRowKeys(rows.length, (index) => focusRow(body, index));
  return (
    <table className="list-table">
      <ListCaption section={section} />
      <ListTableHead section={section} columns={columns} sort={sort} onSort={onSort} />
      <tbody ref={body} onKeyDown={onKeyDown}>
        {rows.map((row, index) => (
          <ListTableRow key={row.item.id} row={row} index={index} selected={row.item.id === selectedId} onSelect={onSelect} labels={labels} />
        ))}
      </tbody>
    </table>
  );
}

/** Scroll offsets of long lists by plan and section, so returning to a step finds the same rows. */
const scrollOffsets = new Map<string, number>();

function VirtualListTable({ section, columns, rows, sort, onSort, selectedId, onSelect, flags, scrollKey }: ListTableProps) {
  const labels = useRowLabels();
  const box = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const initialOffset = useMemo(() => scrollOffsets.get(scrollKey) ?? 0, [scrollKey]);
  // The rows start below the column headers, which stay on top as the rows scroll under them.
  const [headerHeight, setHeaderHeight] = useState(0);
  const head = useRef<HTMLTableSectionElement>(null);
  useLayoutEffect(() => {
    const header = head.current;
    if (!header) return;
    const measure = () => setHeaderHeight(header.getBoundingClientRect().height);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => box.current,
    estimateSize: () => 40,
    overscan: 8,
    initialOffset,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
    getItemKey: (index) => rows[index]!.item.id,
  });
  useLayoutEffect(() => {
    if (box.current && initialOffset) box.current.scrollTop = initialOffset;
  }, [initialOffset]);

  // A row selected from elsewhere (a followed warning) is scrolled into view; a clicked one already is.
  const selectedIndex = selectedId ? rows.findIndex((row) => row.item.id === selectedId) : -1;
  const selectedIndexRef = useRef(selectedIndex);
  selectedIndexRef.current = selectedIndex;
  useEffect(() => {
    if (selectedIndexRef.current >= 0) virtualizer.scrollToIndex(selectedIndexRef.current, { align: 'auto' });
  }, [selectedId, virtualizer]);

  const pendingFocus = useRef<number | null>(null);
  const onKeyDown = useRowKeys(rows.length, (index) => {
    pendingFocus.current = index;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    if (focusRow(body, index)) pendingFocus.current = null;
  });
  // A row scrolled to by the keyboard exists only after the next render; focus it then.
  useEffect(() => {
    if (pendingFocus.current !== null && focusRow(body, pendingFocus.current)) pendingFocus.current = null;
  });

  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - headerHeight : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - headerHeight) : 0;
  return (
    <div
      ref={box}
      className="list-scroll"
      onScroll={(event) => scrollOffsets.set(scrollKey, event.currentTarget.scrollTop)}
    >
      <table className={`list-table list-table-virtual${flags ? ' with-row-flags' : ''}`} aria-rowcount={rows.length + 1}>
        <ListCaption section={section} />
        <ListTableHead ref={head} section={section} columns={columns} sort={sort} onSort={onSort} ariaRowIndex={1} />
        <tbody ref={body} onKeyDown={onKeyDown}>
          {before > 0 && <SpacerRow height={before} columns={columns.length + 1} />}
          {items.map((virtual) => {
            const row = rows[virtual.index]!;
            return (
              <ListTableRow
                key={row.item.id}
                row={row}
                index={virtual.index}
                ariaRowIndex={virtual.index + 2}
                selected={row.item.id === selectedId}
                onSelect={onSelect}
                labels={labels}
                measureRef={virtualizer.measureElement}
              />
            );
          })}
          {after > 0 && <SpacerRow height={after} columns={columns.length + 1} />}
        </tbody>
      </table>
    </div>
  );
}

/** Stands in for the rows out of view, so the scroll bar shows the whole list. */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="list-spacer" aria-hidden="true" style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}

function ListCaption({ section }: { section: string }) {
  const { t } = useTranslation();
  return <caption className="visually-hidden">{t(`lists.${section}.title`)}</caption>;
}

interface ListTableHeadProps {
  ref?: Ref<HTMLTableSectionElement>;
  section: string;
  columns: readonly FieldDescriptor[];
  sort: SortOrder | null;
  onSort: (field: string) => void;
  ariaRowIndex?: number;
}

function ListTableHead({ ref, section, columns, sort, onSort, ariaRowIndex }: ListTableHeadProps) {
  const { t } = useTranslation();
  return (
    <thead ref={ref}>
      <tr aria-rowindex={ariaRowIndex}>
        {columns.map((field) => (
          <th key={field.name} scope="col" aria-sort={sort?.field === field.name ? (sort.descending ? 'descending' : 'ascending') : undefined}>
            <button type="button" className="sort-button" title={t('common.sortBy')} onClick={() => onSort(field.name)}>
              {t(`fields.${section}.${field.name}.label`)}
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
  );
}

function useRowLabels() {
  const { t } = useTranslation();
  const unnamed = t('common.unnamed');
  const incomplete = t('common.status.partial');
  return useMemo(() => ({ unnamed, incomplete }), [unnamed, incomplete]);
}

/** Arrow keys, Home and End on a row's name move to another row (`moveTo` gets its index). */
function useRowKeys(count: number, moveTo: (index: number) => void) {
  const latest = useRef(moveTo);
  latest.current = moveTo;
  return useCallback(
    (event: KeyboardEvent<HTMLTableSectionElement>) => {
      const target = event.target as HTMLElement;
      if (!target.matches('button.row-open')) return;
      const current = Number(target.closest('tr')?.dataset.index ?? -1);
      const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: count - 1 }[event.key];
      if (next === undefined || current < 0 || next < 0 || next >= count) return;
      event.preventDefault();
      latest.current(next);
    },
    [count],
  );
}

/** Focuses the name of the row at `index` if it is rendered; true when it was. */
function focusRow(body: RefObject<HTMLTableSectionElement | null>, index: number): boolean {
  const button = body.current?.querySelector<HTMLButtonElement>(`tr[data-index="${index}"] button.row-open`);
  button?.focus({ preventScroll: false });
  return Boolean(button);
}
