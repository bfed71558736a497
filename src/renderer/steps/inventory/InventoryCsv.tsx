import { FileDown, FileUp } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDescriptor } from '../../../domain/fields';
import {
  type ColumnMapping,
  type InventoryCsv as ParsedInventory,
  type NameIndex,
  findHeader,
  guessInventoryMapping,
  parseCsv,
  previewInventoryImport,
} from '../../../domain/rules/inventoryCsv';
import { systemsSection } from '../../../domain/sections/systems';
import type { CatalogueTree } from '../../../i18n/areas/area';
import { catalogues } from '../../../i18n/catalogues';
import { invoke } from '../../api';
import { useListSection } from '../../forms/useSection';
import { useStore } from '../../store';

const LANGUAGES = ['nl', 'en'] as const;
const IMPORTABLE = systemsSection.fields.filter((f) => f.name !== 'tierOverride' && f.name !== 'tierOverrideReason');

function lookup(tree: CatalogueTree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as CatalogueTree)[key] : undefined), tree);
}

/** A field's labels in both languages, to recognise column headers whatever language the sheet is in. */
const fieldLabels = (field: FieldDescriptor): string[] =>
  LANGUAGES.flatMap((language) => {
    const entry = lookup(catalogues[language], `fields.systems.${field.name}`);
    return entry && typeof entry === 'object' ? Object.entries(entry).filter(([key]) => key.startsWith('label')).map(([, value]) => String(value)) : [];
  });

const choiceLabels = (field: FieldDescriptor, option: string) => LANGUAGES.map((language) => String(lookup(catalogues[language], `choices.${field.optionSet}.${option}`) ?? ''));

/** Excel saves "CSV UTF-8" with a BOM, but plain "CSV" in the Windows code page. */
async function readText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const index = (items: readonly Record<string, unknown>[] | undefined): NameIndex => (items ?? []).map((item) => ({ id: String(item.id), name: String(item.name ?? '') }));

/** Import of the inventory from a spreadsheet (mapping, preview, rejected rows) and export to CSV. */
export function InventoryCsv() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const systems = useListSection('systems');
  const people = useListSection('people');
  const suppliers = useListSection('suppliers');
  const loadList = useStore((s) => s.loadList);
  const showProblem = useStore((s) => s.showProblem);
  const [file, setFile] = useState<{ name: string; parsed: ParsedInventory } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ imported: number; unresolved: string[] } | null>(null);
  const [exported, setExported] = useState<{ path: string; count: number } | null>(null);

  const lookups = useMemo(() => ({ systems: index(systems), people: index(people), suppliers: index(suppliers) }), [systems, people, suppliers]);
  const preview = useMemo(() => (file ? previewInventoryImport(file.parsed, mapping, lookups, choiceLabels) : null), [file, mapping, lookups]);
  const label = (fieldName: string) => t(`fields.systems.${fieldName}.label`);

  const open = async (chosen: File | undefined) => {
    if (!chosen) return;
    const parsed = findHeader(parseCsv(await readText(chosen)), fieldLabels);
    setFile({ name: chosen.name, parsed });
    setMapping(guessInventoryMapping(parsed.headers, fieldLabels));
    setOutcome(null);
  };

  const runExport = async () => {
    try {
      await useStore.getState().flushSaves();
      const result = await invoke('inventory.exportCsv');
      if (result) setExported(result);
    } catch (error) {
      showProblem(error);
    }
  };

  const runImport = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      await useStore.getState().flushSaves();
      // One transaction in main: a failing medium leaves the inventory as it was, never half imported.
      const result = await invoke('inventory.import', { rows: preview.accepted.map(({ data, dependsOnNames }) => ({ data, dependsOnNames })) });
      setOutcome({ imported: result.added, unresolved: result.unresolved });
      setFile(null);
    } catch (error) {
      showProblem(error);
    } finally {
      await loadList('systems');
      void useStore.getState().refreshProgress();
      setBusy(false);
    }
  };

  const mapped = mapping.map((name, column) => ({ name, column })).filter((m): m is { name: string; column: number } => m.name !== null);
  return (
    <div className="csv-import">
      <div className="csv-actions">
        <button type="button" disabled={readOnly} onClick={() => input.current?.click()}>
          <FileUp size={16} aria-hidden="true" /> {t('servicesInventory.csv.choose')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,.txt,text/csv"
          hidden
          aria-label={t('servicesInventory.csv.choose')}
          onChange={(event) => {
            void open(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <button type="button" onClick={() => void runExport()}>
          <FileDown size={16} aria-hidden="true" /> {t('servicesInventory.csv.export')}
        </button>
        {exported && (
          <span role="status" className="csv-done">
            {t('servicesInventory.csv.exported', { count: exported.count, path: exported.path })}
          </span>
        )}
        {outcome && (
          <span role="status" className="csv-done">
            {t('servicesInventory.csv.done', { count: outcome.imported })}
            {outcome.unresolved.length > 0 && ` ${t('servicesInventory.csv.dependencyUnresolved', { names: outcome.unresolved.join(', ') })}`}
          </span>
        )}
      </div>
      {file && preview && (
        <section className="csv-preview card" aria-labelledby="csv-systems-title">
          <h4 id="csv-systems-title">{t('servicesInventory.csv.previewTitle', { file: file.name })}</h4>
          <table className="list-table csv-mapping">
            <caption>{t('servicesInventory.csv.mapping')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('servicesInventory.csv.column')}</th>
                <th scope="col">{t('servicesInventory.csv.example')}</th>
                <th scope="col">{t('servicesInventory.csv.field')}</th>
              </tr>
            </thead>
            <tbody>
              {file.parsed.headers.map((header, column) => (
                <tr key={column}>
                  <th scope="row">{header || `#${column + 1}`}</th>
                  <td>{file.parsed.rows.find((row) => (row[column] ?? '').trim() !== '')?.[column] ?? ''}</td>
                  <td>
                    <select
                      aria-label={t('servicesInventory.csv.fieldFor', { column: header || `#${column + 1}` })}
                      value={mapping[column] ?? ''}
                      onChange={(event) => setMapping((current) => current.map((name, i) => (i === column ? event.target.value || null : name === event.target.value ? null : name)))}
                    >
                      <option value="">{t('servicesInventory.csv.skip')}</option>
                      {IMPORTABLE.map((field) => (
                        <option key={field.name} value={field.name}>
                          {label(field.name)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <strong>{t('servicesInventory.csv.willImport', { count: preview.accepted.length })}</strong>{' '}
            {preview.skipped > 0 && t('servicesInventory.csv.skipped', { count: preview.skipped })}
          </p>
          {preview.accepted.length > 0 && (
            <table className="list-table">
              <caption className="visually-hidden">{t('servicesInventory.csv.previewTitle', { file: file.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('servicesInventory.csv.row', { row: '' }).trim()}</th>
                  {mapped.map(({ name }) => (
                    <th key={name} scope="col">
                      {label(name)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.accepted.slice(0, 8).map(({ row, data, dependsOnNames, unresolved }) => (
                  <tr key={row}>
                    <td>{row}</td>
                    {mapped.map(({ name }) => {
                      const field = systemsSection.fields.find((f) => f.name === name)!;
                      const missing = unresolved.find((u) => u.field === name);
                      const refIndex = field.ref === 'people' ? lookups.people : lookups.suppliers;
                      let shown = String(data[name] ?? '');
                      if (field.widget === 'choice' && data[name]) shown = t(`choices.${field.optionSet}.${String(data[name])}`);
                      else if (field.widget === 'ref') shown = refIndex.find((entry) => entry.id === data[name])?.name ?? '';
                      else if (field.widget === 'refs') shown = dependsOnNames.join(', ');
                      return (
                        <td key={name}>
                          {shown}
                          {missing && <span className="field-hint">{t('servicesInventory.csv.unresolved', { field: label(name), value: missing.value })}</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {preview.rejected.length > 0 && (
            <div className="csv-rejected" role="note">
              <p>
                <strong>{t('servicesInventory.csv.rejected', { count: preview.rejected.length })}</strong>
              </p>
              <ul>
                {preview.rejected.map(({ row, problems }) => (
                  <li key={row}>
                    {t('servicesInventory.csv.row', { row })}:{' '}
                    {problems.map((p) => t(`servicesInventory.csv.problems.${p.problem}`, { field: label(p.field), value: p.value })).join('; ')}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="csv-actions">
            <button type="button" className="primary" disabled={busy || readOnly || preview.accepted.length === 0} onClick={() => void runImport()}>
              {t('servicesInventory.csv.import', { count: preview.accepted.length })}
            </button>
            <button type="button" onClick={() => setFile(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
