import { FileDown, FileUp } from 'lucide-react';
import { type ClipboardEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { type PastedHeader, holdsRows, readPastedTable, recognisePasted } from '../../domain/csv/clipboard';
import { planImport } from '../../domain/csv/importPlan';
import {
  type ListImportContext,
  importableFields,
  previewList,
  recogniseList,
  rowsToStore,
} from '../../domain/csv/listImport';
import { type TableFormat, type TableProblem, type WorkbookSheets, readTable } from '../../domain/csv/readTable';
import { type Recognition, layoutKey } from '../../domain/csv/recognise';
import type { ColumnMapping, ParsedCsv } from '../../domain/csv/sheet';
import { findSection } from '../../domain/plan';
import { isUntouched } from '../../domain/section';
import { choiceLabels, fieldLabelIn, fieldLabelsOf } from '../../i18n/sheetLabels';
import { useImportMessages } from './useImportMessages';
import type { ResultOf } from '../../ipc/contract';
import { invoke } from '../api';
import { problemText } from '../app/problemText';
import { useListSection } from '../forms/useSection';
import { useStore } from '../store';
import { type Problem, toProblem } from '../store/errors';
import { ColumnMappingTable } from './ColumnMappingTable';
import { AcceptedRows, PreviewNotes } from './PreviewRows';
import { delimiterName } from './columnMapping';
import type { ListImportSpec } from './importSpec';

interface ChosenFile {
  /** The file chosen; null for a table pasted on the list. */
  source: File | null;
  name: string;
  /** A pasted table and how its header was found, to read it again with or without its first row as header. */
  pasted?: { table: ParsedCsv; header: PastedHeader };
  /** A workbook's sheets and the one read. */
  sheets?: WorkbookSheets;
  format: TableFormat;
  delimiter: string;
  recognition: Recognition;
  remembered: boolean;
}

/** Where a paste is the field's own: text typed into a field, not rows for the list. */
const EDITABLE =
  'textarea, select, [contenteditable]:not([contenteditable="false"]), input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit])';
const pastedIntoField = (target: EventTarget) => target instanceof Element && target.closest(EDITABLE) !== null;
/** A field that holds one line: rows pasted there (right after "add", the focus is in the name) are meant for the list. */
const ONE_LINE = new Set(['text', 'email', 'tel', 'search', 'url']);
const isOneLineField = (target: EventTarget) => target instanceof HTMLInputElement && ONE_LINE.has(target.type);

/** The item whose form holds the field pasted into (`data-item-id` on its form). */
const itemOfField = (target: EventTarget) =>
  target instanceof Element ? (target.closest('[data-item-id]')?.getAttribute('data-item-id') ?? null) : null;

const nameIndex = (items: readonly Record<string, unknown>[] | undefined) =>
  (items ?? []).map((item) => ({ id: String(item.id), name: String(item.name ?? '') }));

/**
 * Import of a list from a file (CSV, text or .xlsx) or from rows pasted on the list (`children`)
 * from a spreadsheet: what was recognised, the column mapping, a preview of what will be stored and
 * changed, the rows it cannot take; and export to CSV.
 */
export function CsvImportDialog({ spec, children }: { spec: ListImportSpec; children?: ReactNode }) {
  const { t, message } = useImportMessages(spec.messages);
  const input = useRef<HTMLInputElement>(null);
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const planLanguage = useStore((s) => s.plan?.language ?? 'nl');
  const loadList = useStore((s) => s.loadList);
  const showProblem = useStore((s) => s.showProblem);
  const fileAway = useStore((s) => s.mediaTrouble !== null);
  const existing = useListSection(spec.list);
  const people = useListSection('people');
  const suppliers = useListSection('suppliers');
  const [refusal, setRefusal] = useState<Problem | null>(null);
  /** Why the file or the pasted text cannot be read: the catalogue key of the reason and its detail. */
  const [unreadable, setUnreadable] = useState<{ key: string; detail?: string } | null>(null);
  /** Why the sheet the coordinator picked cannot be read; the picker stays to choose another. */
  const [sheetProblem, setSheetProblem] = useState<{ problem: TableProblem; detail?: string } | null>(null);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<(ResultOf<'lists.import'> & { stored: number }) | null>(null);
  const [exported, setExported] = useState<{ path: string; count: number } | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  /** Set when a paste opened the preview, which then takes the focus (the list it was pasted on is below). */
  const [pastedAt, setPastedAt] = useState(0);
  /**
   * The blank item whose name field the rows were pasted into (right after "add"): it was only the
   * place the paste landed, so it goes once the preview closes, imported or cancelled.
   */
  const [pastedInto, setPastedInto] = useState<string | null>(null);
  const listArea = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (pastedAt === 0) return;
    previewHeading.current?.focus();
    previewHeading.current?.scrollIntoView({ block: 'start' });
  }, [pastedAt]);

  const fields = useMemo(() => importableFields(spec.list), [spec.list]);
  const context: ListImportContext = useMemo(
    () => ({
      labels: fieldLabelsOf(spec.list),
      choiceLabels,
      noteLabel: fieldLabelIn(planLanguage, spec.list),
      lookups: { people: nameIndex(people), suppliers: nameIndex(suppliers) },
    }),
    [spec.list, planLanguage, people, suppliers],
  );
  const preview = useMemo(
    () => (file ? previewList(spec.list, file.recognition, mapping, context) : null),
    [file, mapping, context, spec.list],
  );
  const changes = useMemo(
    () =>
      preview
        ? planImport(
            spec.list,
            (existing ?? []).map((item) => ({ ...item, id: String(item.id) })),
            rowsToStore(preview),
          )
        : null,
    [preview, existing, spec.list],
  );

  const open = async (chosen: File | undefined, sheet?: string) => {
    if (!chosen) return;
    setOutcome(null);
    setUnreadable(null);
    setSheetProblem(null);
    if (sheet === undefined) setFile(null);
    const read = await readTable(new Uint8Array(await chosen.arrayBuffer()), { sheet });
    if (!read.ok) {
      if (sheet === undefined || !file?.sheets)
        return setUnreadable({ key: `imports.problems.${read.problem}`, detail: read.detail });
      setFile({ ...file, sheets: { ...file.sheets, chosen: sheet } });
      return setSheetProblem({ problem: read.problem, detail: read.detail });
    }
    await present({
      source: chosen,
      sheets: read.sheets,
      name: chosen.name,
      format: read.format,
      delimiter: read.table.delimiter,
      recognition: recogniseList(spec.list, read.table, context),
    });
  };

  /** Shows a table read from a file or the clipboard, with the mapping chosen before for its layout. */
  const present = async (table: Omit<ChosenFile, 'remembered'>) => {
    const headerless = table.pasted?.header === 'none';
    const remembered = headerless
      ? null
      : await invoke('imports.mappingFor', {
          list: spec.list,
          layout: layoutKey(table.recognition.headers),
        }).catch(() => null);
    const usable = remembered && remembered.length === table.recognition.headers.length ? remembered : null;
    setFile({ ...table, remembered: !!usable });
    setMapping(usable ?? table.recognition.mapping);
  };

  const paste = async (text: string, blankItem: string | null) => {
    if (blankItem) setPastedInto(blankItem);
    setOutcome(null);
    setUnreadable(null);
    setSheetProblem(null);
    setFile(null);
    const read = readPastedTable(text);
    if (!read.ok) return setUnreadable({ key: `imports.paste.problems.${read.problem}`, detail: read.detail });
    const { recognition, header } = recognisePasted(spec.list, read.table, context);
    await present({
      source: null,
      name: t('imports.paste.source'),
      format: 'clipboard',
      delimiter: '\t',
      recognition,
      pasted: { table: read.table, header },
    });
    setPastedAt(Date.now());
  };

  const onListPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (readOnly) return;
    const text = event.clipboardData.getData('text/plain');
    if (pastedIntoField(event.target) && !(isOneLineField(event.target) && holdsRows(text))) return;
    event.preventDefault();
    void paste(text, untouchedItem(itemOfField(event.target)));
  };

  const untouchedItem = (id: string | null) => {
    const section = findSection(spec.list);
    const item = id ? useStore.getState().lists[spec.list]?.find((candidate) => candidate.id === id) : undefined;
    return section && item && isUntouched(section, item) ? item.id : null;
  };

  /** Removes the blank item the rows were pasted into, unless something was typed in it meanwhile. */
  const dropPastedInto = async () => {
    const blank = untouchedItem(pastedInto);
    setPastedInto(null);
    if (blank) await useStore.getState().removeItem(spec.list, blank);
    return blank !== null;
  };

  const cancel = async () => {
    setFile(null);
    // The blank form is gone: "add" again is where the user starts over.
    if (await dropPastedInto()) listArea.current?.querySelector<HTMLElement>('.list-toolbar button.primary')?.focus();
  };

  const readFirstRowAsHeader = (firstRowIsHeader: boolean) => {
    if (!file?.pasted) return;
    const { recognition, header } = recognisePasted(spec.list, file.pasted.table, context, firstRowIsHeader);
    void present({ ...file, recognition, pasted: { table: file.pasted.table, header } });
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
    if (!preview || !file) return;
    setBusy(true);
    setRefusal(null);
    try {
      // All rows in one transaction, which cannot be kept in the window: refused while the plan file is
      // away, with the file and mapping left here to import again once it is back.
      const rows = rowsToStore(preview);
      const result = await useStore
        .getState()
        .invokeWhileReachable('lists.import', { section: spec.list, rows, dryRun: false });
      setOutcome({ ...result, stored: result.added + result.updated + result.unchanged });
      if (file.pasted?.header !== 'none' && JSON.stringify(mapping) !== JSON.stringify(file.recognition.mapping))
        void invoke('imports.rememberMapping', {
          list: spec.list,
          layout: layoutKey(file.recognition.headers),
          mapping,
        }).catch(() => undefined);
      setFile(null);
      await dropPastedInto();
    } catch (error) {
      const problem = toProblem(error);
      // Said here, by the rows it concerns, which stay with their mapping to be imported once the file is back.
      if (problem.code === 'plan-unreachable' || problem.code === 'unsaved-changes') setRefusal(problem);
      else showProblem(error);
    } finally {
      await loadList(spec.list);
      void useStore.getState().refreshProgress();
      setBusy(false);
    }
  };

  const titleId = `csv-${spec.list}-title`;
  const refused = file?.recognition.hints.refused ?? [];
  return (
    <>
      <div className="csv-import">
        <div className="csv-actions">
          <button type="button" disabled={readOnly} onClick={() => input.current?.click()}>
            <FileUp size={16} aria-hidden="true" /> {message('choose')}
          </button>
          <input
            ref={input}
            type="file"
            accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
              {message('done', { count: outcome.stored })} {t('imports.changes', { ...outcome })}
              {outcome.unresolved.length > 0 &&
                ` ${t('servicesInventory.csv.dependencyUnresolved', { names: outcome.unresolved.join(', ') })}`}
            </span>
          )}
        </div>
        {!readOnly && children && <p className="field-hint">{t('imports.paste.hint')}</p>}
        {unreadable && (
          <p className="field-error" role="alert">
            {t(unreadable.key, { detail: unreadable.detail })}
          </p>
        )}
        {file && preview && changes && (
          <section className="csv-preview card" aria-labelledby={titleId}>
            <h4 id={titleId} ref={previewHeading} tabIndex={-1}>
              {message('previewTitle', { file: file.name })}
            </h4>
            {file.sheets && file.sheets.names.length > 1 && (
              <p>
                <label>
                  {t('imports.sheet.label')}{' '}
                  <select
                    value={file.sheets.chosen}
                    onChange={(event) => void open(file.source ?? undefined, event.target.value)}
                  >
                    {file.sheets.names.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </select>
                </label>{' '}
                <span className="muted">{t('imports.sheet.hint', { count: file.sheets.names.length })}</span>
              </p>
            )}
            {sheetProblem ? (
              <p className="field-error" role="alert">
                {t(`imports.problems.${sheetProblem.problem}`, { detail: sheetProblem.detail })}
              </p>
            ) : (
              <>
                {file.recognition.tool && (
                  <p data-testid="csv-recognised">
                    <strong>{t('imports.recognised', { tool: t(`imports.tools.${file.recognition.tool}`) })}</strong>
                  </p>
                )}
                {file.pasted && file.pasted.header !== 'recognised' && (
                  <>
                    <p className="field-hint" data-testid="paste-no-header">
                      {t('imports.paste.noHeader')}
                    </p>
                    <p>
                      <label className="choice">
                        <input
                          type="checkbox"
                          checked={file.pasted.header === 'firstRow'}
                          onChange={(event) => readFirstRowAsHeader(event.target.checked)}
                        />
                        {t('imports.paste.firstRowIsHeader')}
                      </label>
                    </p>
                  </>
                )}
                <p className="muted">
                  {file.pasted?.header === 'none'
                    ? t('imports.paste.withoutHeader', { count: file.recognition.rows.length })
                    : t('imports.format', {
                        format: t(`imports.formats.${file.format}`),
                        line: file.recognition.headerRow + 1,
                      })}
                  {spec.look.detected &&
                    file.format !== 'xlsx' &&
                    ` ${message('detected', {
                      count: file.recognition.rows.length,
                      delimiter: message(`delimiters.${delimiterName(file.delimiter)}`),
                    })}`}
                  {file.remembered && ` ${t('imports.remembered')}`}
                </p>
                {refused.length > 0 && (
                  <p className="field-hint">
                    {t('imports.refusedColumns', {
                      columns: refused.map((c) => file.recognition.headers[c]).join(', '),
                    })}
                  </p>
                )}
                <ColumnMappingTable
                  section={spec.list}
                  messages={spec.messages}
                  fields={fields}
                  recognition={file.recognition}
                  mapping={mapping}
                  onChange={setMapping}
                  pasted={file.pasted !== undefined}
                />
                <p>
                  <strong>{message('willImport', { count: preview.accepted.length })}</strong>{' '}
                  {t('imports.changes', {
                    added: changes.add.length,
                    updated: changes.update.length,
                    unchanged: changes.unchanged.length,
                  })}
                </p>
                {changes.disappeared.length > 0 && (
                  <p className="muted">{t('imports.disappeared', { names: changes.disappeared.join(', ') })}</p>
                )}
                {preview.accepted.length > 0 && (
                  <AcceptedRows
                    spec={spec}
                    fields={fields}
                    rows={preview.accepted}
                    mapping={mapping}
                    fileName={file.name}
                    lookups={context.lookups}
                  />
                )}
                <PreviewNotes spec={spec} preview={preview} />
              </>
            )}
            {fileAway && (
              <p className="field-error" role="alert" data-testid="csv-import-waits">
                {refusal ? `${problemText(t, refusal)} ${t('media.importKept')}` : t('media.importWaits')}
              </p>
            )}
            <div className="csv-actions">
              <button
                type="button"
                className="primary"
                disabled={busy || readOnly || fileAway || sheetProblem !== null || preview.accepted.length === 0}
                onClick={() => void runImport()}
              >
                {message('import', { count: preview.accepted.length })}
              </button>
              <button type="button" onClick={() => void cancel()}>
                {t('common.cancel')}
              </button>
            </div>
          </section>
        )}
      </div>
      {children && (
        // The list the rows are pasted on: focusable by a click anywhere in it, so Ctrl+V lands here.
        <div ref={listArea} className="list-paste-area" tabIndex={-1} onPaste={onListPaste}>
          {children}
        </div>
      )}
    </>
  );
}
