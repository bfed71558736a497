import { useTranslation } from 'react-i18next';
import type { ListItem } from '../store/sectionsSlice';
import { ActionMediaStrip } from './ActionMediaStrip';
import { useActivationUi } from './activationUi';
import { Assessment } from './Assessment';
import { CallList } from './CallList';
import { ClosePanel } from './ClosePanel';
import { LogBox } from './LogBox';
import { NotificationClocks } from './NotificationClocks';
import { NowPanel } from './NowPanel';
import { Playbook } from './Playbook';
import { Reconstitution } from './Reconstitution';
import { RtoClocks } from './RtoClocks';
import { ValidationChecks } from './ValidationChecks';
import { duration, useActivationData, useNow } from './useActivation';
import './activation.css';

/** The plan run as a checklist: large type, the next thing to do first, every tick saved at once. */
export function ActionView({ activation }: { activation: ListItem }) {
  const { t } = useTranslation();
  const now = useNow();
  const data = useActivationData(activation, now);
  const { by, setBy, setConsulting } = useActivationUi();
  const kind = String(activation.kind || 'incident');
  const startedAt = String(activation.startedAt ?? '');
  return (
    <main className={`action-view action-${kind}`} data-testid="action-view">
      <ActionMediaStrip />
      <div className="action-bar">
        <div className="action-title">
          <span className="action-badge">{t(`activation.view.${kind === 'exercise' ? 'exercise' : 'incident'}`)}</span>
          <h2>{String(activation.title ?? '')}</h2>
          <span className="action-meta">
            {activation.level
              ? t('activation.view.level', { level: t(`choices.incidentLevel.${String(activation.level)}`) })
              : ''}
            {' · '}
            {t('activation.view.since', { duration: duration(startedAt, now, t) })}
          </span>
        </div>
        <label className="action-by">
          <span>{t('activation.view.by')}</span>
          <input
            type="text"
            value={by}
            placeholder={t('activation.view.byPlaceholder')}
            onChange={(event) => setBy(event.target.value)}
          />
        </label>
        <button type="button" className="quiet" onClick={() => setConsulting(true)}>
          {t('activation.view.consultPlan')}
        </button>
      </div>
      {data && (
        <>
          <NowPanel activation={activation} data={data} />
          <div className="action-columns">
            <div className="action-column">
              <CallList activation={activation} data={data} />
              <Playbook activation={activation} data={data} now={now} />
              <ValidationChecks activation={activation} data={data} />
              <Reconstitution activation={activation} data={data} />
              <ClosePanel activation={activation} data={data} />
            </div>
            <div className="action-column">
              <RtoClocks activation={activation} data={data} now={now} />
              <NotificationClocks activation={activation} data={data} now={now} />
              <LogBox activation={activation} data={data} />
              <Assessment activation={activation} />
            </div>
          </div>
        </>
      )}
    </main>
  );
}
