import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../domain/health';
import { type ExerciseCheckState, exerciseCheckList, followUpWithFailedCheck } from '../../../domain/exerciseChecks';
import { useListSection } from '../../forms/useSection';
import type { ListItem } from '../../store/sectionsSlice';
import { useStore } from '../../store';
// The check list looks as it does in the action view.
import '../../activation/activation.css';
import { type CheckOutcome, CheckRow } from '../../activation/CheckRow';

/** One check of the exercise: what to check and expect; what was found, recorded as passed or failed. */
function CheckResult({
  check,
  readOnly,
  record,
}: {
  check: ExerciseCheckState;
  readOnly: boolean;
  record: (check: ExerciseCheckState, outcome: CheckOutcome, actual: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <CheckRow
      check={check}
      inputId={`exercise-check-actual-${check.checkId}`}
      expectation={
        <div className="check-meta muted">{t('standards.checks.expected', { expected: check.expected })}</div>
      }
      recorded={check.state === 'open' ? null : t(`choices.activationOutcome.${check.state}`)}
      readOnly={readOnly}
      onRecord={(outcome, actual) => record(check, outcome, actual)}
    />
  );
}

/**
 * The validation checks of the playbooks an exercise entered by hand covers, recorded with the
 * result found, as the action view records them in an activation: a failed check is added to the
 * exercise's follow-up at once, and stays a finding until a later run passes it.
 */
export function ExerciseChecks({ exercise }: { exercise: ListItem }) {
  const { t } = useTranslation();
  const checks = useListSection('playbookChecks') ?? [];
  const results = useListSection('exerciseChecks') ?? [];
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const addItem = useStore((s) => s.addItem);
  const editItem = useStore((s) => s.editItem);
  const list = exerciseCheckList({ exercise, checks, results });
  const titleId = `exercise-checks-${exercise.id}`;

  const record = async (check: ExerciseCheckState, outcome: CheckOutcome, actual: string) => {
    const checkedOn = (typeof exercise.doneOn === 'string' && exercise.doneOn) || localIsoDate(new Date());
    const result = { outcome, actual, checkedOn };
    if (check.resultId) editItem('exerciseChecks', check.resultId, result);
    else await addItem('exerciseChecks', { exercise: exercise.id, check: check.checkId, ...result });
    if (outcome !== 'failed') return;
    const line = `- ${t('standards.review.failedCheck', { check: check.check, expected: check.expected, actual: actual || '—' })}`;
    editItem('exercises', exercise.id, {
      followUp: followUpWithFailedCheck(String(exercise.followUp ?? ''), t('standards.review.failedChecks'), line),
      followUpDone: false,
    });
  };

  const scenarios = Array.isArray(exercise.scenarios) ? exercise.scenarios : [];
  return (
    <section className="exercise-checks" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('standards.checks.exerciseTitle')}</h4>
      {list.length === 0 ? (
        <p className="muted">
          {scenarios.length === 0 ? t('standards.checks.exerciseNoPlaybook') : t('standards.checks.exerciseNoChecks')}
        </p>
      ) : (
        <>
          <p className="muted">{t('standards.checks.exerciseIntro')}</p>
          <ol className="check-list">
            {list.map((check) => (
              <CheckResult key={check.checkId} check={check} readOnly={readOnly} record={record} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
