import { FileDown, FileUp } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ColumnMapping, type ParsedCsv, guessMapping, parseCsv, previewImport } from '../../../domain/csv/contactsCsv';
import type { FieldDescriptor } from '../../../domain/fields';
import { findSection } from '../../../domain/plan';
import type { ListSection } from '../../../domain/section';
import type { CatalogueTree } from '../../../i18n/areas/area';
import { catalogues } from '../../../i18n/catalogues';
import { invoke } from '../../api';
import { useStore } from '../../store';

const LANGUAGES = ['nl', 'en'] as const;

function lookup(tree: CatalogueTree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as CatalogueTree)[key] : undefined), tree);
}

/** A field's labels in both languages and both regional wordings, to recognise column headers. */
function fieldLabels(sectionKey: string) {
  return (field: FieldDescriptor): string[] =>
    LANGUAGES.flatMap((language) => {
      const entry = lookup(catalogues[language], `fields.${sectionKey}.${field.name}`);
      if (!entry || typeof entry !== 'object') return [];
      return Object.entries(entry).filter(([key]) => key.startsWith('label')).map(([, value]) => String(value));
    });
}

const choiceLabels = (field: FieldDescriptor, option: string) =>
  LANGUAGES.map((language) => String(lookup(catalogues[language], `choices.${field.optionSet}.${option}`) ?? ''));

/** Excel saves "CSV UTF-8" with a BOM, but plain "CSV" in the Windows code page. */
async function readText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Import of a people or supplier list from CSV: preview, column mapping, and the rows it cannot take. */
export function CsvImport({ section: sectionKey }: { section: 'people' | 'suppliers' }) {
  const { t } = useTranslation();
  const section = findSection(sectionKey) as ListSection;
  const input = useRef<HTMLInputElement>(null);
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const existing = useStore((s) => s.lists[sectionKey]);
  const loadList = useStore((s) => s.loadList);
  const showProblem = useStore((s) => s.showProblem);
  const [file, setFile] = useState<{ name: string; parsed: ParsedCsv } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [busy, setBusy] = useState(false);
  const [imported, setImported] = useState<number | null>(null);
  const [exported, setExported] = useState<{ path: string; count: number } | null>(null);
  const importable = section.fields.filter((f) => f.widget !== 'ref' && f.widget !== 'refs');

  const preview = useMemo(
    () => (file ? previewImport(file.parsed, mapping, section, existing ?? [], choiceLabels) : null),
    [file, mapping, section, existing],
  );
  const label = (fieldName: string) => t(`fields.${sectionKey}.${fieldName}.label`);
  const mapped = mapping.map((name, column) => ({ name, column })).filter((m): m is { name: string; column: number } => m.name !== null);

  const open = async (chosen: File | undefined) => {
    if (!chosen) return;
    const parsed = parseCsv(await readText(chosen));
    setFile({ name: chosen.name, parsed });
    setMapping(guessMapping(parsed.headers, section, fieldLabels(sectionKey)));
    setImported(null);
  };

  const runExport = async () => {
    try {
      await useStore.getState().flushSaves();
      // Private numbers stay out: a CSV travels further than the plan.
      const result = await invoke('items.exportCsv', { section: sectionKey, includePrivate: false });
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
      // One transaction: hundreds of rows are one write to a slow USB stick, and all or nothing.
      await invoke('items.addMany', { section: sectionKey, items: preview.accepted.map(({ data }) => data) });
      setImported(preview.accepted.length);
      setFile(null);
    } catch (error) {
      showProblem(error);
    } finally {
      await loadList(sectionKey);
      void useStore.getState().refreshProgress();
      setBusy(false);
    }
  };

  return (
    <div className="csv-import">
      <div className="csv-actions">
        <button type="button" disabled={readOnly} onClick={() => input.current?.click()}>
          <FileUp size={16} aria-hidden="true" /> {t('peoplePlaces.csv.choose')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,.txt,text/csv"
          hidden
          aria-label={t('peoplePlaces.csv.choose')}
          onChange={(event) => {
            void open(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <button type="button" onClick={() => void runExport()}>
          <FileDown size={16} aria-hidden="true" /> {t('peoplePlaces.csv.export')}
        </button>
        {exported && (
          <span role="status" className="csv-done">
            {t('peoplePlaces.csv.exported', { count: exported.count, path: exported.path })}
          </span>
        )}
        {imported !== null && (
          <span role="status" className="csv-done">
            {t('peoplePlaces.csv.done', { count: imported })}
          </span>
        )}
      </div>
      {file && preview && (
        <section className="csv-preview card" aria-labelledby={`csv-${sectionKey}-title`}>
          <h4 id={`csv-${sectionKey}-title`}>{t('peoplePlaces.csv.previewTitle', { file: file.name })}</h4>
          <p className="muted">
            {t('peoplePlaces.csv.detected', { count: file.parsed.rows.length, delimiter: t(`peoplePlaces.csv.delimiters.${file.parsed.delimiter === ';' ? 'semicolon' : file.parsed.delimiter === ',' ? 'comma' : 'other'}`) })}
          </p>
          <table className="list-table csv-mapping">
            <caption>{t('peoplePlaces.csv.mapping')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('peoplePlaces.csv.column')}</th>
                <th scope="col">{t('peoplePlaces.csv.example')}</th>
                <th scope="col">{t('peoplePlaces.csv.field')}</th>
              </tr>
            </thead>
            <tbody>
              {file.parsed.headers.map((header, column) => (
                <tr key={column}>
                  <th scope="row">{header || `#${column + 1}`}</th>
                  <td>{file.parsed.rows.find((row) => (row[column] ?? '').trim() !== '')?.[column] ?? ''}</td>
                  <td>
                    <select
                      aria-label={t('peoplePlaces.csv.fieldFor', { column: header || `#${column + 1}` })}
                      value={mapping[column] ?? ''}
                      onChange={(event) => setMapping((current) => current.map((name, i) => (i === column ? event.target.value || null : name === event.target.value ? null : name)))}
                    >
                      <option value="">{t('peoplePlaces.csv.skip')}</option>
                      {importable.map((field) => (
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
            <strong>{t('peoplePlaces.csv.willImport', { count: preview.accepted.length })}</strong>
          </p>
          {preview.accepted.length > 0 && (
            <table className="list-table">
              <caption className="visually-hidden">{t('peoplePlaces.csv.previewRows')}</caption>
              <thead>
                <tr>
                  {mapped.map(({ name }) => (
                    <th key={name} scope="col">
                      {label(name)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.accepted.slice(0, 5).map(({ row, data }) => (
                  <tr key={row}>
                    {mapped.map(({ name }) => (
                      <td key={name}>{typeof data[name] === 'boolean' ? t(data[name] ? 'common.yes' : 'common.no') : String(data[name] ?? '')}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {preview.rejected.length > 0 && (
            <div className="csv-rejected" role="note">
              <p>
                <strong>{t('peoplePlaces.csv.rejected', { count: preview.rejected.length })}</strong>
              </p>
              <ul>
                {preview.rejected.map(({ row, problems }) => (
                  <li key={row}>
                    {t('peoplePlaces.csv.row', { row })}:{' '}
                    {problems.map((p) => t(`peoplePlaces.csv.problems.${p.problem}`, { field: label(p.field), value: p.value })).join('; ')}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="csv-actions">
            <button type="button" className="primary" disabled={busy || readOnly || preview.accepted.length === 0} onClick={() => void runImport()}>
              {t('peoplePlaces.csv.import', { count: preview.accepted.length })}
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
