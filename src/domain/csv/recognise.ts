import type { FieldDescriptor } from '../fields';
import { normalise } from './normalise';
import type { ColumnMapping, FieldLabels, ParsedCsv } from './sheet';
import {
  HEADER_WORDS,
  type HeaderRole,
  type ListKey,
  PHONE_LABELS,
  ROLE_WORDS,
  SALUTATIONS,
  TOOL_SIGNATURES,
  type ToolId,
} from './importWords';
import { readKind } from './valueWords';

/**
 * Which line is the header, which tool wrote the file and which column holds which field, from
 * the headers and, where two columns could fill one field, from what the columns hold.
 */

/** Helpers the proposal uses besides the mapping; they follow from the headers, not from a choice. */
export interface ImportHints {
  /** First, middle and last name when a full-name column is mapped: joined, they name a row it leaves empty. */
  nameParts: number[];
  /** Columns that name a row whose mapped name is empty (an e-mail display name, a UPN), in order. */
  nameFallback: number[];
  /** Columns the kind of a system is read from when the kind column says nothing (OS, model). */
  kindHints: number[];
  /** Google's "Phone 1 - Value" column → its "Phone 1 - Label" column, to put each number in its place. */
  phoneLabels: Record<number, number>;
  /** Columns never imported because they hold secrets (a password column). */
  refused: number[];
}

export interface Recognition {
  /** The line of the file the header is on (0: the first). */
  headerRow: number;
  headers: string[];
  /** The rows below the header. */
  rows: string[][];
  mapping: ColumnMapping;
  hints: ImportHints;
  tool: ToolId | null;
}

/** What a flag column holds; 0 and 1 are left out, they could be numbers. */
const BOOLEAN = new Set(['true', 'false', 'waar', 'onwaar', 'yes', 'no', 'ja', 'nee']);

/**
 * A column whose filled cells (two at least: one "ja" under "Locatie" proves nothing) are all yes/no or
 * True/False: a flag, never a number, a name or an address, whatever its header says.
 */
export const isFlagColumn = (cells: readonly string[]): boolean => {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  return filled.length > 1 && filled.every((cell) => BOOLEAN.has(cell.toLowerCase()));
};

/** Header word → roles, normalised once. */
const ROLE_INDEX = new Map<ListKey, Map<string, (HeaderRole & { rank?: number })[]>>();
function roleIndex(list: ListKey) {
  let index = ROLE_INDEX.get(list);
  if (index) return index;
  index = new Map();
  const add = (word: string, role: HeaderRole & { rank?: number }) => {
    const key = normalise(word);
    index!.set(key, [...(index!.get(key) ?? []), role]);
  };
  HEADER_WORDS[list].forEach(([field, tier, words]) =>
    words.forEach((word, position) => add(word, { field, tier, rank: tier * 1000 + position })),
  );
  ROLE_WORDS[list].forEach(([role, words]) => words.forEach((word) => add(word, role)));
  return index;
}

function rolesOf(list: ListKey, header: string, fields: readonly FieldDescriptor[], labels: FieldLabels) {
  const key = normalise(header);
  if (!key) return [];
  const roles: (HeaderRole & { rank?: number })[] = [];
  // "First name" and "Firstname" are one word once normalised: each role once.
  for (const role of roleIndex(list).get(key) ?? [])
    if (!roles.some((known) => JSON.stringify({ ...known, rank: 0 }) === JSON.stringify({ ...role, rank: 0 })))
      roles.push(role);
  for (const field of fields)
    if ([field.name, ...labels(field)].some((label) => normalise(label) === key))
      roles.push({ field: field.name, tier: 0, rank: 500 });
  // Google numbers its columns: "Phone 2 - Value", "E-mail 3 - Value".
  if (/^phone \d+ - value$/i.test(header.trim())) roles.push({ field: 'workPhone', tier: 1, rank: 1500 });
  if (/^e-?mail \d+ - value$/i.test(header.trim()))
    roles.push({ field: list === 'suppliers' ? 'contact1Email' : 'email', tier: 1, rank: 1500 });
  return roles;
}

export function recogniseTool(headers: readonly string[]): ToolId | null {
  const present = new Set(headers.map(normalise));
  let best: { tool: ToolId; score: number } | null = null;
  for (const signature of TOOL_SIGNATURES) {
    const score = signature.headers.filter((h) => present.has(normalise(h))).length;
    if (score >= signature.needs && (!best || score > best.score)) best = { tool: signature.tool, score };
  }
  return best?.tool ?? null;
}

const values = (rows: readonly string[][], column: number) =>
  rows.map((row) => (row[column] ?? '').trim()).filter((cell) => cell !== '');

const share = (cells: readonly string[], test: (cell: string) => boolean) =>
  cells.length === 0 ? 0 : cells.filter(test).length / cells.length;

/** Proposes a field for each column; `rows` are the data below the header, to weigh columns by what they hold. */
export function proposeMapping(
  list: ListKey,
  headers: readonly string[],
  rows: readonly string[][],
  fields: readonly FieldDescriptor[],
  labels: FieldLabels,
): { mapping: ColumnMapping; hints: ImportHints } {
  const mapping: ColumnMapping = headers.map(() => null);
  const hints: ImportHints = { nameParts: [], nameFallback: [], kindHints: [], phoneLabels: {}, refused: [] };
  const known = new Set(fields.map((f) => f.name));
  const widgetOf = (name: string) => fields.find((f) => f.name === name)?.widget;
  const candidates: { column: number; field: string; rank: number }[] = [];
  const nameParts: { column: number; part: 'first' | 'middle' | 'last' }[] = [];
  const salutations: number[] = [];

  headers.forEach((header, column) => {
    const cells = values(rows, column);
    const onlyBooleans = isFlagColumn(cells);
    for (const role of rolesOf(list, header, fields, labels)) {
      if ('never' in role) {
        hints.refused.push(column);
        return;
      }
      if ('namePart' in role) nameParts.push({ column, part: role.namePart });
      else if ('nameFallback' in role) hints.nameFallback.push(column);
      else if ('kindHint' in role) hints.kindHints.push(column);
      else if ('salutation' in role) salutations.push(column);
      else if ('field' in role && known.has(role.field)) {
        if (onlyBooleans && widgetOf(role.field) !== 'boolean') continue;
        candidates.push({ column, field: role.field, rank: role.rank ?? role.tier * 1000 });
      }
    }
  });
  if (hints.refused.length > 0)
    candidates.splice(0, candidates.length, ...candidates.filter((c) => !hints.refused.includes(c.column)));

  const taken = new Set<number>();
  const assign = (column: number, field: string) => {
    mapping[column] = field;
    taken.add(column);
  };
  /** Fields that take several columns, joined: the IP addresses of a device, its notes. */
  const joined = new Set(['accessDetails', 'notes']);
  const byField = new Map<string, typeof candidates>();
  for (const c of candidates) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
  // The strongest fields first, so a column claimed by its best field is not also offered to a weaker one.
  const order = [...byField.entries()].sort(
    (a, b) => Math.min(...a[1].map((c) => c.rank)) - Math.min(...b[1].map((c) => c.rank)),
  );
  for (const [field, options] of order) {
    const open = options.filter((c) => !taken.has(c.column)).sort((a, b) => a.rank - b.rank || a.column - b.column);
    if (open.length === 0) continue;
    if (joined.has(field)) {
      const best = Math.floor(open[0]!.rank / 1000);
      open.filter((c) => Math.floor(c.rank / 1000) === best).forEach((c) => assign(c.column, field));
      continue;
    }
    if (field === 'type' && open.length > 1) {
      // TOPdesk's "Type" is a model, its "Objectsoort" the kind: the column whose values read as kinds wins.
      const scored = open.map((c) => ({ ...c, score: share(values(rows, c.column), (v) => readKind(v) !== null) }));
      scored.sort((a, b) => b.score - a.score || a.rank - b.rank);
      assign(scored[0]!.column, field);
      scored.slice(1).forEach((c) => hints.kindHints.push(c.column));
      continue;
    }
    assign(open[0]!.column, field);
  }

  // A name split over first, middle and last name is joined; with a full-name column the parts only fill in.
  const partsOrder = { first: 0, middle: 1, last: 2 } as const;
  const parts = nameParts
    .filter((p) => !taken.has(p.column))
    .sort((a, b) => partsOrder[a.part] - partsOrder[b.part] || a.column - b.column);
  const partsField = list === 'suppliers' && mapping.includes('name') ? 'contact1Name' : 'name';
  if (parts.length > 0) {
    if (!mapping.includes(partsField)) parts.forEach((p) => assign(p.column, partsField));
    else if (partsField === 'name') hints.nameParts = parts.map((p) => p.column);
  }
  // With nothing else to name a row, its first fallback (a UPN, an e-mail display name) becomes the name.
  if (!mapping.includes('name') && hints.nameFallback.length > 0) {
    const [first, ...rest] = hints.nameFallback;
    assign(first!, 'name');
    hints.nameFallback = rest;
  }
  // "Title" is a salutation in Outlook (Dhr., Mevr.) and a job title in the Microsoft 365 list.
  if (list === 'people' && !mapping.includes('function'))
    for (const column of salutations) {
      const cells = values(rows, column);
      if (cells.length > 0 && share(cells, (c) => SALUTATIONS.includes(c.toLowerCase().replace(/\.$/, ''))) < 0.5) {
        assign(column, 'function');
        break;
      }
    }
  // Google: a "Phone N - Value" column goes where most of its "Phone N - Label" values say.
  headers.forEach((header, column) => {
    const slot = /^phone (\d+) - value$/i.exec(header.trim());
    if (!slot) return;
    const labelColumn = headers.findIndex((h) => new RegExp(`^phone ${slot[1]} - (label|type)$`, 'i').test(h.trim()));
    if (labelColumn < 0) return;
    hints.phoneLabels[column] = labelColumn;
    const target = mostCommon(values(rows, labelColumn).map(phoneFieldOfLabel).filter(Boolean) as string[]);
    if (target && known.has(target) && !mapping.includes(target)) mapping[column] = target;
  });
  return { mapping, hints };
}

export function phoneFieldOfLabel(label: string): 'workPhone' | 'mobilePhone' | 'privatePhone' | null {
  const words = label.toLowerCase().split(/[^\p{L}]+/u);
  for (const word of words) if (PHONE_LABELS[word]) return PHONE_LABELS[word]!;
  return null;
}

function mostCommon(items: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** A header line is one from which a name and at least one more field can be mapped. */
export const isHeaderMapping = (mapping: ColumnMapping): boolean =>
  mapping.includes('name') && mapping.filter(Boolean).length >= 2;

/**
 * The header is the first of the first fifteen lines from which a name can be mapped with at
 * least one other field: title lines, dates and empty lines above it are passed over.
 */
export function recognise(
  list: ListKey,
  table: ParsedCsv,
  fields: readonly FieldDescriptor[],
  labels: FieldLabels,
): Recognition {
  const all = [table.headers, ...table.rows];
  for (let i = 0; i < Math.min(all.length, 15); i++) {
    const headers = all[i]!.map((h) => h.trim());
    const rows = all.slice(i + 1);
    const proposal = proposeMapping(list, headers, rows.slice(0, 200), fields, labels);
    if (isHeaderMapping(proposal.mapping))
      return { headerRow: i, headers, rows, ...proposal, tool: recogniseTool(headers) };
  }
  const proposal = proposeMapping(list, table.headers, table.rows.slice(0, 200), fields, labels);
  return { headerRow: 0, headers: table.headers, rows: table.rows, ...proposal, tool: recogniseTool(table.headers) };
}

/** A file layout as a short key: the same headers in the same order give the same key. */
export function layoutKey(headers: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of headers.map(normalise).join('|')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${headers.length}-${hash.toString(16)}`;
}
