import type { ListRecord } from '../records';
import type { CallState } from './calls';
import type { CheckState } from './checks';
import type { NotificationClock } from './notificationClocks';
import { type LogEvent, latest, minutesBetween } from './events';
import type { StepState } from './playbook';

export interface ServiceRecovery {
  serviceId: string;
  rtoHours: number | null;
  /** Hours from activation until the service was declared back; null when unknown. */
  recoveryHours: number | null;
  withinRto: boolean | null;
}

export interface ReviewFacts {
  timeline: LogEvent[];
  recovery: ServiceRecovery[];
  /** The longest recovery of the affected services. */
  actualRecoveryHours: number | null;
  rtoMet: 'none' | 'some' | 'all' | '';
  late: StepState[];
  skipped: StepState[];
  /** Steps never ticked before closing. */
  notDone: StepState[];
  /** Validation checks whose result was not what was expected: each one is a follow-up. */
  failedChecks: CheckState[];
  /** Validation checks never recorded. */
  uncheckedChecks: CheckState[];
  /** People who were reached by phone, in call order. */
  reached: string[];
  /** Each legal notification stage: when it was met, or that it was not. */
  notifications: NotificationClock[];
}

const round = (hours: number) => Math.round(hours * 100) / 100;

/**
 * What the post-incident review can be pre-filled with, from the log alone: the timeline, the
 * actual recovery time of each affected service against its RTO, and the steps late or skipped.
 * A service's recovery is the moment it was declared back, or the moment recovery was declared for
 * all. A service never reported as working again has no recovery time: closing the activation does
 * not make it work, so it is neither within nor past its RTO.
 */
export function reviewFacts(input: {
  startedAt: string;
  events: readonly LogEvent[];
  serviceIds: readonly string[];
  services: readonly ListRecord<'services'>[];
  steps: readonly StepState[];
  checks: readonly CheckState[];
  calls: readonly CallState[];
  notifications: readonly NotificationClock[];
}): ReviewFacts {
  const declared = latest(input.events, 'reconstitution', 'declare-recovery');
  const declaredForAll = declared?.outcome === 'done' ? declared.at : null;
  const recovery = input.serviceIds.map((serviceId): ServiceRecovery => {
    const service = input.services.find((candidate) => candidate.id === serviceId);
    const rtoHours = typeof service?.rtoHours === 'number' ? service.rtoHours : null;
    const event = latest(input.events, 'recovered', serviceId);
    const at = event && event.outcome !== 'skipped' ? event.at : declaredForAll;
    const minutes = at === null ? null : minutesBetween(input.startedAt, at);
    const recoveryHours = minutes === null ? null : round(Math.max(0, minutes) / 60);
    return {
      serviceId,
      rtoHours,
      recoveryHours,
      withinRto: recoveryHours === null || rtoHours === null ? null : recoveryHours <= rtoHours,
    };
  });
  const known = recovery.filter((item) => item.recoveryHours !== null);
  const judged = recovery.filter((item) => item.withinRto !== null);
  const met = judged.filter((item) => item.withinRto).length;
  return {
    timeline: [...input.events],
    recovery,
    actualRecoveryHours: known.length ? Math.max(...known.map((item) => item.recoveryHours as number)) : null,
    rtoMet: judged.length === 0 ? '' : met === judged.length ? 'all' : met === 0 ? 'none' : 'some',
    late: input.steps.filter((step) => step.late),
    skipped: input.steps.filter((step) => step.state === 'skipped'),
    notDone: input.steps.filter((step) => step.state === 'open'),
    failedChecks: input.checks.filter((check) => check.state === 'failed'),
    uncheckedChecks: input.checks.filter((check) => check.state === 'open'),
    notifications: [...input.notifications],
    reached: input.calls.flatMap((call) =>
      call.contacts.filter((contact) => contact.outcome === 'reached').map((contact) => contact.personId),
    ),
  };
}
