import type { ListRecord } from '../records';
import { type LogEvent, latest } from './events';

export interface CheckState extends CheckAsked {
  state: 'open' | 'passed' | 'failed';
  /** What was actually seen, as recorded. */
  actual: string;
  at: string | null;
  by: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** What a playbook's validation check asks, the same in activation and in an exercise entered by hand. */
export interface CheckAsked {
  checkId: string;
  scenarioId: string;
  check: string;
  expected: string;
  roleId: string;
}

/** The checks of the given playbooks, in playbook order, each with the stored check it comes from. */
export function checksOfPlaybooks<
  C extends { id: string; scenario?: unknown; check?: unknown; expected?: unknown; role?: unknown },
>(scenarioIds: readonly string[], checks: readonly C[]): { stored: C; asked: CheckAsked }[] {
  return scenarioIds.flatMap((scenarioId) =>
    checks
      .filter((check) => check.scenario === scenarioId)
      .map((check) => ({
        stored: check,
        asked: {
          checkId: check.id,
          scenarioId,
          check: text(check.check),
          expected: text(check.expected),
          roleId: text(check.role),
        },
      })),
  );
}

/**
 * The validation checks of the chosen scenarios' playbooks, each with its latest recorded result:
 * a check recorded again (failed, then passed after a fix) counts by its last result.
 */
export function checkList(input: {
  scenarioIds: readonly string[];
  checks: readonly ListRecord<'playbookChecks'>[];
  events: readonly LogEvent[];
}): CheckState[] {
  return checksOfPlaybooks(input.scenarioIds, input.checks).map(({ stored, asked }): CheckState => {
    const event = latest(input.events, 'check', stored.id);
    const state = event?.outcome === 'passed' ? 'passed' : event?.outcome === 'failed' ? 'failed' : 'open';
    return {
      ...asked,
      state,
      actual: state === 'open' ? '' : (event?.text ?? ''),
      at: state === 'open' ? null : (event?.at ?? null),
      by: event?.by ?? '',
    };
  });
}
