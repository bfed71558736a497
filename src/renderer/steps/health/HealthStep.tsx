import { useTranslation } from 'react-i18next';
import type { HealthWarning, Severity } from '../../../domain/healthTypes';
import { StatusMark } from '../../shell/StatusMark';
import { useStore } from '../../store';
import { fieldElementId, focusWhenShown, setPendingWarning } from './followWarning';
import { usePlanHealth } from './usePlanHealth';
import { useWarningText } from './useWarningText';

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** One overview of the whole plan: a score, completeness per step, and every warning with a link to its fix. */
export function HealthStep() {
  const { t } = useTranslation();
  const health = usePlanHealth();
  const goToStep = useStore((s) => s.goToStep);
  const text = useWarningText();
  if (!health) return null;

  const follow = (warning: HealthWarning) => {
    setPendingWarning(warning);
    goToStep(warning.step);
    // Singleton forms (the organisation's review date) have their field on screen at once.
    const target = fieldElementId(warning);
    if (target && !warning.itemId) focusWhenShown(target);
  };
  const band = health.score >= 80 ? 'good' : health.score >= 50 ? 'fair' : 'poor';

  return (
    <div className="health-step">
      <section className={`health-score health-${band}`} aria-labelledby="health-score-title">
        <h3 id="health-score-title">{t('risksIncidents.health.score')}</h3>
        <p className="health-score-value" data-testid="health-score">
          {t('risksIncidents.health.scoreValue', { score: health.score })}
        </p>
        <p>{t('risksIncidents.health.completeness', { value: health.completeness })}</p>
        <p className="muted">{t('risksIncidents.health.scoreExplained')}</p>
      </section>

      <section aria-labelledby="health-warnings-title">
        <h3 id="health-warnings-title">
          {t('risksIncidents.health.warnings')}{' '}
          <span className="muted">({t('risksIncidents.health.warningCount', { count: health.warnings.length })})</span>
        </h3>
        {health.warnings.length === 0 && <p className="empty-state">{t('risksIncidents.health.noWarnings')}</p>}
        {SEVERITIES.map((severity) => {
          const warnings = health.warnings.filter((w) => w.severity === severity);
          if (warnings.length === 0) return null;
          return (
            <div key={severity} className={`health-group severity-${severity}`}>
              <h4>{t(`risksIncidents.health.severity.${severity}`)}</h4>
              <ul className="health-warnings" aria-label={t(`risksIncidents.health.severity.${severity}`)}>
                {warnings.map((warning, index) => (
                  <li key={`${warning.rule}-${warning.itemId ?? ''}-${warning.field ?? ''}-${index}`}>
                    <span>{text(warning)}</span>{' '}
                    <a
                      href={`#/${warning.step}`}
                      onClick={(event) => {
                        event.preventDefault();
                        follow(warning);
                      }}
                    >
                      {t('risksIncidents.health.fix', { step: t(`steps.${warning.step}.title`) })}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="health-steps-title">
        <h3 id="health-steps-title">{t('risksIncidents.health.steps')}</h3>
        <table className="list-table health-steps">
          <tbody>
            {health.steps
              .filter((s) => s.step !== 'health')
              .map((s) => (
                <tr key={s.step}>
                  <td className="row-flag">
                    <StatusMark status={s.status} />
                  </td>
                  <td>
                    <a
                      href={`#/${s.step}`}
                      onClick={(event) => {
                        event.preventDefault();
                        goToStep(s.step);
                      }}
                    >
                      {t(`steps.${s.step}.title`)}
                    </a>
                  </td>
                  <td>{t(`common.status.${s.status}`)}</td>
                  <td className="muted">
                    {s.warnings > 0 ? t('risksIncidents.health.warningCount', { count: s.warnings }) : ''}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
