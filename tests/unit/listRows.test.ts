import { describe, expect, it } from 'vitest';
import type { FieldDescriptor } from '../../src/domain/fields';
import { systemsSection } from '../../src/domain/sections/systems';
import { type ListRow, type RowBuilder, buildRows, filterRows, sortRows } from '../../src/renderer/forms/listRows';
import type { ListItem } from '../../src/renderer/store/sectionsSlice';

const fieldsNamed = (...names: string[]) =>
  names.map((name) => systemsSection.fields.find((f) => f.name === name)!) as FieldDescriptor[];
const kinds: Record<string, string> = { laptop: 'Laptop', saas: 'Webtoepassing', network: 'Netwerk' };

function builder(columns: FieldDescriptor[], calls: { count: number } = { count: 0 }): RowBuilder {
  return {
    columns,
    texts: columns.map((field) => (value: unknown) => {
      calls.count++;
      if (value === null || value === undefined || value === '') return '';
      return field.widget === 'choice' ? (kinds[String(value)] ?? String(value)) : String(value);
    }),
    required: systemsSection.fields.filter((f) => f.required),
  };
}

const systems: ListItem[] = [
  { id: 'a', name: 'Server 10', type: 'network', quantity: 3, owner: 'p1' },
  { id: 'b', name: 'server 9', type: 'saas', quantity: null, owner: 'p1' },
  { id: 'c', name: 'Laptops balie', type: 'laptop', quantity: 12, owner: '' },
];

describe('the rows of a list table', () => {
  it('show each column as text and flag an item with an empty required field', () => {
    const rows = buildRows(systems, builder(fieldsNamed('name', 'type')), new WeakMap());
    expect(rows.map((row) => row.cells)).toEqual([
      ['Server 10', 'Netwerk'],
      ['server 9', 'Webtoepassing'],
      ['Laptops balie', 'Laptop'],
    ]);
    expect(rows.map((row) => row.incomplete)).toEqual([false, false, true]);
  });

  it('are worked out again only for the items that changed', () => {
    const calls = { count: 0 };
    const build = builder(fieldsNamed('name', 'type'), calls);
    const cache = new WeakMap<ListItem, ListRow>();
    const first = buildRows(systems, build, cache);
    expect(calls.count).toBe(6);
    const edited = systems.map((item) => (item.id === 'b' ? { ...item, name: 'server 9b' } : item));
    const second = buildRows(edited, build, cache);
    expect(calls.count).toBe(8);
    expect(second[0]).toBe(first[0]);
    expect(second[1]!.cells[0]).toBe('server 9b');
  });

  it('are filtered on any shown column, in any case, ignoring spaces around the filter', () => {
    const rows = buildRows(systems, builder(fieldsNamed('name', 'type')), new WeakMap());
    expect(filterRows(rows, '  SERVER ').map((row) => row.item.id)).toEqual(['a', 'b']);
    expect(filterRows(rows, 'webtoep').map((row) => row.item.id)).toEqual(['b']);
    expect(filterRows(rows, '')).toBe(rows);
  });

  it('sort text as shown with numbers inside it in number order, and numbers as numbers with empty ones last', () => {
    const columns = fieldsNamed('name', 'type', 'quantity');
    const rows = buildRows(systems, builder(columns), new WeakMap());
    const ids = (sorted: readonly ListRow[]) => sorted.map((row) => row.item.id);
    expect(ids(sortRows(rows, columns, { field: 'name', descending: false }))).toEqual(['c', 'b', 'a']);
    expect(ids(sortRows(rows, columns, { field: 'type', descending: true }))).toEqual(['b', 'a', 'c']);
    expect(ids(sortRows(rows, columns, { field: 'quantity', descending: false }))).toEqual(['a', 'c', 'b']);
    expect(sortRows(rows, columns, null)).toBe(rows);
  });
});

describe('a date column', () => {
  it('reads as words in the plan’s language and sorts by the calendar, empty last', async () => {
    const { suppliersSection } = await import('../../src/domain/sections/suppliers');
    const { formatDate } = await import('../../src/i18n/dates');
    const contractEnd = suppliersSection.fields.find((f) => f.name === 'contractEnd')!;
    const suppliers: ListItem[] = [
      { id: 'a', contractEnd: '2026-09-30' },
      { id: 'b', contractEnd: '' },
      { id: 'c', contractEnd: '2026-04-01' },
      { id: 'd', contractEnd: '2027-01-15' },
    ];
    const rows = buildRows(
      suppliers,
      {
        columns: [contractEnd],
        texts: [(value) => (value ? formatDate(String(value), 'nl') : '')],
        required: [],
      },
      new WeakMap(),
    );
    expect(rows[0]!.cells).toEqual(['30 september 2026']);
    expect(formatDate('2026-09-30', 'en')).toBe('30 September 2026');
    const sorted = sortRows(rows, [contractEnd], { field: 'contractEnd', descending: false });
    // Alphabetically "1 april" < "15 januari" < "30 september"; by the calendar April 2026 comes first.
    expect(sorted.map((row) => row.item.id)).toEqual(['c', 'a', 'd', 'b']);
  });
});
