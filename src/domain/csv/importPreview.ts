import type { FieldDescriptor } from '../fields';
import { DEPENDENCY_LIMITS } from '../rules/inventoryCsv';
import { type ListSection, validatePatch } from '../section';
import type { ListKey } from './importWords';
import { normalise } from './normalise';
import { type Recognition, phoneFieldOfLabel } from './recognise';
import { type ColumnMapping, readCell } from './sheet';
import { kindFromHint, readKind, readSupplierKind } from './valueWords';

/**
 * Every row of a list file read with a mapping, as it will be stored. Nothing a row holds is
 * thrown away for being odd: a kind that reads as nothing becomes "other", a number or date
 * written in words ("NBD", "jaarlijks verlengd") leaves the field empty, and the text is kept in
 * the row's notes. Only a row without a name is refused.
 */

/** A list the references point into, by id and name (people, suppliers, systems). */
/** How Google Contacts separates several values in one cell ("050 11 22 33 ::: 0470 11 22 33"). */
const GOOGLE_VALUES = /\s*:::\s*/;

export type NameIndex = readonly { id: string; name: string }[];

export interface ImportLookups {
  people: NameIndex;
  suppliers: NameIndex;
}

export interface ImportRow {
  /** Row number as the spreadsheet shows it. */
  row: number;
  data: Record<string, unknown>;
  /** Names of the systems this one needs, resolved when stored (the new systems have no ids yet). */
  dependsOnNames: string[];
  /** Names that point at nothing in the plan: the field stays empty, the name goes into the notes. */
  unresolved: { field: string; value: string }[];
  /** Values read through a synonym or kept as "other": shown as "read as …" to be checked. */
  readAs: { field: string; value: string; as: string }[];
}

export type RowProblemKind = 'noName' | 'invalid';
export type SkipReason = 'empty' | 'total' | 'section' | 'header';

export interface ImportPreview {
  accepted: ImportRow[];
  rejected: { row: number; problems: { field: string; problem: RowProblemKind; value: string }[] }[];
  skipped: { row: number; reason: SkipReason; text: string }[];
  /** Rows that repeat an earlier row of the file (same name, nothing telling them apart): merged into it. */
  merged: { row: number; into: number; name: string }[];
  /** Rows with a name already used earlier in the file but a different serial, e-mail or customer number. */
  renamed: { row: number; name: string }[];
}

export interface PreviewOptions {
  lookups: ImportLookups;
  /** A choice's labels in both languages. */
  choiceLabels: (field: FieldDescriptor, option: string) => readonly string[];
  /** A field's label in the plan's language, to say in the notes what a kept value was. */
  noteLabel: (field: FieldDescriptor) => string;
}

/** What tells two rows with one name apart, per list. */
export const STABLE_KEY: Record<ListKey, string> = {
  systems: 'serialOrLicence',
  people: 'email',
  suppliers: 'customerNumber',
};

const TOTAL = /^(sub)?tota(a)?l(s|en)?\b|^grand total\b|^som\b|^eindtotaal\b/i;
const BOOLEAN_TEXT = /^(true|false|waar|onwaar)$/i;

function findByName(index: NameIndex, raw: string): string | null {
  const key = normalise(raw);
  if (!key) return null;
  return index.find((entry) => normalise(entry.name) === key)?.id ?? null;
}

function choiceReader(field: FieldDescriptor, choiceLabels: PreviewOptions['choiceLabels']) {
  const byLabel = new Map<string, string>();
  for (const option of field.options ?? [])
    for (const text of [option, ...choiceLabels(field, option)]) {
      const key = normalise(text);
      if (key && !byLabel.has(key)) byLabel.set(key, option);
    }
  const words =
    field.optionSet === 'systemType'
      ? readKind
      : field.optionSet === 'supplierCategory'
        ? readSupplierKind
        : () => null;
  return (raw: string): { exact: string } | { synonym: string } | null => {
    const exact = byLabel.get(normalise(raw));
    if (exact) return { exact };
    const synonym = words(raw);
    return synonym && field.options?.includes(synonym) ? { synonym } : null;
  };
}

export function previewListImport(
  list: ListKey,
  section: ListSection,
  recognition: Pick<Recognition, 'headers' | 'rows' | 'headerRow' | 'hints'>,
  mapping: ColumnMapping,
  options: PreviewOptions,
): ImportPreview {
  const preview: ImportPreview = { accepted: [], rejected: [], skipped: [], merged: [], renamed: [] };
  const fieldsByName = new Map(section.fields.map((f) => [f.name, f]));
  const columnsOf = new Map<string, number[]>();
  mapping.forEach((name, column) => {
    if (name && fieldsByName.has(name)) columnsOf.set(name, [...(columnsOf.get(name) ?? []), column]);
  });
  const readers = new Map(
    section.fields.filter((f) => f.widget === 'choice').map((f) => [f.name, choiceReader(f, options.choiceLabels)]),
  );
  const headerKey = recognition.headers.map(normalise).join('|');
  const nameColumns = columnsOf.get('name') ?? [];
  const firstByName = new Map<string, ImportRow>();
  let section_: string | null = null;

  recognition.rows.forEach((cells, index) => {
    const row = recognition.headerRow + index + 2;
    const filled = cells.map((c, column) => ({ c: c.trim(), column })).filter(({ c }) => c !== '');
    if (filled.length === 0) return preview.skipped.push({ row, reason: 'empty', text: '' });
    if (TOTAL.test(filled[0]!.c)) return preview.skipped.push({ row, reason: 'total', text: filled[0]!.c });
    if (cells.map(normalise).join('|') === headerKey) return preview.skipped.push({ row, reason: 'header', text: '' });
    if (filled.length === 1) {
      // A section heading stands alone at the left of the table ("BURGERZAKEN"), or outside the name column.
      const only = filled[0]!;
      const shouting = /\p{Lu}/u.test(only.c) && !/\p{Ll}/u.test(only.c) && !/\d/.test(only.c);
      const leftmost = only.column <= Math.min(...mapping.flatMap((name, column) => (name ? [column] : [])));
      if (
        leftmost &&
        !only.c.includes('@') &&
        (shouting || !nameColumns.includes(only.column) || only.c.endsWith(':'))
      ) {
        section_ = only.c;
        return preview.skipped.push({ row, reason: 'section', text: only.c });
      }
    }

    const result: ImportRow = { row, data: {}, dependsOnNames: [], unresolved: [], readAs: [] };
    const notes: string[] = [];
    const keep = (field: FieldDescriptor, value: string) => notes.push(`${options.noteLabel(field)}: ${value}`);
    for (const [name, columns] of columnsOf) {
      const field = fieldsByName.get(name)!;
      const joiner = field.widget === 'longText' ? '\n' : ' ';
      const raw = columns
        .map((c) => (cells[c] ?? '').trim())
        .filter(Boolean)
        .join(joiner);
      readField(field, raw);
    }

    function readField(field: FieldDescriptor, cell: string) {
      const data = result.data;
      let raw = cell;
      if (field.widget === 'phone' || field.widget === 'email') {
        // Google Contacts puts a second number or address in the same cell after " ::: ".
        const [first = '', ...others] = cell.split(GOOGLE_VALUES);
        raw = first;
        // Not for a private number: notes go into every edition, a private number only with consent.
        if (others.length > 0 && !field.private) keep(field, others.join(', '));
      }
      switch (field.widget) {
        case 'choice': {
          if (field.name === 'type' && list === 'systems') return readSystemKind(field, raw);
          if (!raw) return;
          const read = readers.get(field.name)!(raw);
          if (read && 'exact' in read) data[field.name] = read.exact;
          else if (read) {
            data[field.name] = read.synonym;
            result.readAs.push({ field: field.name, value: raw, as: read.synonym });
          } else if (field.options?.includes('other')) {
            data[field.name] = 'other';
            result.readAs.push({ field: field.name, value: raw, as: 'other' });
            keep(field, raw);
          } else keep(field, raw);
          return;
        }
        case 'ref': {
          if (!raw) return;
          const id = findByName(field.ref === 'people' ? options.lookups.people : options.lookups.suppliers, raw);
          data[field.name] = id ?? '';
          if (!id) {
            result.unresolved.push({ field: field.name, value: raw });
            keep(field, raw);
          }
          return;
        }
        case 'refs': {
          const names = raw
            .split(/[;,|\n]/)
            .map((n) => n.trim())
            .filter(Boolean);
          // No list of systems is this long: kept as text in the notes rather than linked to nothing.
          if (names.length > DEPENDENCY_LIMITS.names || names.some((n) => [...n].length > DEPENDENCY_LIMITS.nameLength))
            keep(field, raw.length > 2000 ? `${raw.slice(0, 2000)}…` : raw);
          else result.dependsOnNames = names;
          return;
        }
        case 'phone':
          // A True/False in a phone column is a flag from another tool, not a number.
          if (raw && !BOOLEAN_TEXT.test(raw)) data[field.name] = raw;
          return;
        case 'integer':
        case 'hours':
        case 'date':
        case 'boolean': {
          if (!raw) return;
          // "3 stuks", "12 pcs": the number is what counts.
          const cleaned =
            field.widget === 'integer' ? raw.replace(/^(\d[\d\s.]*)\s*[\p{L}.]*$/u, '$1').replace(/[\s.]/g, '') : raw;
          const cell = readCell(field, cleaned, options.choiceLabels);
          if ('problem' in cell) keep(field, raw);
          else data[field.name] = cell.value;
          return;
        }
        default:
          if (raw) data[field.name] = raw;
      }
    }

    function readSystemKind(field: FieldDescriptor, raw: string) {
      const hints = recognition.hints.kindHints.map((c) => (cells[c] ?? '').trim()).filter(Boolean);
      const fromHints = kindFromHint(hints) ?? hints.map(readKind).find(Boolean) ?? null;
      const read = raw ? readers.get('type')!(raw) : null;
      if (read && 'exact' in read) {
        result.data.type = read.exact;
        return;
      }
      // "Windows" or "Computer" says little: an OS or model that says server or laptop is more precise.
      const vague =
        read && ['desktop', 'other'].includes(read.synonym) && /windows|computer|pc|mac|apple|workstation/i.test(raw);
      const kind = read && !(vague && fromHints) ? read.synonym : (fromHints ?? null);
      if (kind) {
        result.data.type = kind;
        result.readAs.push({ field: 'type', value: raw || hints[0]!, as: kind });
      } else if (raw) {
        result.data.type = 'other';
        result.readAs.push({ field: 'type', value: raw, as: 'other' });
        keep(field, raw);
      }
    }

    if (list === 'systems' && !columnsOf.has('type')) readSystemKind(fieldsByName.get('type')!, '');
    // Google: each number where its label says (Mobile, Work, Home).
    const labelled = Object.entries(recognition.hints.phoneLabels).flatMap(([valueColumn, labelColumn]) => {
      const value = (cells[Number(valueColumn)] ?? '').split(GOOGLE_VALUES)[0]!.trim();
      const target = phoneFieldOfLabel(cells[labelColumn] ?? '');
      const mapped = mapping[Number(valueColumn)];
      return value && target && fieldsByName.has(target) && mapped
        ? [{ value, target, mapped, valueColumn: Number(valueColumn) }]
        : [];
    });
    for (const { value, mapped } of labelled) if (result.data[mapped] === value) delete result.data[mapped];
    for (const { value, target } of labelled) if (!result.data[target]) result.data[target] = value;
    // A second number in a labelled cell is noted under the label's field, not the column's.
    for (const { valueColumn, target, mapped } of labelled) {
      const others = (cells[valueColumn] ?? '').split(GOOGLE_VALUES).slice(1).join(', ');
      const noted = notes.indexOf(`${options.noteLabel(fieldsByName.get(mapped)!)}: ${others}`);
      const targetField = fieldsByName.get(target)!;
      if (!others || noted < 0) continue;
      if (targetField.private) notes.splice(noted, 1);
      else notes[noted] = `${options.noteLabel(targetField)}: ${others}`;
    }
    if (!String(result.data.name ?? '').trim()) {
      const cell = (c: number) => (cells[c] ?? '').trim();
      const parts = recognition.hints.nameParts.map(cell).filter(Boolean).join(' ');
      const name = parts || recognition.hints.nameFallback.map(cell).find(Boolean);
      if (name) result.data.name = name;
    }
    if (list === 'people' && section_ && !result.data.department) result.data.department = section_;
    if (notes.length > 0) {
      const existing = String(result.data.notes ?? '');
      result.data.notes = [existing, ...notes].filter(Boolean).join('\n');
    }

    const name = String(result.data.name ?? '').trim();
    if (!name) return preview.rejected.push({ row, problems: [{ field: 'name', problem: 'noName', value: '' }] });
    const checked = validatePatch(section, result.data);
    if (!checked.ok)
      return preview.rejected.push({
        row,
        problems: [{ field: 'name', problem: 'invalid', value: checked.problems.join('; ') }],
      });
    result.data = checked.value;
    const earlier = firstByName.get(normalise(name));
    if (earlier) {
      const keyField = STABLE_KEY[list];
      const mine = String(result.data[keyField] ?? '').trim();
      const theirs = String(earlier.data[keyField] ?? '').trim();
      if (mine && theirs && normalise(mine) !== normalise(theirs)) {
        result.data.name = `${name} (${mine})`;
        preview.renamed.push({ row, name: String(result.data.name) });
      } else {
        for (const [key, value] of Object.entries(result.data))
          if (isEmpty(earlier.data[key]) && !isEmpty(value)) earlier.data[key] = value;
        preview.merged.push({ row, into: earlier.row, name });
        return;
      }
    } else firstByName.set(normalise(name), result);
    preview.accepted.push(result);
  });
  return preview;
}

export const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
