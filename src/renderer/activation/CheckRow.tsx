import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type CheckOutcome = 'passed' | 'failed';

export interface RecordableCheck {
  checkId: string;
  check: string;
  state: 'open' | CheckOutcome;
  actual?: string;
}

/**
 * One validation check of a playbook, in activation and in an exercise entered by hand: what to check,
 * the caller's line of what to expect, the recorded outcome and, while open, the field for what was
 * actually found with "passed" / "failed".
 */
export function CheckRow({
  check,
  inputId,
  expectation,
  recorded,
  readOnly = false,
  testId,
  onRecord,
}: {
  check: RecordableCheck;
  inputId: string;
  expectation: ReactNode;
  /** The outcome as this place words it (with its time or who recorded it); shown once recorded. */
  recorded: ReactNode;
  readOnly?: boolean;
  testId?: string;
  onRecord: (outcome: CheckOutcome, actual: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [actual, setActual] = useState('');
  const [again, setAgain] = useState(false);
  const open = check.state === 'open' || again;
  const save = async (outcome: CheckOutcome) => {
    await onRecord(outcome, actual.trim());
    setActual('');
    setAgain(false);
  };
  return (
    <li
      className={check.state === 'failed' ? 'is-problem' : check.state === 'passed' ? 'is-done' : ''}
      data-testid={testId}
    >
      <div className="check-head">
        <span className="check-mark" aria-hidden="true">
          {check.state === 'passed' ? '✓' : check.state === 'failed' ? '✗' : '○'}
        </span>
        <span className="check-text">{check.check}</span>
      </div>
      {expectation}
      {check.state !== 'open' && (
        <div className="check-meta">
          <strong className={check.state === 'failed' ? 'late' : undefined}>{recorded}</strong>
          {check.actual && <div>{t('standards.checks.actualWas', { actual: check.actual })}</div>}
        </div>
      )}
      {readOnly ? null : open ? (
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
