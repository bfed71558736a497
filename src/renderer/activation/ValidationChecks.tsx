import { useTranslation } from 'react-i18next';
import type { CheckState } from '../../domain/activation/checks';
import { type CheckOutcome, CheckRow } from './CheckRow';
import { type Props, useActions } from './useActions';
import { clock, nameOf } from './useActivation';

/** One check: what to check and what to expect; what was found, recorded as passed or failed. */
function CheckItem({ check, record, roleName }: { check: CheckState; record: Record; roleName: string }) {
  const { t } = useTranslation();
  return (
    <CheckRow
      check={check}
      inputId={`check-actual-${check.checkId}`}
      testId={`check-${check.checkId}`}
      expectation={
        <div className="check-meta">
          <span className="muted">{t('standards.checks.expected', { expected: check.expected })}</span>
          {roleName && <span className="muted"> · {roleName}</span>}
        </div>
      }
      recorded={
        check.state === 'open' ? null : (
          <>
            {t('standards.checks.recorded', {
              outcome: t(`choices.activationOutcome.${check.state}`),
              time: clock(check.at),
            })}
            {check.by && ` ${t('activation.steps.byWhom', { by: check.by })}`}
          </>
        )
      }
      onRecord={(outcome, actual) => record(check, outcome, actual)}
    />
  );
}

type Record = (check: CheckState, outcome: CheckOutcome, actual: string) => Promise<unknown>;

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
