import { useRef } from 'react';
import type { FieldDescriptor } from '../../domain/fields';
import type { ListRow, SortOrder } from './listRows';
import { ListCaption, ListTableHead, focusRow, useCellClasses, useRowKeys, useRowLabels } from './ListTableParts';
import { ListTableRow } from './ListTableRow';
import { TableScroll } from './TableScroll';
import { VirtualListTable } from './VirtualListTable';
import './listTable.css';

/** From this many items a list scrolls in a box of its own and renders only the rows in view. */
export const VIRTUALISE_FROM = 100;

export interface ListTableProps {
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
  const cellClasses = useCellClasses(columns);
  return (
    <TableScroll>
      <table className="list-table">
        <ListCaption section={section} />
        <ListTableHead section={section} columns={columns} sort={sort} onSort={onSort} />
        <tbody ref={body} onKeyDown={onKeyDown}>
          {rows.map((row, index) => (
            <ListTableRow
              key={row.item.id}
              row={row}
              index={index}
              selected={row.item.id === selectedId}
              onSelect={onSelect}
              labels={labels}
              cellClasses={cellClasses}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
