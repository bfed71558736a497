import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api';
import { MENU_EVENT } from '../app/useMenuCommands';
import { useStore } from '../store';
import { type Problem, toProblem } from '../store/errors';
import { PassphraseFields } from './PassphraseFields';
import { ProtectionNotice } from './ProtectionNotice';
import { problemText } from '../app/problemText';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; path: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; problem: Problem };

/** "Encrypted copy…": a copy of the plan for the USB stick that only opens with its passphrase. */
export function EncryptedCopyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const flushSaves = useStore((s) => s.flushSaves);
  const [passphrase, setPassphrase] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const save = async () => {
    if (!passphrase) return;
    setState({ kind: 'working' });
    try {
      await flushSaves();
      const copy = await invoke('plan.saveEncryptedCopy', { passphrase });
      setState(copy ? { kind: 'done', path: copy.path } : { kind: 'cancelled' });
    } catch (error) {
      setState({ kind: 'failed', problem: toProblem(error) });
    }
  };

  return (
    <dialog
      ref={dialog}
      className="export-panel encryption-dialog"
      aria-labelledby="encrypted-copy-title"
      onClose={onClose}
    >
      <h2 id="encrypted-copy-title">{t('encryption.copy.title')}</h2>
      <p className="lead">{t('encryption.copy.intro')}</p>
      <PassphraseFields onChange={setPassphrase} />
      <ProtectionNotice />
      {state.kind === 'done' && (
        <p className="banner banner-info path" role="status">
          {t('encryption.copy.done', { path: state.path })}
        </p>
      )}
      {state.kind === 'cancelled' && (
        <p className="banner banner-info" role="status">
          {t('encryption.copy.cancelled')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="banner banner-warning" role="alert">
          {problemText(t, state.problem)}
        </p>
      )}
      <div className="export-panel-actions">
        <button
          type="button"
          className="quiet"
          disabled={state.kind === 'working'}
          onClick={() => dialog.current?.close()}
        >
          {t('encryption.copy.close')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!passphrase || state.kind === 'working'}
          onClick={() => void save()}
        >
          {state.kind === 'working' ? t('encryption.copy.working') : t('encryption.copy.save')}
        </button>
      </div>
    </dialog>
  );
}

/**
 * Holds the encrypted copy dialog while it is open. "Encrypted copy…" in the header's file menu and
 * File → Save an encrypted copy… in the application menu both open it through MENU_EVENT.
 */
export function EncryptedCopyHost() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onMenu = (event: Event) => {
      if ((event as CustomEvent).detail === 'encryptedCopy') setOpen(true);
    };
    window.addEventListener(MENU_EVENT, onMenu);
    return () => window.removeEventListener(MENU_EVENT, onMenu);
  }, []);
  return open ? <EncryptedCopyDialog onClose={() => setOpen(false)} /> : null;
}
