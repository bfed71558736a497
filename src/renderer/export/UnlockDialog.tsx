import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import { type Problem, toProblem } from '../store/errors';
import { problemText } from '../app/problemText';

/** Asks for the passphrase of an encrypted plan copy the user chose to open. */
export function UnlockDialog() {
  const lockedPlan = useStore((s) => s.lockedPlan);
  // A fresh dialog (empty field, no old message) for every file.
  return lockedPlan ? <UnlockForm key={lockedPlan} path={lockedPlan} /> : null;
}

function UnlockForm({ path }: { path: string }) {
  const { t } = useTranslation();
  const unlockPlan = useStore((s) => s.unlockPlan);
  const cancelUnlock = useStore((s) => s.cancelUnlock);
  const [passphrase, setPassphrase] = useState('');
  const [visible, setVisible] = useState(false);
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const fileName = path.split(/[\\/]/).pop() ?? path;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const submit = async () => {
    setWorking(true);
    setProblem(null);
    try {
      await unlockPlan(passphrase);
    } catch (error) {
      setProblem(toProblem(error));
      setWorking(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="export-panel encryption-dialog"
      aria-labelledby="unlock-title"
      onClose={cancelUnlock}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id="unlock-title">{t('encryption.open.title')}</h2>
        <p className="lead">{t('encryption.open.intro', { fileName })}</p>
        <div className="field">
          <label className="field-label" htmlFor="unlock-passphrase">
            {t('encryption.passphrase')}
          </label>
          <input
            id="unlock-passphrase"
            type={visible ? 'text' : 'password'}
            autoComplete="current-password"
            spellCheck={false}
            autoFocus
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </div>
        <label className="choice">
          <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
          {t('encryption.show')}
        </label>
        {problem && (
          <p className="banner banner-warning" role="alert">
            {problemText(t, problem, { params: { path: fileName } })}
          </p>
        )}
        <div className="export-panel-actions">
          <button type="button" className="quiet" onClick={() => dialog.current?.close()}>
            {t('encryption.open.cancel')}
          </button>
          <button type="submit" className="primary" disabled={passphrase === '' || working}>
            {working ? t('encryption.open.working') : t('encryption.open.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
