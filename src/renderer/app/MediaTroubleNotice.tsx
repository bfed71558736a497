import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import { countChanges } from '../store/unsavedChanges';
import { ConflictList } from './ConflictList';
import './mediaTrouble.css';

/** How often the window looks whether the plan file is back. */
const RETRY_EVERY_MS = 3000;

/**
 * The one notice while the plan file cannot be reached: how many changes this window keeps, that
 * they are saved by themselves once the stick is back, and the way out: another place. It stays
 * until everything is saved, and closing the window meanwhile asks first.
 */
export function MediaTroubleNotice() {
  const { t } = useTranslation();
  const trouble = useStore((s) => s.mediaTrouble);
  const count = useStore((s) => countChanges(s.unsaved));
  const plan = useStore((s) => s.plan);
  const retrySaving = useStore((s) => s.retrySaving);
  const saveElsewhere = useStore((s) => s.saveElsewhere);
  const busy = useStore((s) => s.busy);

  useEffect(() => {
    if (!trouble) return;
    const retry = () => void retrySaving();
    const timer = setInterval(retry, RETRY_EVERY_MS);
    window.addEventListener('focus', retry);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', retry);
    };
  }, [trouble, retrySaving]);

  useEffect(() => {
    if (count === 0) return;
    // Closing or reloading would lose what only this window holds (Electron asks the user in main).
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [count]);

  if (!trouble || !plan) return <ConflictList />;
  return (
    <>
      <section className="media-trouble" role="alert" aria-labelledby="media-trouble-title" data-testid="media-trouble">
        <h2 id="media-trouble-title">{t('media.title')}</h2>
        <p>{t('media.kept', { count, fileName: plan.fileName, folder: plan.folder })}</p>
        <p>{t('media.advice')}</p>
        <p className="media-trouble-status">
          {trouble.unreadable ? t('media.unreadable') : t(`media.status.${trouble.status}`, { path: plan.path })}
        </p>
        <div className="media-trouble-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void saveElsewhere()}>
            {t('media.saveElsewhere')}
          </button>
          <button type="button" onClick={() => void retrySaving()}>
            {t('media.retryNow')}
          </button>
        </div>
      </section>
      <ConflictList />
    </>
  );
}
