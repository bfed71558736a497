import { useTranslation } from 'react-i18next';
import { type Props, useActions } from './useActions';
import { clock, nameOf } from './useActivation';

/** The chosen scenarios' playbooks as a checklist: each tick with its time and who ticked it. */
export function Playbook({ activation, data, now }: Props & { now: string }) {
  const { t } = useTranslation();
  const act = useActions({ activation, data });
  const { steps } = data.view;
  const scenarioIds = [...new Set(steps.map((step) => step.scenarioId))];
  return (
    <section className="action-card" aria-labelledby="playbook-title">
      <h3 id="playbook-title">{t('activation.steps.title')}</h3>
      {steps.length === 0 && <p className="muted">{t('activation.steps.empty')}</p>}
      {scenarioIds.map((scenarioId) => (
        <div key={scenarioId}>
          {scenarioIds.length > 1 && <h4>{nameOf(data.scenarios, scenarioId, 'title')}</h4>}
          <ol className="check-list">
            {steps
              .filter((step) => step.scenarioId === scenarioId)
              .map((step) => (
                <li
                  key={step.stepId}
                  className={step.state === 'open' ? '' : step.late ? 'is-done is-late' : 'is-done'}
                  data-testid={`step-${step.stepId}`}
                >
                  <div className="check-head">
                    <span className="check-mark" aria-hidden="true">
                      {step.state === 'done' ? '✓' : step.state === 'skipped' ? '–' : '○'}
                    </span>
                    <span className="check-text">{step.action}</span>
                  </div>
                  <div className="check-meta">
                    <span className="muted">{nameOf(data.roles, step.roleId, 'name')}</span>
                    {step.state === 'open' && step.dueAt && (
                      <span className="muted"> · {t('activation.steps.due', { time: clock(step.dueAt) })}</span>
                    )}
                    {step.state === 'open' && step.dueAt && Date.parse(step.dueAt) < Date.parse(now) && (
                      <strong className="late"> · {t('activation.steps.overdue')}</strong>
                    )}
                    {step.state !== 'open' && (
                      <span>
                        {' · '}
                        {t(step.state === 'done' ? 'activation.steps.doneAt' : 'activation.steps.skippedAt', {
                          time: clock(step.at),
                        })}
                        {step.by && ` ${t('activation.steps.byWhom', { by: step.by })}`}
                      </span>
                    )}
                    {step.late && <strong className="late"> · {t('activation.steps.late')}</strong>}
                  </div>
                  {step.state === 'open' && (
                    <span className="row-buttons">
                      <button type="button" onClick={() => void act.step(step.stepId, 'done')}>
                        {t('activation.buttons.done')}
                      </button>
                      <button type="button" className="quiet" onClick={() => void act.step(step.stepId, 'skipped')}>
                        {t('activation.buttons.skip')}
                      </button>
                    </span>
                  )}
                </li>
              ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
