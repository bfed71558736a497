import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import { MediaTroubleNotice } from './MediaTroubleNotice';
import { problemText } from './problemText';

/** The one place errors and confirmations appear, translated from their code. */
export function NoticeBar() {
  return (
    <>
      <MediaTroubleNotice />
      <PassingNotice />
    </>
  );
}

function PassingNotice() {
  const { t } = useTranslation();
  const notice = useStore((s) => s.notice);
  const dismiss = useStore((s) => s.dismissNotice);
  const saveState = useStore((s) => s.saveState);
  const mediaTrouble = useStore((s) => s.mediaTrouble);
  const flushSaves = useStore((s) => s.flushSaves);
  const showProblem = useStore((s) => s.showProblem);
  const undoRemove = useStore((s) => s.undoRemove);
  if (!notice) return null;
  const text =
    notice.kind === 'error'
      ? problemText(t, notice.problem)
      : notice.kind === 'removed'
        ? t('common.removed', { name: notice.name })
        : t(notice.key, notice.params);
  return (
    <div
      className={`notice notice-${notice.kind === 'removed' ? 'info' : notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      <span className="notice-text">{text}</span>
      {notice.kind === 'error' && saveState === 'failed' && !mediaTrouble && (
        <button type="button" onClick={() => void flushSaves().catch(showProblem)}>
          {t('common.retry')}
        </button>
      )}
      {notice.kind === 'removed' && (
        <button type="button" onClick={() => void undoRemove()}>
          {t('common.undo')}
        </button>
      )}
      <button type="button" className="quiet" onClick={dismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
