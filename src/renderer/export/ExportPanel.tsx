import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PLAN_LANGUAGES, type PlanLanguage } from '../../domain/organisationKinds';
import type { ResultOf } from '../../ipc/contract';
import { invoke } from '../api';
import { useStore } from '../store';
import { type Problem, toProblem } from '../store/errors';
import { KitEncryptionOptions, type KitEncryption } from './KitEncryptionOptions';
import { WrittenFileActions } from './WrittenFileActions';
import { problemText } from '../app/problemText';

type Format = 'docx' | 'pdf' | 'card' | 'kit' | 'html' | 'vcf' | 'ics';
const CHANNELS = {
  docx: 'export.docx',
  pdf: 'export.pdf',
  card: 'export.card',
  kit: 'export.kit',
  html: 'export.html',
  vcf: 'export.vcf',
  ics: 'export.ics',
} as const;
const DONE = {
  docx: 'exports.panel.done',
  pdf: 'exports.panel.donePdf',
  card: 'exports.panel.doneCard',
  kit: 'exports.panel.doneKit',
  html: 'exports.outside.panel.doneHtml',
  vcf: 'exports.outside.panel.doneVcf',
  ics: 'exports.outside.panel.doneIcs',
} as const;
/** The plan outside the app: the web page, the contacts and the reminders, each with its button. */
const OUTSIDE = [
  { format: 'html', label: 'exports.outside.panel.toHtml' },
  { format: 'vcf', label: 'exports.outside.panel.toVcf' },
  { format: 'ics', label: 'exports.outside.panel.toIcs' },
] as const;
type Progress = NonNullable<ResultOf<'export.progress'>>;
type ExportState =
  | { kind: 'idle' }
  | { kind: 'working'; format: Format }
  | { kind: 'done'; format: Format; path: string }
  | { kind: 'failed'; problem: Problem };

/** The export dialog: the document's language, whether private data goes in, and Word or PDF. */
export function ExportPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const planLanguage = useStore((s) => s.plan?.language ?? s.language);
  const flushSaves = useStore((s) => s.flushSaves);
  const loadList = useStore((s) => s.loadList);
  const refreshProgress = useStore((s) => s.refreshProgress);
  const [language, setLanguage] = useState<PlanLanguage>(planLanguage);
  const [withoutPrivate, setWithoutPrivate] = useState(false);
  const [kitEncryption, setKitEncryption] = useState<KitEncryption>({
    enabled: false,
    passphrase: null,
    documents: 'without-private',
  });
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const [cancelled, setCancelled] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const progress = useExportProgress(state.kind === 'working');

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const exportAs = async (format: Format) => {
    setState({ kind: 'working', format });
    setCancelled(false);
    try {
      // The last keystrokes belong in the document too.
      await flushSaves();
      const written =
        format === 'kit' && kitEncryption.enabled && kitEncryption.passphrase
          ? await invoke('export.encryptedKit', {
              language,
              passphrase: kitEncryption.passphrase,
              documents: kitEncryption.documents,
            })
          : await invoke(CHANNELS[format], { language, includePrivate: !withoutPrivate });
      if (written && format === 'kit') {
        // The kit was noted in the distribution list: show it there as it is now.
        await loadList('distribution');
        await refreshProgress();
      }
      setState(written ? { kind: 'done', format, path: written.path } : { kind: 'idle' });
      if (!written) setCancelled(true);
    } catch (error) {
      setState({ kind: 'failed', problem: toProblem(error) });
    }
  };

  const failureText = (problem: Problem) => problemText(t, problem, { specific: 'exports.panel.errors' });

  return (
    <dialog ref={dialog} className="export-panel" aria-labelledby="export-panel-title" onClose={onClose}>
      <h2 id="export-panel-title">{t('exports.panel.title')}</h2>
      <p className="lead">{t('exports.panel.intro')}</p>
      <fieldset className="field">
        <legend className="field-label">{t('exports.panel.language')}</legend>
        <div className="choice-group">
          {PLAN_LANGUAGES.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="export-language"
                checked={language === option}
                onChange={() => setLanguage(option)}
              />
              {t(`common.languages.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="choice">
        <input type="checkbox" checked={withoutPrivate} onChange={(event) => setWithoutPrivate(event.target.checked)} />
        {t('exports.panel.withoutPrivate')}
      </label>
      <p className="muted">{t('exports.outside.panel.hint')}</p>
      <div className="export-outside-actions">
        {OUTSIDE.map(({ format, label }) => (
          <button key={format} type="button" disabled={state.kind === 'working'} onClick={() => void exportAs(format)}>
            {state.kind === 'working' && state.format === format ? t('exports.panel.working') : t(label)}
          </button>
        ))}
      </div>
      <p className="muted">{t('exports.panel.kitHint')}</p>
      <KitEncryptionOptions value={kitEncryption} onChange={setKitEncryption} />
      {/* Shown from the click on, so the panel does not move when the first progress arrives. */}
      {state.kind === 'working' && (
        <p className="export-progress muted" role="status" aria-live="polite">
          {progress ? progressText(progress, t) : t('exports.panel.progress.preparing')}
        </p>
      )}
      {state.kind === 'done' && (
        <>
          <p className="banner banner-info path" role="status">
            {t(DONE[state.format], { path: state.path })}
          </p>
          <WrittenFileActions path={state.path} folder={state.format === 'kit'} />
        </>
      )}
      {cancelled && state.kind === 'idle' && (
        <p className="banner banner-info" role="status">
          {t('exports.panel.cancelled')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="banner banner-warning" role="alert">
          {failureText(state.problem)}
        </p>
      )}
      <div className="export-panel-actions">
        {state.kind === 'working' ? (
          <button type="button" className="quiet" onClick={() => void invoke('export.cancel')}>
            {t('exports.panel.cancel')}
          </button>
        ) : (
          <button type="button" className="quiet" onClick={() => dialog.current?.close()}>
            {t('exports.panel.close')}
          </button>
        )}
        <button
          type="button"
          disabled={state.kind === 'working' || (kitEncryption.enabled && !kitEncryption.passphrase)}
          onClick={() => void exportAs('kit')}
        >
          {state.kind === 'working' && state.format === 'kit' ? t('exports.panel.working') : t('exports.panel.toKit')}
        </button>
        <button type="button" disabled={state.kind === 'working'} onClick={() => void exportAs('card')}>
          {state.kind === 'working' && state.format === 'card' ? t('exports.panel.working') : t('exports.panel.toCard')}
        </button>
        <button type="button" disabled={state.kind === 'working'} onClick={() => void exportAs('pdf')}>
          {state.kind === 'working' && state.format === 'pdf' ? t('exports.panel.working') : t('exports.panel.toPdf')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={state.kind === 'working'}
          onClick={() => void exportAs('docx')}
        >
          {state.kind === 'working' && state.format === 'docx' ? t('exports.panel.working') : t('exports.panel.toWord')}
        </button>
      </div>
    </dialog>
  );
}

const POLL_MS = 250;

/**
 * Asks main how far this window's export is, every quarter second while it runs. The answer only
 * informs: a failed question is skipped, and the next one waits for the last, so a busy main
 * process is never queued up with questions.
 */
function useExportProgress(running: boolean): Progress | null {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    setProgress(null);
    if (!running) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      try {
        const answer = await invoke('export.progress');
        // 'done' before this export started is the previous export's.
        if (!stopped) setProgress(answer && answer.stage !== 'done' ? answer : null);
      } catch {
        /* progress is a courtesy; the export itself reports its outcome */
      }
      if (!stopped) timer = setTimeout(() => void ask(), POLL_MS);
    };
    timer = setTimeout(() => void ask(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [running]);
  return progress;
}

/** "Hoofdstuk 5 van 17: IT-inventaris", "Word-bestand opmaken: 5 van 20 (IT-inventaris)"; in the kit prefixed with its part, "2 van 5: Word — …". */
function progressText(progress: Progress, t: TFunction): string {
  const { chapter, stage } = progress;
  const step = chapter
    ? t(stage === 'chapter' ? 'exports.panel.progress.chapter' : 'exports.panel.progress.layout', chapter)
    : t(`exports.panel.progress.${stage}`);
  if (!progress.part) return step;
  const { number, of, name } = progress.part;
  return t('exports.panel.progress.part', { number, of, name: t(`exports.panel.progress.parts.${name}`), step });
}
