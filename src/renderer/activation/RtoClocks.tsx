import { useTranslation } from 'react-i18next';
import { type Props, useActions } from './useActions';
import { duration, nameOf } from './useActivation';

/** A clock since activation for every affected service against its RTO, and the escalation the alarm plan prescribes. */
export function RtoClocks({ activation, data, now }: Props & { now: string }) {
  const { t } = useTranslation();
  const act = useActions({ activation, data });
  const { clocks, escalation } = data.view;
  const startedAt = String(activation.startedAt ?? '');
  return (
    <section className="action-card" aria-labelledby="clocks-title">
      <h3 id="clocks-title">{t('activation.clocks.title')}</h3>
      {escalation && (
        <div className="escalation" role="alert">
          <p className="escalation-title">
            {t('activation.clocks.escalationTitle', {
              services: escalation.serviceIds.map((id) => nameOf(data.services, id, 'name')).join(', '),
            })}
          </p>
          {escalation.rule && (
            <p>
              <span className="muted">{t('activation.clocks.rule')}</span> {escalation.rule}
            </p>
          )}
          {escalation.rolesToCall.length > 0 && (
            <p>
              {t('activation.clocks.rolesToCall', {
                roles: escalation.rolesToCall.map((id) => nameOf(data.roles, id, 'name')).join(', '),
              })}
            </p>
          )}
          {escalation.toLevel ? (
            <button type="button" className="primary" onClick={() => void act.escalate(escalation.toLevel!)}>
              {t('activation.clocks.escalateTo', { level: t(`choices.incidentLevel.${escalation.toLevel}`) })}
            </button>
          ) : (
            <p>{t('activation.clocks.alreadyCrisis')}</p>
          )}
        </div>
      )}
      {clocks.length === 0 && <p className="muted">{t('activation.clocks.empty')}</p>}
      <ul className="clocks">
        {clocks.map((clock) => {
          const elapsed = duration(startedAt, clock.recoveredAt ?? now, t);
          return (
            <li key={clock.serviceId} className={`clock clock-${clock.state}`} data-testid={`clock-${clock.serviceId}`}>
              <span className="clock-name">{nameOf(data.services, clock.serviceId, 'name') || clock.serviceId}</span>
              <span className="clock-state">{t(`activation.clocks.state.${clock.state}`)}</span>
              <span className="clock-time">
                {clock.rtoHours === null
                  ? t('activation.clocks.elapsedNoRto', { elapsed })
                  : t('activation.clocks.elapsed', { elapsed, rto: clock.rtoHours })}
              </span>
              {clock.state !== 'recovered' && (
                <button type="button" className="quiet" onClick={() => void act.recovered(clock.serviceId)}>
                  {t('activation.buttons.back')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
