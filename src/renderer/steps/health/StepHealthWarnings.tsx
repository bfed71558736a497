import { TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { HealthWarning } from '../../../domain/healthTypes';
import type { StepId } from '../../../domain/steps';
import { usePlanHealth } from './usePlanHealth';
import { useWarningText } from './useWarningText';

/** The health warnings about one step, at the top of that step, each leading to its item and field. */
export function StepHealthWarnings({ step, onFollow }: { step: StepId; onFollow: (warning: HealthWarning) => void }) {
  const { t } = useTranslation();
  const health = usePlanHealth();
  const text = useWarningText();
  const warnings = health?.warnings.filter((w) => w.step === step) ?? [];
  if (warnings.length === 0) return null;
  return (
    <section className="step-warnings" aria-labelledby={`health-warnings-${step}`}>
      <h3 id={`health-warnings-${step}`}>
        <TriangleAlert size={18} aria-hidden="true" /> {t('risksIncidents.health.warningCount', { count: warnings.length })}
      </h3>
      <ul>
        {warnings.map((warning, index) => (
          <li key={`${warning.rule}-${warning.itemId ?? ''}-${warning.field ?? ''}-${index}`}>
            <a
              href={`#/${warning.step}`}
              onClick={(event) => {
                event.preventDefault();
                onFollow(warning);
              }}
            >
              {text(warning)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
