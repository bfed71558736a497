import { type FieldDescriptor, isFilled } from '../../domain/fields';
import type { ListItem } from '../store/sectionsSlice';
import type { CellText } from './useDisplayValue';

/** One table row as shown: its cells' texts, worked out once per version of the item. */
export interface ListRow {
  item: ListItem;
  cells: string[];
  /** The cells, lower-cased, for the filter. */
  search: string[];
  /** A required field is empty. */
  incomplete: boolean;
  flag: string | null;
}

export interface RowBuilder {
  columns: readonly FieldDescriptor[];
  texts: readonly CellText[];
  required: readonly FieldDescriptor[];
  rowFlag?: (item: ListItem) => string | null;
}

/**
 * Rows for a list, reusing the rows of items that did not change since the last call with the same
 * cache: typing in one system's form rebuilds that system's row, not the other 1,999.
 */
export function buildRows(
  items: readonly ListItem[],
  builder: RowBuilder,
  cache: WeakMap<ListItem, ListRow>,
): ListRow[] {
  return items.map((item) => {
    let row = cache.get(item);
    if (!row) {
      const cells = builder.columns.map((field, index) => builder.texts[index]!(item[field.name]));
      row = {
        item,
        cells,
        search: cells.map((cell) => cell.toLocaleLowerCase()),
        incomplete: builder.required.some((field) => !isFilled(item[field.name])),
        flag: builder.rowFlag?.(item) ?? null,
      };
      cache.set(item, row);
    }
    return row;
  });
}

/** The rows with a column that contains the typed text (any case); all rows for an empty filter. */
export function filterRows(rows: readonly ListRow[], filter: string): readonly ListRow[] {
  const needle = filter.trim().toLocaleLowerCase();
  if (!needle) return rows;
  return rows.filter((row) => row.search.some((cell) => cell.includes(needle)));
}

export interface SortOrder {
  field: string;
  descending: boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Rows ordered by one column: numbers as numbers and dates by the calendar (empty last), everything else as the text shown. */
export function sortRows(
  rows: readonly ListRow[],
  columns: readonly FieldDescriptor[],
  sort: SortOrder | null,
): readonly ListRow[] {
  const column = sort ? columns.findIndex((field) => field.name === sort.field) : -1;
  if (!sort || column < 0) return rows;
  const field = columns[column]!;
  const numeric = field.widget === 'integer' || field.widget === 'hours';
  const number = (row: ListRow) =>
    typeof row.item[field.name] === 'number' ? (row.item[field.name] as number) : Number.POSITIVE_INFINITY;
  // A date reads "3 maart 2026" but sorts by the calendar (its stored YYYY-MM-DD), empty last.
  const date = (row: ListRow) => (typeof row.item[field.name] === 'string' && row.item[field.name]) || '\uffff';
  const compare = numeric
    ? (a: ListRow, b: ListRow) => {
        const x = number(a);
        const y = number(b);
        return x === y ? 0 : x < y ? -1 : 1;
      }
    : field.widget === 'date'
      ? (a: ListRow, b: ListRow) => (date(a) === date(b) ? 0 : date(a) < date(b) ? -1 : 1)
      : (a: ListRow, b: ListRow) => collator.compare(a.cells[column]!, b.cells[column]!);
  const sorted = [...rows].sort(compare);
  return sort.descending ? sorted.reverse() : sorted;
}
