import { type LogEvent, type Rec, latest } from './events';

export interface CheckState {
  checkId: string;
  scenarioId: string;
  check: string;
  expected: string;
  roleId: string;
  state: 'open' | 'passed' | 'failed';
  /** What was actually seen, as recorded. */
  actual: string;
  at: string | null;
  by: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The validation checks of the chosen scenarios' playbooks, each with its latest recorded result:
 * a check recorded again (failed, then passed after a fix) counts by its last result.
 */
export function checkList(input: {
  scenarioIds: readonly string[];
  checks: readonly Rec[];
  events: readonly LogEvent[];
}): CheckState[] {
  return input.scenarioIds.flatMap((scenarioId) =>
    input.checks
      .filter((check) => check.scenario === scenarioId)
      .map((check): CheckState => {
        const event = latest(input.events, 'check', check.id);
        const state = event?.outcome === 'passed' ? 'passed' : event?.outcome === 'failed' ? 'failed' : 'open';
        return {
          checkId: check.id,
          scenarioId,
          check: text(check.check),
          expected: text(check.expected),
          roleId: text(check.role),
          state,
          actual: state === 'open' ? '' : (event?.text ?? ''),
          at: state === 'open' ? null : (event?.at ?? null),
          by: event?.by ?? '',
        };
      }),
  );
}
