import { type Range, defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import {
  type FocusEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ListTableProps } from './ListTable';
import {
  ColumnWidths,
  ListCaption,
  ListTableHead,
  SpacerRow,
  focusRow,
  useCellClasses,
  useRowKeys,
  useRowLabels,
} from './ListTableParts';
import { ListTableRow } from './ListTableRow';

/** Scroll offsets of long lists by plan and section, so returning to a step finds the same rows. */
const scrollOffsets = new Map<string, number>();

/** A long list: only the rows in view (and the selected and focused ones), in a scrolling box. */
export function VirtualListTable({
  section,
  columns,
  rows,
  sort,
  onSort,
  selectedId,
  onSelect,
  flags,
  scrollKey,
}: ListTableProps) {
  const labels = useRowLabels();
  const cellClasses = useCellClasses(columns);
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
  // The selected row and the row with the focus stay on the page while scrolled out of view, so the
  // focus is not lost and the edited row keeps its place for the arrow keys.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const selectedIndex = selectedId ? rows.findIndex((row) => row.item.id === selectedId) : -1;
  const focusedIndex = focusedId ? rows.findIndex((row) => row.item.id === focusedId) : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const kept = [selectedIndex, focusedIndex].filter((index) => index >= 0 && !indexes.includes(index));
      return kept.length > 0 ? [...new Set([...indexes, ...kept])].sort((a, b) => a - b) : indexes;
    },
    [selectedIndex, focusedIndex],
  );
  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const index = Number((event.target as HTMLElement).closest('tr')?.dataset.index ?? -1);
    const id = rows[index]?.item.id;
    if (id && id !== focusedId) setFocusedId(id);
  };
  const virtualizer = useVirtualizer({
    count: rows.length,
    rangeExtractor,
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

  // Rows in view, with spacers for the rows out of view around and between them.
  const shown: ReactNode[] = [];
  let end = headerHeight;
  for (const virtual of virtualizer.getVirtualItems()) {
    if (virtual.start > end)
      shown.push(
        <SpacerRow key={`spacer-${virtual.index}`} height={virtual.start - end} columns={columns.length + 1} />,
      );
    const row = rows[virtual.index]!;
    shown.push(
      <ListTableRow
        key={row.item.id}
        row={row}
        index={virtual.index}
        ariaRowIndex={virtual.index + 2}
        selected={row.item.id === selectedId}
        onSelect={onSelect}
        labels={labels}
        cellClasses={cellClasses}
        measureRef={virtualizer.measureElement}
      />,
    );
    end = virtual.end;
  }
  const total = headerHeight + virtualizer.getTotalSize();
  if (total > end) shown.push(<SpacerRow key="spacer-end" height={total - end} columns={columns.length + 1} />);
  return (
    <div
      ref={box}
      className="list-scroll"
      onScroll={(event) => scrollOffsets.set(scrollKey, event.currentTarget.scrollTop)}
    >
      <table className="list-table list-table-virtual" aria-rowcount={rows.length + 1}>
        <ListCaption section={section} />
        <ColumnWidths columns={columns} flags={Boolean(flags)} />
        <ListTableHead ref={head} section={section} columns={columns} sort={sort} onSort={onSort} ariaRowIndex={1} />
        <tbody ref={body} onKeyDown={onKeyDown} onFocus={onFocus}>
          {shown}
        </tbody>
      </table>
    </div>
  );
}
