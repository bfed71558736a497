import { useTranslation } from 'react-i18next';
import { warningsFor } from '../../../domain/rules/continuity';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { ContinuityWarnings } from '../priorities/ContinuityWarnings';
import { useFollowedSelection } from '../priorities/fieldFocus';
import { useContinuity } from '../priorities/useContinuity';
import { StarterPanel } from './StarterPanel';

/** Services and processes: who relies on them and how long an outage and data loss may last. */
export function ServicesStep() {
  const { t } = useTranslation();
  const analysis = useContinuity();
  const selection = useFollowedSelection('services');
  return (
    <div className="services-step">
      <aside className="explainer" aria-labelledby="rto-rpo-title">
        <h3 id="rto-rpo-title">{t('servicesInventory.services.explainTitle')}</h3>
        <p>{t('servicesInventory.services.explainRto')}</p>
        <p>{t('servicesInventory.services.explainRpo')}</p>
      </aside>
      <ContinuityWarnings warnings={analysis ? warningsFor(analysis.warnings, 'services') : []} />
      <StarterPanel />
      <ListSectionEditor section="services" columns={['name', 'owner', 'rtoHours', 'rpoHours']} {...selection} />
    </div>
  );
}
