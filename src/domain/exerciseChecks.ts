import { type CheckAsked, checksOfPlaybooks } from './activation/checks';
import type { ListRecord } from './records';
import type { Item } from './section';
import type { Exercise } from './sections/exercises';
import type { CheckOutcome, ExerciseCheck } from './sections/exerciseChecks';
import type { PlaybookCheck } from './sections/playbookChecks';

/** One validation check of an exercise's playbooks with what the exercise recorded for it. */
export interface ExerciseCheckState extends CheckAsked {
  state: 'open' | CheckOutcome;
  actual: string;
  /** The stored result, to update when the check is recorded again. */
  resultId: string | null;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The date a result counts from: its own, else the day the exercise was held, else planned. */
export function resultDate(
  result: ListRecord<'exerciseChecks'>,
  exercise: ListRecord<'exercises'> | undefined,
): string {
  return text(result.checkedOn) || text(exercise?.doneOn) || text(exercise?.plannedOn);
}

/**
 * The checks of the playbooks an exercise covers, in playbook order, each with the result recorded
 * in that exercise (recorded again, the stored result is updated: one result per check and exercise).
 */
export function exerciseCheckList(input: {
  exercise: Item<Partial<Exercise>>;
  checks: readonly Item<Partial<PlaybookCheck>>[];
  results: readonly Item<Partial<ExerciseCheck>>[];
}): ExerciseCheckState[] {
  const scenarioIds = Array.isArray(input.exercise.scenarios) ? input.exercise.scenarios : [];
  return checksOfPlaybooks(scenarioIds, input.checks).map(({ stored, asked }): ExerciseCheckState => {
    const result = input.results.find(
      (candidate) => candidate.exercise === input.exercise.id && candidate.check === stored.id,
    );
    const outcome = result?.outcome;
    return {
      ...asked,
      state: outcome === 'passed' || outcome === 'failed' ? outcome : 'open',
      actual: text(result?.actual),
      resultId: result?.id ?? null,
    };
  });
}

/**
 * An exercise's follow-up with a failed check added, as closing an activation writes it: under one
 * heading, each line once, after what the coordinator wrote.
 */
export function followUpWithFailedCheck(followUp: string, heading: string, line: string): string {
  const current = followUp.trimEnd();
  const lines = current.split('\n');
  if (lines.includes(line)) return followUp;
  if (lines.includes(heading)) return `${current}\n${line}`;
  return current ? `${current}\n\n${heading}\n${line}` : `${heading}\n${line}`;
}
