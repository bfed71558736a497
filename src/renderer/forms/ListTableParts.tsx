import { type KeyboardEvent, type Ref, type RefObject, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDescriptor } from '../../domain/fields';
import type { SortOrder } from './listRows';
import { useWordingContext } from './useSection';

/** The pieces the plain and the virtualised list table share. */

/** Stands in for the rows out of view, so the scroll bar shows the whole list. */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="list-spacer" aria-hidden="true" style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}

/** Narrow columns for numbers, dates and yes/no in a fixed-layout table; text shares the rest. */
const FIXED_WIDTHS: Partial<Record<FieldDescriptor['widget'], string>> = {
  integer: '6rem',
  hours: '11rem',
  date: '8.5rem',
  boolean: '6rem',
  phone: '10rem',
};

export function ColumnWidths({ columns, flags }: { columns: readonly FieldDescriptor[]; flags: boolean }) {
  return (
    <colgroup>
      {columns.map((field) => (
        <col key={field.name} style={{ width: FIXED_WIDTHS[field.widget] }} />
      ))}
      <col style={{ width: flags ? '9rem' : '28px' }} />
    </colgroup>
  );
}

export function ListCaption({ section }: { section: string }) {
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

export function ListTableHead({ ref, section, columns, sort, onSort, ariaRowIndex }: ListTableHeadProps) {
  const { t } = useTranslation();
  const context = useWordingContext();
  return (
    <thead ref={ref}>
      <tr aria-rowindex={ariaRowIndex}>
        {columns.map((field) => (
          <th
            key={field.name}
            scope="col"
            aria-sort={sort?.field === field.name ? (sort.descending ? 'descending' : 'ascending') : undefined}
          >
            <button type="button" className="sort-button" title={t('common.sortBy')} onClick={() => onSort(field.name)}>
              {t(`fields.${section}.${field.name}.label`, { context })}
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

/** A class per column: a phone number reads as one, so its cell never breaks at its spaces. */
export function useCellClasses(columns: readonly FieldDescriptor[]): readonly (string | undefined)[] {
  return useMemo(() => columns.map((field) => (field.widget === 'phone' ? 'nowrap' : undefined)), [columns]);
}

export function useRowLabels() {
  const { t } = useTranslation();
  const unnamed = t('common.unnamed');
  const incomplete = t('common.status.partial');
  return useMemo(() => ({ unnamed, incomplete }), [unnamed, incomplete]);
}

/** Arrow keys, Home and End on a row's name move to another row (`moveTo` gets its index). */
export function useRowKeys(count: number, moveTo: (index: number) => void) {
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
export function focusRow(body: RefObject<HTMLTableSectionElement | null>, index: number): boolean {
  const button = body.current?.querySelector<HTMLButtonElement>(`tr[data-index="${index}"] button.row-open`);
  button?.focus({ preventScroll: false });
  return Boolean(button);
}
