import type { Finding, HealthRule } from '../healthTypes';
import { itemWarning, itemWarnings } from './healthWarnings';
import { isFilled, itemsOf, titleOf } from './snapshot';

/**
 * A check whose last recorded result, in any activation or exercise, is a failure: it stays a
 * follow-up until a later activation or exercise records it as passed. A recovery nobody checked
 * against its expected result has not been shown to work.
 */
const failedChecks: HealthRule = (plan) => {
  const events = itemsOf(plan, 'activationEvents')
    .filter((event) => event.kind === 'check' && (event.outcome === 'passed' || event.outcome === 'failed'))
    .sort((a, b) => String(a.at).localeCompare(String(b.at)));
  const last = new Map(events.map((event) => [String(event.target), event]));
  return itemsOf(plan, 'playbookChecks').flatMap((check): Finding[] => {
    const event = last.get(check.id);
    if (event?.outcome !== 'failed') return [];
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
            date: String(event.at).slice(0, 10),
            actual: String(event.text ?? ''),
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
