import { FileDown, FileUp } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ParsedCsv } from '../../domain/csv/sheet';
import { useStore } from '../store';
import { type Problem, toProblem } from '../store/errors';
import { ColumnMappingTable } from './ColumnMappingTable';
import { AcceptedRows, RejectedRows } from './PreviewRows';
import type { CsvImportSpec, ImportRow } from './importSpec';
import { delimiterName } from './columnMapping';
import { readCsvFile } from './readCsvFile';
import { problemText } from '../app/problemText';

/** Import of a list from CSV (column mapping, preview, the rows it cannot take, confirm) and export to CSV. */
export function CsvImportDialog<Parsed extends ParsedCsv, Row extends ImportRow>({
  spec,
}: {
  spec: CsvImportSpec<Parsed, Row>;
}) {
  const { t } = useTranslation();
  const message = (key: string, params?: Record<string, unknown>) => t(`${spec.messages}.${key}`, params);
  const input = useRef<HTMLInputElement>(null);
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const loadList = useStore((s) => s.loadList);
  const showProblem = useStore((s) => s.showProblem);
  const fileAway = useStore((s) => s.mediaTrouble !== null);
  const [refusal, setRefusal] = useState<Problem | null>(null);
  const [file, setFile] = useState<{ name: string; parsed: Parsed } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ imported: number; unresolved: readonly string[] } | null>(null);
  const [exported, setExported] = useState<{ path: string; count: number } | null>(null);
  const preview = useMemo(() => (file ? spec.preview(file.parsed, mapping) : null), [file, mapping, spec]);

  const open = async (chosen: File | undefined) => {
    if (!chosen) return;
    const parsed = spec.read(await readCsvFile(chosen));
    setFile({ name: chosen.name, parsed });
    setMapping(spec.guess(parsed.headers));
    setOutcome(null);
  };

  const runExport = async () => {
    try {
      await useStore.getState().flushSaves();
      const result = await spec.exportCsv();
      if (result) setExported(result);
    } catch (error) {
      showProblem(error);
    }
  };

  const runImport = async () => {
    if (!preview) return;
    setBusy(true);
    setRefusal(null);
    try {
      // All rows in one transaction, which cannot be kept in the window: refused while the plan file is
      // away, with the file and mapping left here to import again once it is back.
      const result = await useStore.getState().whileReachable(() => spec.save(preview.accepted));
      setOutcome({ imported: result.imported, unresolved: result.unresolved ?? [] });
      setFile(null);
    } catch (error) {
      const problem = toProblem(error);
      // Said here, by the rows it concerns, which stay with their mapping to be imported once the file is back.
      if (problem.code === 'plan-unreachable' || problem.code === 'unsaved-changes') setRefusal(problem);
      else showProblem(error);
    } finally {
      await loadList(spec.section);
      void useStore.getState().refreshProgress();
      setBusy(false);
    }
  };

  const titleId = `csv-${spec.section}-title`;
  return (
    <div className="csv-import">
      <div className="csv-actions">
        <button type="button" disabled={readOnly} onClick={() => input.current?.click()}>
          <FileUp size={16} aria-hidden="true" /> {message('choose')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,.txt,text/csv"
          hidden
          aria-label={message('choose')}
          onChange={(event) => {
            void open(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <button type="button" onClick={() => void runExport()}>
          <FileDown size={16} aria-hidden="true" /> {message('export')}
        </button>
        {exported && (
          <span role="status" className="csv-done">
            {message('exported', { count: exported.count, path: exported.path })}
          </span>
        )}
        {outcome && (
          <span role="status" className="csv-done">
            {message('done', { count: outcome.imported })}
            {outcome.unresolved.length > 0 &&
              ` ${message('dependencyUnresolved', { names: outcome.unresolved.join(', ') })}`}
          </span>
        )}
      </div>
      {file && preview && (
        <section className="csv-preview card" aria-labelledby={titleId}>
          <h4 id={titleId}>{message('previewTitle', { file: file.name })}</h4>
          {spec.look.detected && (
            <p className="muted">
              {message('detected', {
                count: file.parsed.rows.length,
                delimiter: message(`delimiters.${delimiterName(file.parsed.delimiter)}`),
              })}
            </p>
          )}
          <ColumnMappingTable spec={spec} parsed={file.parsed} mapping={mapping} onChange={setMapping} />
          <p>
            <strong>{message('willImport', { count: preview.accepted.length })}</strong>
            {preview.skipped ? ` ${message('skipped', { count: preview.skipped })}` : null}
          </p>
          {preview.accepted.length > 0 && (
            <AcceptedRows spec={spec} rows={preview.accepted} mapping={mapping} fileName={file.name} />
          )}
          {preview.rejected.length > 0 && <RejectedRows spec={spec} rejected={preview.rejected} />}
          {fileAway && (
            <p className="field-error" role="alert" data-testid="csv-import-waits">
              {refusal ? `${problemText(t, refusal)} ${t('media.importKept')}` : t('media.importWaits')}
            </p>
          )}
          <div className="csv-actions">
            <button
              type="button"
              className="primary"
              disabled={busy || readOnly || fileAway || preview.accepted.length === 0}
              onClick={() => void runImport()}
            >
              {message('import', { count: preview.accepted.length })}
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
