import { TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthWarning } from '../../../domain/healthTypes';
import type { StepId } from '../../../domain/steps';
import { usePlanHealth } from './usePlanHealth';
import { useWarningText } from './useWarningText';

/** Enough to act on; a long incident log can raise thousands, which would bury the step itself. */
export const WARNINGS_SHOWN_AT_FIRST = 10;

/** The health warnings about one step, at the top of that step, each leading to its item and field. */
export function StepHealthWarnings({ step, onFollow }: { step: StepId; onFollow: (warning: HealthWarning) => void }) {
  const { t } = useTranslation();
  const health = usePlanHealth();
  const text = useWarningText();
  const [showAll, setShowAll] = useState(false);
  const warnings = health?.warnings.filter((w) => w.step === step) ?? [];
  if (warnings.length === 0) return null;
  const shown = showAll ? warnings : warnings.slice(0, WARNINGS_SHOWN_AT_FIRST);
  return (
    <section className="step-warnings" aria-labelledby={`health-warnings-${step}`}>
      <h3 id={`health-warnings-${step}`}>
        <TriangleAlert size={18} aria-hidden="true" />{' '}
        {t('risksIncidents.health.warningCount', { count: warnings.length })}
      </h3>
      <ul>
        {shown.map((warning, index) => (
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
      {shown.length < warnings.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          {t('risksIncidents.health.showAllWarnings', { count: warnings.length })}
        </button>
      )}
    </section>
  );
}
