import { useTranslation } from 'react-i18next';
import { findSection } from '../../../domain/plan';
import { useListSection } from '../../forms/useSection';

/**
 * The RTO of each service is the moment to escalate: listed shortest first, so whoever handles an
 * incident sees at a glance how long each affected service may be down.
 */
export function EscalationThresholds() {
  const { t } = useTranslation();
  const services = useListSection('services');
  const section = findSection('services');
  const rtoField = section?.fields.find(
    (f) => /^rto/i.test(f.name) && (f.widget === 'hours' || f.widget === 'integer'),
  )?.name;
  if (!services || !section || section.kind !== 'list' || !rtoField) return null;
  const withRto = services
    .filter((service) => typeof service[rtoField] === 'number')
    .sort((a, b) => (a[rtoField] as number) - (b[rtoField] as number));
  if (withRto.length === 0) return null;
  return (
    <section className="explainer" aria-labelledby="escalation-thresholds-title">
      <h3 id="escalation-thresholds-title">{t('risksIncidents.alarm.thresholds')}</h3>
      <p>{t('risksIncidents.alarm.thresholdsHint')}</p>
      <ul className="thresholds">
        {withRto.map((service) => (
          <li key={service.id}>
            <strong>{String(service[section.titleField] || t('common.unnamed'))}</strong>:{' '}
            {t('risksIncidents.alarm.hours', { count: service[rtoField] as number })}
          </li>
        ))}
      </ul>
    </section>
  );
}
