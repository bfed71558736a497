import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { StepFindings } from '../../findings/StepFindings';
import { useStore } from '../../store';
import { impactGridGroup } from './ImpactGrid';
import { StarterPanel } from './StarterPanel';

/** Services and processes: who relies on them and how long an outage and data loss may last. */
export function ServicesStep() {
  const { t } = useTranslation();
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const impactGrid = useMemo(() => impactGridGroup(readOnly), [readOnly]);
  return (
    <div className="services-step">
      <aside className="explainer" aria-labelledby="rto-rpo-title">
        <h3 id="rto-rpo-title">{t('servicesInventory.services.explainTitle')}</h3>
        <p>{t('servicesInventory.services.explainRto')}</p>
        <p>{t('servicesInventory.services.explainRpo')}</p>
      </aside>
      <StepFindings step="services" />
      <StarterPanel />
      <ListSectionEditor
        section="services"
        columns={['name', 'owner', 'rtoHours', 'rpoHours']}
        fieldGroup={impactGrid}
      />
    </div>
  );
}
