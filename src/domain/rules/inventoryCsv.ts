import { normalise } from '../csv/normalise';
import {
  type ColumnMapping,
  type FieldLabels,
  type ParsedCsv,
  guessColumns,
  parseCsv,
  readCell,
  toExcelCsv,
} from '../csv/sheet';
import type { FieldDescriptor } from '../fields';
import { systemsSection } from '../sections/systems';
import { validatePatch } from '../section';

/**
 * The IT inventory to and from CSV, as spreadsheets hold it: a title line above the header,
 * empty and total rows, "3 stuks" in a quantity column, kinds written as "switch" or "pc", and
 * suppliers, owners and dependencies by name. What cannot be read is reported, never guessed.
 */

export type { ColumnMapping, ParsedCsv };
export { parseCsv };

/** A list the references point into, by id and name (people, suppliers, systems). */
export type NameIndex = readonly { id: string; name: string }[];

export interface InventoryLookups {
  people: NameIndex;
  suppliers: NameIndex;
  /** The systems already in the plan, for duplicates and dependencies. */
  systems: NameIndex;
}

const ALIASES: Record<string, readonly string[]> = {
  name: ['naam', 'name', 'systeem', 'system', 'toestel', 'asset', 'omschrijving', 'description', 'item'],
  type: ['soort', 'type', 'kind', 'categorie', 'category', 'soort toestel'],
  vendor: ['leverancier', 'vendor', 'supplier', 'fabrikant', 'merk', 'brand'],
  owner: ['eigenaar', 'owner', 'verantwoordelijke', 'beheerder', 'responsible'],
  location: ['locatie', 'location', 'plaats', 'lokaal', 'site', 'gebouw'],
  quantity: ['aantal', 'quantity', 'qty', 'stuks', 'count', 'aantal stuks'],
  serialOrLicence: ['serienummer', 'serial', 'serial number', 'licentie', 'licence', 'license', 'licentienummer', 'sn'],
  credentialsLocation: ['toegangsgegevens', 'credentials', 'wachtwoorden bewaard', 'waar wachtwoord'],
  redundancy: ['redundantie', 'redundancy', 'ontdubbeling', 'reserve'],
  replacementLeadTimeDays: ['levertijd', 'lead time', 'levertijd dagen', 'replacement lead time'],
  userCount: ['gebruikers', 'users', 'aantal gebruikers', 'user count'],
  dependsOn: ['afhankelijk van', 'depends on', 'heeft nodig', 'needs', 'afhankelijkheden', 'dependencies'],
};

/** Words people write for a kind of system, besides the kind's own labels. */
const TYPE_ALIASES: Record<string, readonly string[]> = {
  laptop: ['notebook', 'portable', 'laptops'],
  desktop: ['pc', 'computer', 'werkstation', 'workstation', 'desktop', 'vaste pc'],
  printer: ['printer', 'printers', 'scanner', 'mfp', 'multifunctional', 'copier', 'kopieerapparaat'],
  network: [
    'netwerk',
    'network',
    'switch',
    'router',
    'firewall',
    'wifi',
    'wlan',
    'access point',
    'internet',
    'vpn',
    'lan',
  ],
  'server-cloud': ['server', 'nas', 'vm', 'virtual machine', 'cloudserver'],
  saas: ['saas', 'webapp', 'webtoepassing', 'web application'],
  software: ['software', 'toepassing', 'application', 'programma', 'app'],
  'cloud-service': ['cloud', 'clouddienst', 'cloud service', 'microsoft 365', 'm365', 'office 365'],
  email: ['email', 'e-mail', 'mail', 'exchange'],
  telephony: ['telefonie', 'telephony', 'telefoon', 'voip', 'telefooncentrale', 'pbx'],
  mobile: ['gsm', 'smartphone', 'tablet', 'mobiel', 'mobile', 'gsms', 'smartphones'],
  other: ['andere', 'other', 'overig'],
};

/** The aliases normalised once; the first kind that lists a word wins. */
const TYPE_BY_ALIAS = new Map<string, string>();
for (const [option, words] of Object.entries(TYPE_ALIASES))
  for (const word of words) if (!TYPE_BY_ALIAS.has(normalise(word))) TYPE_BY_ALIAS.set(normalise(word), option);

const TOTAL_ROW = /^(sub)?tota(a)?l\b/i;

/** What `inventory.import` takes for one system's dependencies: a longer list is no list of systems. */
export const DEPENDENCY_LIMITS = { names: 1000, nameLength: 1000 } as const;

/** A parsed file and the line its header was found on (0: the first line). */
export type InventoryCsv = ParsedCsv & { headerRow?: number };

/** The fields a column can be mapped to: all but the tier override and its reason, decided on the priorities step. */
export function mappableFields() {
  return systemsSection.fields.filter((f) => f.name !== 'tierOverride' && f.name !== 'tierOverrideReason');
}

/** Proposes which field each column holds, from field names, labels in both languages and aliases. */
export function guessInventoryMapping(headers: readonly string[], labels: FieldLabels = () => []): ColumnMapping {
  return guessColumns(headers, mappableFields(), labels, ALIASES);
}

/**
 * The header is the first of the first ten rows from which a name column can be mapped; title
 * lines above it ("IT-inventaris 2026") are dropped.
 */
export function findHeader(parsed: ParsedCsv, labels: FieldLabels = () => []): InventoryCsv {
  const all = [parsed.headers, ...parsed.rows];
  for (let i = 0; i < Math.min(all.length, 10); i++) {
    const mapping = guessInventoryMapping(
      all[i]!.map((h) => h.trim()),
      labels,
    );
    if (mapping.includes('name') && mapping.filter(Boolean).length >= 2) {
      return { ...parsed, headers: all[i]!.map((h) => h.trim()), rows: all.slice(i + 1), headerRow: i };
    }
  }
  return { ...parsed, headerRow: 0 };
}

export type InventoryCellProblem = 'number' | 'date' | 'boolean' | 'choice' | 'invalid' | 'noName' | 'duplicate';

export interface InventoryImportRow {
  /** Row number as the spreadsheet shows it. */
  row: number;
  /** Fields ready for `items.add`, without `dependsOn` (the new systems have no ids yet). */
  data: Record<string, unknown>;
  /** Names of the systems this one needs, resolved after all rows are added. */
  dependsOnNames: string[];
  /** Cells that were read but point at nothing in the plan: left empty, shown in the preview. */
  unresolved: { field: string; value: string }[];
}

export interface InventoryImportPreview {
  accepted: InventoryImportRow[];
  rejected: { row: number; problems: { field: string; problem: InventoryCellProblem; value: string }[] }[];
  /** Total rows and empty rows that were skipped. */
  skipped: number;
}

/** Each list's names normalised once, not once per lookup (an import looks up thousands of names). */
const normalisedIndexes = new WeakMap<NameIndex, Map<string, string>>();

function findByName(index: NameIndex, raw: string): string | null {
  const key = normalise(raw);
  if (!key) return null;
  let byName = normalisedIndexes.get(index);
  if (!byName) {
    byName = new Map();
    // The first entry with a name wins, as a search from the top would find it.
    for (const entry of index) {
      const name = normalise(entry.name);
      if (!byName.has(name)) byName.set(name, entry.id);
    }
    normalisedIndexes.set(index, byName);
  }
  return byName.get(key) ?? null;
}

/**
 * Reads a kind of system: its own value or one of its labels (the first kind that matches wins),
 * else a word people write for it. The labels are normalised once per import, not once per row.
 */
function typeReader(labels: (option: string) => readonly string[]): (raw: string) => string | null {
  const field = systemsSection.fields.find((f) => f.name === 'type')!;
  const byLabel = new Map<string, string>();
  for (const option of field.options ?? []) {
    for (const text of [option, ...labels(option)]) {
      const key = normalise(text);
      if (!byLabel.has(key)) byLabel.set(key, option);
    }
  }
  return (raw) => {
    const key = normalise(raw);
    if (!key) return '';
    return byLabel.get(key) ?? TYPE_BY_ALIAS.get(key) ?? null;
  };
}

/** Reads every row with the chosen mapping; `choiceLabels` gives a choice's labels in both languages. */
export function previewInventoryImport(
  parsed: InventoryCsv,
  mapping: ColumnMapping,
  lookups: InventoryLookups,
  choiceLabels: (field: FieldDescriptor, option: string) => readonly string[] = () => [],
): InventoryImportPreview {
  const preview: InventoryImportPreview = { accepted: [], rejected: [], skipped: 0 };
  const seen = new Set(lookups.systems.map((s) => normalise(s.name)).filter(Boolean));
  const typeField = systemsSection.fields.find((f) => f.name === 'type')!;
  const readType = typeReader((option) => choiceLabels(typeField, option));
  parsed.rows.forEach((cells, index) => {
    const row = index + 2 + (parsed.headerRow ?? 0);
    const nameColumn = mapping.indexOf('name');
    const rawName = (cells[nameColumn] ?? '').trim();
    if (cells.every((cell) => cell.trim() === '') || TOTAL_ROW.test(rawName)) {
      preview.skipped++;
      return;
    }
    const result: InventoryImportRow = { row, data: {}, dependsOnNames: [], unresolved: [] };
    const problems: InventoryImportPreview['rejected'][number]['problems'] = [];
    mapping.forEach((fieldName, column) => {
      const field = fieldName ? systemsSection.fields.find((f) => f.name === fieldName) : undefined;
      if (!field) return;
      const raw = (cells[column] ?? '').trim();
      if (field.name === 'type') {
        const type = readType(raw);
        if (type === null) problems.push({ field: 'type', problem: 'choice', value: raw });
        else result.data.type = type;
      } else if (field.widget === 'ref') {
        const id = findByName(field.ref === 'people' ? lookups.people : lookups.suppliers, raw);
        result.data[field.name] = id ?? '';
        if (raw && !id) result.unresolved.push({ field: field.name, value: raw });
      } else if (field.widget === 'refs') {
        result.dependsOnNames = raw
          .split(/[;,|\n]/)
          .map((n) => n.trim())
          .filter(Boolean);
        // Refused here, in the preview, rather than failing the whole import afterwards.
        const tooLong = result.dependsOnNames.some((n) => [...n].length > DEPENDENCY_LIMITS.nameLength);
        if (tooLong || result.dependsOnNames.length > DEPENDENCY_LIMITS.names)
          problems.push({ field: field.name, problem: 'invalid', value: raw.slice(0, 200) });
      } else {
        // "3 stuks", "12 pcs": the number is what counts.
        const cleaned =
          field.widget === 'integer' ? raw.replace(/^(\d[\d\s.]*)\s*[\p{L}.]*$/u, '$1').replace(/[\s.]/g, '') : raw;
        const cell = readCell(field, cleaned, choiceLabels);
        if ('problem' in cell) problems.push({ field: field.name, problem: cell.problem, value: raw });
        else result.data[field.name] = cell.value;
      }
    });
    const name = String(result.data.name ?? '').trim();
    if (!name) problems.push({ field: 'name', problem: 'noName', value: '' });
    else if (seen.has(normalise(name))) problems.push({ field: 'name', problem: 'duplicate', value: name });
    if (problems.length === 0) {
      const checked = validatePatch(systemsSection, result.data);
      if (checked.ok) {
        seen.add(normalise(name));
        preview.accepted.push({ ...result, data: checked.value });
        return;
      }
      problems.push({ field: 'name', problem: 'invalid', value: checked.problems.join('; ') });
    }
    preview.rejected.push({ row, problems });
  });
  return preview;
}

/** The ids of the systems a row needs, by name among the plan's systems (old and just imported). */
export function resolveDependencies(
  names: readonly string[],
  systems: NameIndex,
): { ids: string[]; unresolved: string[] } {
  const ids: string[] = [];
  const unresolved: string[] = [];
  for (const name of names) {
    const id = findByName(systems, name);
    if (id) ids.push(id);
    else unresolved.push(name);
  }
  return { ids, unresolved };
}

export interface InventoryExportOptions {
  header: (field: FieldDescriptor) => string;
  /** How a choice reads (its label in the plan's language). */
  choice: (field: FieldDescriptor, value: string) => string;
  lookups: InventoryLookups;
}

/** The inventory as a CSV Excel opens directly in Belgium and the Netherlands (BOM, semicolons). */
export function inventoryToCsv(
  systems: readonly Record<string, unknown>[],
  { header, choice, lookups }: InventoryExportOptions,
): string {
  const fields = systemsSection.fields;
  const nameOf = (index: NameIndex, id: unknown) => index.find((entry) => entry.id === id)?.name ?? '';
  const cell = (field: FieldDescriptor, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '';
    if (field.widget === 'choice') return choice(field, String(value));
    if (field.widget === 'ref') return nameOf(field.ref === 'people' ? lookups.people : lookups.suppliers, value);
    if (field.widget === 'refs')
      return (Array.isArray(value) ? value : [])
        .map((id) => nameOf(lookups.systems, id))
        .filter(Boolean)
        .join('; ');
    return String(value);
  };
  return toExcelCsv(
    fields.map(header),
    systems.map((system) => fields.map((f) => cell(f, system[f.name]))),
  );
}
