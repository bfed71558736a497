import { STEPS } from '../../domain/plan';
import { RESTORE_TEST_MAX_AGE_MONTHS } from '../../domain/rules/backupChecks';
import { isDate, monthsBefore } from '../../domain/rules/overdue';
import { reviewIntervalMonths } from '../../domain/rules/peopleRules';
import { BRIEFING_VALID_MONTHS } from '../../domain/rules/training';
import { normalise } from '../../domain/csv/normalise';
import type { RenderContext } from '../renderers';
import { formatDate } from '../values';
import { listOf, singletonOf, textOf } from '../planRecords';
import { stableUid } from './planKey';

/** One reminder: a whole day, an alarm some days before, and where in the plan it comes from. */
export interface PlanEvent {
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  description: string;
  alarmDaysBefore: number;
}

const monthsAfter = (date: string, months: number) => monthsBefore(date, -months);

/**
 * What the coordinator must not forget, as calendar events: the plan's review, planned exercises
 * and their follow-up, planned trainings and when each training is due again, restore tests due per backup (a year after the last), contact details due
 * for re-checking (the plan's review interval after the last check), contract ends, and the
 * improvements after an incident. `today` (YYYY-MM-DD) dates a restore test never held.
 */
export function planEvents(context: RenderContext, today: string): PlanEvent[] {
  const { plan, t } = context;
  const e = 'exports.calendar';
  const stepOf = (section: string) => {
    const step = STEPS.find((candidate) => candidate.sections.includes(section));
    return step ? t(`steps.${step.id}.title`) : '';
  };
  /** "In the plan: Suppliers → Westkust ICT Partners", the way back to what the event is about. */
  const where = (section: string, item: string) =>
    t(`${e}.where`, { step: stepOf(section), item: item || t('exports.document.unknownRef') });
  const describe = (...parts: string[]) => parts.filter(Boolean).join('\n\n');
  const personName = (id: unknown) => (typeof id === 'string' ? (context.resolve('people', id) ?? '') : '');
  const events: PlanEvent[] = [];
  const add = (event: Omit<PlanEvent, 'uid'>, what: string, id: string) =>
    events.push({ uid: stableUid(plan, what, id), ...event });

  const organisation = singletonOf(plan, 'organisation');
  const organisationName = textOf(organisation.name);
  if (isDate(organisation.nextReviewDate))
    add(
      {
        date: organisation.nextReviewDate,
        summary: t(`${e}.review.summary`, { organisation: organisationName }),
        description: describe(t(`${e}.review.description`), where('organisation', organisationName)),
        alarmDaysBefore: 14,
      },
      'review',
      'plan',
    );

  for (const exercise of listOf(plan, 'exercises')) {
    const title = textOf(exercise.title);
    if (isDate(exercise.plannedOn) && !isDate(exercise.doneOn))
      add(
        {
          date: exercise.plannedOn,
          summary: t(`${e}.exercise.summary`, {
            title,
            type: exercise.type ? t(`choices.exerciseType.${exercise.type}`) : '',
          }),
          description: describe(textOf(exercise.scope), where('exercises', title)),
          alarmDaysBefore: 7,
        },
        'exercise',
        exercise.id,
      );
    if (isDate(exercise.followUpDue) && exercise.followUpDone !== true)
      add(
        {
          date: exercise.followUpDue,
          summary: t(`${e}.followUp.summary`, { title }),
          description: describe(
            textOf(exercise.followUp),
            personName(exercise.followUpOwner) &&
              `${t('fields.exercises.followUpOwner.label')}: ${personName(exercise.followUpOwner)}`,
            where('exercises', title),
          ),
          alarmDaysBefore: 7,
        },
        'follow-up',
        exercise.id,
      );
  }

  // A topic trained again later is due from its latest session only: older sessions' dates are past history.
  const trainings = listOf(plan, 'trainings').filter((training) => isDate(training.heldOn));
  const latestOfTopic = new Map<string, string>();
  for (const training of trainings) {
    const topic = normalise(textOf(training.topic));
    if ((latestOfTopic.get(topic) ?? '') < training.heldOn!) latestOfTopic.set(topic, training.heldOn!);
  }
  for (const training of trainings) {
    const topic = textOf(training.topic);
    const heldOn = training.heldOn!;
    const kind = training.kind ? t(`choices.trainingKind.${training.kind}`) : '';
    const people = (Array.isArray(training.people) ? training.people : []).map(personName).filter(Boolean);
    const who = describe(
      kind && `${t('fields.trainings.kind.label')}: ${kind}`,
      people.length > 0 ? `${t('fields.trainings.people.label')}: ${people.join(', ')}` : '',
      textOf(training.audience) && `${t('fields.trainings.audience.label')}: ${textOf(training.audience)}`,
    );
    if (heldOn > today)
      add(
        {
          date: heldOn,
          summary: t(`${e}.training.summary`, { topic }),
          description: describe(who, where('trainings', topic)),
          alarmDaysBefore: 7,
        },
        'training',
        training.id,
      );
    if (latestOfTopic.get(normalise(topic)) !== heldOn) continue;
    const due = isDate(training.nextDue) ? training.nextDue : monthsAfter(heldOn, BRIEFING_VALID_MONTHS);
    add(
      {
        date: due,
        summary: t(`${e}.trainingDue.summary`, { topic }),
        description: describe(
          t(isDate(training.nextDue) ? `${e}.trainingDue.planned` : `${e}.trainingDue.yearly`, {
            date: formatDate(heldOn, context.language),
            months: BRIEFING_VALID_MONTHS,
          }),
          who,
          where('trainings', topic),
        ),
        alarmDaysBefore: 14,
      },
      'training-due',
      training.id,
    );
  }

  for (const review of listOf(plan, 'reviews')) {
    if (!isDate(review.improvementsDue) || review.planUpdated === true) continue;
    const incident = typeof review.incident === 'string' ? (context.resolve('incidents', review.incident) ?? '') : '';
    add(
      {
        date: review.improvementsDue,
        summary: t(`${e}.improvements.summary`, { incident }),
        description: describe(textOf(review.improvements), where('reviews', incident)),
        alarmDaysBefore: 7,
      },
      'improvements',
      review.id,
    );
  }

  for (const backup of listOf(plan, 'backups')) {
    const name = textOf(backup.name);
    const last = isDate(backup.lastRestoreTest) ? backup.lastRestoreTest : null;
    add(
      {
        date: last ? monthsAfter(last, RESTORE_TEST_MAX_AGE_MONTHS) : today,
        summary: t(`${e}.restoreTest.summary`, { name }),
        description: describe(
          last ? t(`${e}.restoreTest.last`, { date: formatDate(last, context.language) }) : t(`${e}.restoreTest.never`),
          where('backups', name),
        ),
        alarmDaysBefore: 14,
      },
      'restore-test',
      backup.id,
    );
  }

  const interval = reviewIntervalMonths(organisation);
  const contacts: [string, { id: string; name?: unknown; lastVerified?: unknown }[]][] = [
    ['people', listOf(plan, 'people')],
    ['suppliers', listOf(plan, 'suppliers')],
  ];
  // Contacts never checked get one reminder together, today, rather than one each.
  const neverChecked = contacts.flatMap(([section, items]) =>
    items.filter((item) => !isDate(item.lastVerified) && textOf(item.name) !== '').map((item) => ({ section, item })),
  );
  if (neverChecked.length > 0)
    add(
      {
        date: today,
        summary: t(`${e}.recheckNever.summary`, { count: neverChecked.length }),
        description: describe(
          t(`${e}.recheckNever.description`),
          ...contacts.map(([section]) => {
            const names = neverChecked
              .filter((entry) => entry.section === section)
              .map((entry) => textOf(entry.item.name));
            return names.length > 0 ? where(section, names.join(', ')) : '';
          }),
        ),
        alarmDaysBefore: 0,
      },
      'recheck-never',
      'contacts',
    );
  for (const [section, items] of contacts)
    for (const item of items) {
      if (!isDate(item.lastVerified)) continue;
      const name = textOf(item.name);
      add(
        {
          date: monthsAfter(item.lastVerified, interval),
          summary: t(`${e}.recheck.summary`, { name }),
          description: describe(
            t(`${e}.recheck.description`, { date: formatDate(item.lastVerified, context.language), months: interval }),
            where(section, name),
          ),
          alarmDaysBefore: 7,
        },
        'recheck',
        item.id,
      );
    }

  for (const supplier of listOf(plan, 'suppliers')) {
    if (!isDate(supplier.contractEnd)) continue;
    const name = textOf(supplier.name);
    add(
      {
        date: supplier.contractEnd,
        summary: t(`${e}.contractEnd.summary`, { name }),
        description: describe(
          supplier.contractNumber
            ? `${t('fields.suppliers.contractNumber.label')}: ${textOf(supplier.contractNumber)}`
            : '',
          t(`${e}.contractEnd.description`),
          where('suppliers', name),
        ),
        alarmDaysBefore: 60,
      },
      'contract-end',
      supplier.id,
    );
  }

  return events.sort((a, b) => a.date.localeCompare(b.date));
}
