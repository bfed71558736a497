import type { ListRecord } from '../records';
import { type LogEvent, idsIn, latest, minutesBetween } from './events';

export interface StepState {
  stepId: string;
  scenarioId: string;
  action: string;
  roleId: string;
  targetMinutes: number | null;
  state: 'open' | 'done' | 'skipped';
  at: string | null;
  by: string;
  /** When the step was due: its start (activation, or the previous step of its playbook ticked) plus its target. */
  dueAt: string | null;
  /** Done after it was due. */
  late: boolean;
}

function addMinutes(iso: string, minutes: number): string | null {
  const start = Date.parse(iso);
  return Number.isNaN(start) ? null : new Date(start + minutes * 60_000).toISOString();
}

/**
 * The playbooks of the chosen scenarios as one checklist: scenarios in the order chosen, each
 * playbook's steps in list order. A step's target time counts from the moment it could start:
 * the activation for a playbook's first step, the previous step's tick for the others (so a
 * 16-hour restore followed by a 2-hour check is not late because the check "should" have been
 * done two hours after activation).
 */
export function playbookChecklist(input: {
  scenarioIds: readonly string[];
  steps: readonly ListRecord<'scenarioSteps'>[];
  startedAt: string;
  events: readonly LogEvent[];
}): StepState[] {
  return input.scenarioIds.flatMap((scenarioId) => {
    let startsAt: string | null = input.startedAt;
    return input.steps
      .filter((step) => step.scenario === scenarioId)
      .map((step): StepState => {
        const event = latest(input.events, 'step', step.id);
        const state = event?.outcome === 'done' ? 'done' : event?.outcome === 'skipped' ? 'skipped' : 'open';
        const targetMinutes = typeof step.targetMinutes === 'number' ? step.targetMinutes : null;
        const dueAt = startsAt !== null && targetMinutes !== null ? addMinutes(startsAt, targetMinutes) : null;
        const late =
          state === 'done' && dueAt !== null && event !== undefined && (minutesBetween(dueAt, event.at) ?? 0) > 0;
        startsAt = state === 'open' ? null : (event?.at ?? null);
        return {
          stepId: step.id,
          scenarioId,
          action: typeof step.action === 'string' ? step.action : '',
          roleId: typeof step.role === 'string' ? step.role : '',
          targetMinutes,
          state,
          at: state === 'open' ? null : (event?.at ?? null),
          by: event?.by ?? '',
          dueAt,
          late,
        };
      });
  });
}

/** The services an activation affects: the chosen scenarios' services, then the incident's own. */
export function affectedServiceIds(
  scenarios: readonly ListRecord<'scenarios'>[],
  scenarioIds: readonly string[],
  incident: ListRecord<'incidents'> | undefined,
): string[] {
  const ids = [
    ...scenarioIds.flatMap((id) => idsIn(scenarios.find((scenario) => scenario.id === id)?.services)),
    ...idsIn(incident?.affectedServices),
  ];
  return [...new Set(ids)];
}
