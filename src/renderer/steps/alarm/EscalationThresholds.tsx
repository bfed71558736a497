import { useTranslation } from 'react-i18next';
import { useListSection } from '../../forms/useSection';

/**
 * The RTO of each service is the moment to escalate: listed shortest first, so whoever handles an
 * incident sees at a glance how long each affected service may be down.
 */
export function EscalationThresholds() {
  const { t } = useTranslation();
  const services = useListSection('services');
  if (!services) return null;
  const withRto = services
    .flatMap(({ id, name, rtoHours }) => (typeof rtoHours === 'number' ? [{ id, name, rtoHours }] : []))
    .sort((a, b) => a.rtoHours - b.rtoHours);
  if (withRto.length === 0) return null;
  return (
    <section className="explainer" aria-labelledby="escalation-thresholds-title">
      <h3 id="escalation-thresholds-title">{t('risksIncidents.alarm.thresholds')}</h3>
      <p>{t('risksIncidents.alarm.thresholdsHint')}</p>
      <ul className="thresholds">
        {withRto.map((service) => (
          <li key={service.id}>
            <strong>{service.name || t('common.unnamed')}</strong>:{' '}
            {t('risksIncidents.alarm.hours', { count: service.rtoHours })}
          </li>
        ))}
      </ul>
    </section>
  );
}
