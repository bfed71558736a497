import { useTranslation } from 'react-i18next';
import { detectedAtOf, type NotificationState } from '../../domain/activation/notificationClocks';
import { useStore } from '../store';
import { type Props, useActions } from './useActions';
import { clock, duration, nameOf } from './useActivation';

/** The look of a notification clock, borrowed from the RTO clocks beside it. */
const LOOK: Record<NotificationState, string> = {
  open: 'ok',
  near: 'near',
  overdue: 'exceeded',
  met: 'recovered',
  'not-applicable': 'no-rto',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO time as the value of a local date-time input. */
function localInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A clock per legal notification deadline, counted from when the incident was detected (which may
 * be before the plan was activated), with a tick when the notification was made, so the review
 * can say when each duty was met.
 */
export function NotificationClocks({ activation, data, now }: Props & { now: string }) {
  const { t } = useTranslation();
  const act = useActions({ activation, data });
  const editItem = useStore((s) => s.editItem);
  const detectedAt = detectedAtOf(activation);
  const clocks = data.view.notifications;
  const firstOfDuty = new Set(
    clocks.filter((c, index) => clocks.findIndex((other) => other.dutyId === c.dutyId) === index).map((c) => c.target),
  );
  return (
    <section className="action-card" aria-labelledby="notifications-title">
      <h3 id="notifications-title">{t('standards.activation.title')}</h3>
      <label className="detected-at">
        <span>{t('standards.activation.detectedAt')}</span>
        <input
          type="datetime-local"
          value={localInput(detectedAt)}
          onChange={(event) => {
            const parsed = Date.parse(event.target.value);
            if (!Number.isNaN(parsed))
              editItem('activations', activation.id, { detectedAt: new Date(parsed).toISOString() });
          }}
        />
      </label>
      {clocks.length === 0 && <p className="muted">{t('standards.activation.empty')}</p>}
      <ul className="clocks">
        {clocks.map((entry) => {
          const open = entry.state !== 'met' && entry.state !== 'not-applicable';
          return (
            <li
              key={entry.target}
              className={`clock clock-${LOOK[entry.state]}`}
              data-testid={`notification-${entry.target}`}
            >
              <span className="clock-name">
                {nameOf(data.notificationDuties, entry.dutyId, 'authority')} —{' '}
                {t(`standards.activation.stage.${entry.stage}`)}
              </span>
              <span className="clock-state">{t(`standards.activation.state.${entry.state}`)}</span>
              <span className="clock-time">
                {entry.metAt
                  ? t('standards.activation.metAt', { time: clock(entry.metAt) })
                  : t('standards.activation.due', {
                      hours: entry.hoursAllowed,
                      time: clock(entry.dueAt),
                      elapsed: duration(detectedAt, now, t),
                    })}
              </span>
              {open && (
                <span className="notification-buttons">
                  <button type="button" className="quiet" onClick={() => void act.notified(entry.dutyId, entry.stage)}>
                    {t('standards.activation.notified')}
                  </button>
                  {firstOfDuty.has(entry.target) && (
                    <button type="button" className="quiet" onClick={() => void act.notApplicable(entry.dutyId)}>
                      {t('standards.activation.notApplicable')}
                    </button>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
