import { useTranslation } from 'react-i18next';
import { dateLanguage, formatDate } from '../../../i18n/dates';
import { localIsoDate } from '../../../domain/health';
import { isExerciseOverdue, isFollowUpOverdue, lastExerciseDone } from '../../../domain/rules/overdue';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { useListSection } from '../../forms/useSection';
import type { ListItem } from '../../store/sectionsSlice';
import { StepFindings } from '../../findings/StepFindings';
import { ExerciseChecks } from './ExerciseChecks';

/** The schedule of exercises and tests, what they showed, and their follow-up; overdue ones are flagged. */
export function TestsStep() {
  const { t, i18n } = useTranslation();
  const exercises = useListSection('exercises');
  useListSection('people');
  useListSection('scenarios');
  useListSection('roles');
  if (!exercises) return null;
  const today = localIsoDate(new Date());
  const last = lastExerciseDone(exercises, today);
  const flag = (exercise: ListItem): string | null => {
    if (isExerciseOverdue(exercise, today)) return t('risksIncidents.tests.overdue');
    if (isFollowUpOverdue(exercise.followUpDue, exercise.followUpDone, today))
      return t('risksIncidents.tests.followUpOverdue');
    return null;
  };
  return (
    <div className="tests-step">
      <StepFindings step="tests" />
      <p>
        {last
          ? t('risksIncidents.tests.lastDone', { date: formatDate(last, dateLanguage(i18n.language)) })
          : t('risksIncidents.tests.neverDone')}
      </p>
      <h3>{t('lists.exercises.title')}</h3>
      <ListSectionEditor
        section="exercises"
        columns={['title', 'type', 'plannedOn', 'doneOn']}
        rowFlag={flag}
        itemFooter={(exercise) => <ExerciseChecks exercise={exercise} />}
      />
      <h3>{t('lists.trainings.title')}</h3>
      <p className="muted">{t('standards.trainings.intro')}</p>
      <ListSectionEditor section="trainings" columns={['topic', 'heldOn', 'people', 'nextDue']} />
    </div>
  );
}
