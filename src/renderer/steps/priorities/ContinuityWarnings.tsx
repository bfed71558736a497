import { TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanWarning } from '../../../domain/rules/warnings';
import { useFollowWarning } from './fieldFocus';

interface ContinuityWarningsProps {
  warnings: readonly PlanWarning[];
  /** An extra way to fix a warning on the spot (add the missing backup). */
  action?: (warning: PlanWarning) => ReactNode;
  /** Handles following a warning on the step itself; returns false to go to the field's own step. */
  followHere?: (warning: PlanWarning) => boolean;
}

/** A step's warnings at its top; each links to the item and field where it is fixed. */
export function ContinuityWarnings({ warnings, action, followHere }: ContinuityWarningsProps) {
  const { t } = useTranslation();
  const follow = useFollowWarning();
  if (warnings.length === 0) return null;
  return (
    <section className="step-warnings continuity-warnings" aria-labelledby="continuity-warnings-title">
      <h3 id="continuity-warnings-title">
        <TriangleAlert size={18} aria-hidden="true" /> {t('servicesInventory.warnings.title')} ({warnings.length})
      </h3>
      <ul>
        {warnings.map((warning) => {
          const params = Object.fromEntries(
            Object.entries(warning.params).map(([key, value]) => [key, value === '' ? t('common.unnamed') : value]),
          );
          const { section, itemId, field } = warning;
          return (
            <li key={`${warning.code}-${section}-${itemId}-${field}`}>
              <a
                href={`#${section}-${itemId}-${field}`}
                onClick={(event) => {
                  event.preventDefault();
                  if (!followHere?.(warning)) follow(warning);
                }}
              >
                {t(`servicesInventory.warnings.codes.${warning.code}`, params)}
              </a>
              {action?.(warning)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
