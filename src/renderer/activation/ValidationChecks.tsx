import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckState } from '../../domain/activation/checks';
import { type Props, useActions } from './useActions';
import { clock, nameOf } from './useActivation';

/** One check: what to check and what to expect; what was found, recorded as passed or failed. */
function CheckItem({ check, record, roleName }: { check: CheckState; record: Record; roleName: string }) {
  const { t } = useTranslation();
  const [actual, setActual] = useState('');
  const [again, setAgain] = useState(false);
  const open = check.state === 'open' || again;
  const inputId = `check-actual-${check.checkId}`;
  const save = async (outcome: 'passed' | 'failed') => {
    await record(check, outcome, actual.trim());
    setActual('');
    setAgain(false);
  };
  return (
    <li
      className={check.state === 'failed' ? 'is-problem' : check.state === 'passed' ? 'is-done' : ''}
      data-testid={`check-${check.checkId}`}
    >
      <div className="check-head">
        <span className="check-mark" aria-hidden="true">
          {check.state === 'passed' ? '✓' : check.state === 'failed' ? '✗' : '○'}
        </span>
        <span className="check-text">{check.check}</span>
      </div>
      <div className="check-meta">
        <span className="muted">{t('standards.checks.expected', { expected: check.expected })}</span>
        {roleName && <span className="muted"> · {roleName}</span>}
      </div>
      {check.state !== 'open' && (
        <div className="check-meta">
          <strong className={check.state === 'failed' ? 'late' : undefined}>
            {t('standards.checks.recorded', {
              outcome: t(`choices.activationOutcome.${check.state}`),
              time: clock(check.at),
            })}
          </strong>
          {check.by && ` ${t('activation.steps.byWhom', { by: check.by })}`}
          {check.actual && <div>{t('standards.checks.actualWas', { actual: check.actual })}</div>}
        </div>
      )}
      {open ? (
        <div className="check-record">
          <label htmlFor={inputId}>{t('standards.checks.actual')}</label>
          <input id={inputId} type="text" value={actual} onChange={(event) => setActual(event.target.value)} />
          <span className="row-buttons">
            <button type="button" onClick={() => void save('passed')}>
              {t('standards.checks.passed')}
            </button>
            <button type="button" className="quiet" onClick={() => void save('failed')}>
              {t('standards.checks.failed')}
            </button>
          </span>
        </div>
      ) : (
        <span className="row-buttons">
          <button type="button" className="quiet" onClick={() => setAgain(true)}>
            {t('standards.checks.recordAgain')}
          </button>
        </span>
      )}
    </li>
  );
}

type Record = (check: CheckState, outcome: 'passed' | 'failed', actual: string) => Promise<unknown>;

/**
 * The chosen playbooks' validation checks: each recorded with the result actually found, so the
 * review and the exercise's follow-up list every check that failed.
 */
export function ValidationChecks({ activation, data }: Props) {
  const { t } = useTranslation();
  const act = useActions({ activation, data });
  const { checks } = data.view;
  if (checks.length === 0) return null;
  return (
    <section className="action-card" aria-labelledby="checks-title">
      <h3 id="checks-title">{t('standards.checks.activationTitle')}</h3>
      <p className="muted">{t('standards.checks.activationIntro')}</p>
      <ol className="check-list">
        {checks.map((check) => (
          <CheckItem
            key={check.checkId}
            check={check}
            record={act.check}
            roleName={nameOf(data.roles, check.roleId, 'name')}
          />
        ))}
      </ol>
    </section>
  );
}
