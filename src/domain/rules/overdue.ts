import type { ListRecord, SingletonRecord } from '../records';

/**
 * Dates are ISO `YYYY-MM-DD` strings, which compare correctly as text; `today` is passed in so the
 * rules are pure and testable.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value);
}

/** The same calendar day `months` earlier (clamped to the month's last day). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** A planned exercise whose date has passed without being done. */
export function isExerciseOverdue(exercise: ListRecord<'exercises'>, today: string): boolean {
  return isDate(exercise.plannedOn) && exercise.plannedOn < today && !isDate(exercise.doneOn);
}

/** The most recent date an exercise was actually held, or null. */
export function lastExerciseDone(exercises: readonly ListRecord<'exercises'>[], today: string): string | null {
  const done = exercises
    .map((e) => e.doneOn)
    .filter(isDate)
    .filter((d) => d <= today)
    .sort();
  return done.at(-1) ?? null;
}

/** The plan must be exercised at least yearly: true when nothing was held in the last 12 months. */
export function noExerciseWithinYear(exercises: readonly ListRecord<'exercises'>[], today: string): boolean {
  const last = lastExerciseDone(exercises, today);
  return last === null || last < monthsBefore(today, 12);
}

export function isPlanReviewOverdue(organisation: SingletonRecord<'organisation'> | undefined, today: string): boolean {
  return isDate(organisation?.nextReviewDate) && organisation.nextReviewDate < today;
}

/** A follow-up action (of an exercise or a review) past its due date and not marked done. */
export function isFollowUpOverdue(due: unknown, done: unknown, today: string): boolean {
  return isDate(due) && due < today && done !== true;
}
