import { useTranslation } from 'react-i18next';
import { firstFixes } from '../../../domain/findingGroups';
import { FindingList } from '../../findings/FindingList';
import { useFindingText } from '../../findings/useFindingText';
import { usePlanHealth } from '../../findings/usePlanHealth';
import { StatusMark } from '../../shell/StatusMark';
import { useStore } from '../../store';
import { TableScroll } from '../../forms/TableScroll';

/**
 * One overview of the whole plan: the score and its trend, what to do first, every finding grouped
 * by kind (the most serious and most time-critical first), and the completeness of each step.
 */
export function HealthStep() {
  const { t, i18n } = useTranslation();
  const health = usePlanHealth();
  const goToStep = useStore((s) => s.goToStep);
  const followFinding = useStore((s) => s.followFinding);
  const text = useFindingText();
  if (!health) return null;

  const band = health.score >= 80 ? 'good' : health.score >= 50 ? 'fair' : 'poor';
  const numbers = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-BE', { maximumFractionDigits: 1 });
  const dates = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-BE', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const first = firstFixes(health.warnings);
  const earlier = health.history.slice(0, -1);

  return (
    <div className="health-step">
      <section className={`health-score health-${band}`} aria-labelledby="health-score-title">
        <h3 id="health-score-title">{t('risksIncidents.health.score')}</h3>
        <p className="health-score-value" data-testid="health-score">
          {t('risksIncidents.health.scoreValue', { score: numbers.format(health.score) })}
        </p>
        <p>{t('risksIncidents.health.completeness', { value: health.completeness })}</p>
        {earlier.length > 0 && (
          <p className="health-trend" data-testid="health-trend">
            {t('findings.trendTitle')}:{' '}
            {health.history
              .map((point) =>
                t('findings.trendEntry', {
                  date: dates.format(new Date(`${point.date}T00:00:00Z`)),
                  score: numbers.format(point.score),
                }),
              )
              .join(' → ')}
          </p>
        )}
        <p className="muted">{t('risksIncidents.health.scoreExplained')}</p>
      </section>

      {first.length > 0 && (
        <section className="health-first" aria-labelledby="health-first-title">
          <h3 id="health-first-title">{t('findings.firstTitle')}</h3>
          <p className="muted">{t('findings.firstIntro')}</p>
          <ol>
            {first.map((finding) => (
              <li key={finding.code} className={`severity-${finding.severity}`}>
                <a
                  href={`#/${finding.step}`}
                  onClick={(event) => {
                    event.preventDefault();
                    followFinding(finding);
                  }}
                >
                  {text(finding)}
                </a>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="health-warnings-title">
        <h3 id="health-warnings-title">
          {t('risksIncidents.health.warnings')}{' '}
          <span className="muted" data-testid="health-count">
            ({t('findings.count', { count: health.warnings.length })})
          </span>
        </h3>
        {health.warnings.length === 0 ? (
          <p className="empty-state">{t('risksIncidents.health.noWarnings')}</p>
        ) : (
          <FindingList findings={health.warnings} showStep />
        )}
      </section>

      <section aria-labelledby="health-steps-title">
        <h3 id="health-steps-title">{t('risksIncidents.health.steps')}</h3>
        <TableScroll>
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
                    <td className="muted">{s.warnings > 0 ? t('findings.count', { count: s.warnings }) : ''}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
