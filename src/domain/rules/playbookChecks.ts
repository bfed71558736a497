import { resultDate } from '../exerciseChecks';
import type { Finding, HealthRule, PlanSnapshot } from '../healthTypes';
import { itemWarning, itemWarnings } from './healthWarnings';
import { isFilled, itemsOf, titleOf } from './snapshot';

interface RecordedResult {
  at: string;
  outcome: 'passed' | 'failed';
  actual: string;
}

/** Every recorded result per check, oldest first: an activation's log and the exercises entered by hand. */
function recordedResults(plan: PlanSnapshot): Map<string, RecordedResult> {
  const exercises = new Map(itemsOf(plan, 'exercises').map((exercise) => [exercise.id, exercise]));
  const results = [
    ...itemsOf(plan, 'activationEvents')
      .filter((event) => event.kind === 'check')
      .map((event) => ({ check: event.target, at: event.at, outcome: event.outcome, actual: event.text })),
    ...itemsOf(plan, 'exerciseChecks').map((result) => ({
      check: result.check,
      at: resultDate(result, exercises.get(String(result.exercise))),
      outcome: result.outcome,
      actual: result.actual,
    })),
  ]
    .filter((result) => result.outcome === 'passed' || result.outcome === 'failed')
    .map((result) => ({
      check: String(result.check ?? ''),
      at: String(result.at ?? ''),
      outcome: result.outcome as 'passed' | 'failed',
      actual: String(result.actual ?? ''),
    }))
    // A date alone (an exercise) sorts before a time on that day (an activation): the activation is the later word.
    .sort((a, b) => a.at.localeCompare(b.at));
  return new Map(results.map(({ check, ...result }) => [check, result]));
}

/**
 * A check whose last recorded result, in any activation or exercise, is a failure: it stays a
 * follow-up until a later activation or exercise records it as passed. A recovery nobody checked
 * against its expected result has not been shown to work.
 */
const failedChecks: HealthRule = (plan) => {
  const last = recordedResults(plan);
  return itemsOf(plan, 'playbookChecks').flatMap((check): Finding[] => {
    const result = last.get(check.id);
    if (result?.outcome !== 'failed') return [];
    return [
      itemWarning(
        {
          code: 'validation-check-failed',
          message: 'standards.warnings.validationCheckFailed',
          severity: 'medium',
          step: 'scenarios',
          section: 'playbookChecks',
          params: {
            title: titleOf('playbookChecks', check),
            date: result.at.slice(0, 10),
            actual: result.actual,
          },
        },
        check,
      ),
    ];
  });
};

/** A check without its expected result cannot fail: whoever checks has nothing to hold it against. */
const checksWithoutExpected: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'check-without-expected',
      message: 'standards.warnings.checkWithoutExpected',
      severity: 'low',
      step: 'scenarios',
      section: 'playbookChecks',
      field: 'expected',
    },
    (check) => isFilled(check.check) && !isFilled(check.expected),
  );

export const playbookCheckRules: readonly HealthRule[] = [failedChecks, checksWithoutExpected];
