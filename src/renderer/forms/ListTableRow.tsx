import { CircleAlert } from 'lucide-react';
import { memo } from 'react';
import type { ListRow } from './listRows';

interface ListTableRowProps {
  row: ListRow;
  /** Position among the shown rows, from 0. */
  index: number;
  selected: boolean;
  onSelect: (id: string) => void;
  labels: { unnamed: string; incomplete: string };
  /** A class for each cell, by column (`nowrap` for a phone number). */
  cellClasses: readonly (string | undefined)[];
  /** Set in a virtualised table: the row's 1-based place in the whole table, header row included. */
  ariaRowIndex?: number;
  measureRef?: (element: HTMLTableRowElement | null) => void;
}

/**
 * One item's row. Memoised: a keystroke in the filter or in another item's form leaves the rows
 * that did not change alone (their `row` object is reused by `buildRows`).
 */
export const ListTableRow = memo(function ListTableRow({
  row,
  index,
  selected,
  onSelect,
  labels,
  cellClasses,
  ariaRowIndex,
  measureRef,
}: ListTableRowProps) {
  const { item, cells } = row;
  return (
    <tr
      ref={measureRef}
      data-index={index}
      aria-rowindex={ariaRowIndex}
      aria-selected={selected}
      onClick={() => onSelect(item.id)}
    >
      {cells.map((text, column) => (
        <td key={column} className={cellClasses[column]}>
          {column === 0 ? (
            <button type="button" className="link row-open" onClick={() => onSelect(item.id)}>
              {text || labels.unnamed}
            </button>
          ) : (
            text
          )}
        </td>
      ))}
      <td className="row-flag">
        {row.incomplete && <CircleAlert size={16} role="img" aria-label={labels.incomplete} />}
        {row.flag && <span className="row-flag-text">{row.flag}</span>}
      </td>
    </tr>
  );
});
