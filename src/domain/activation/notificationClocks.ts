import type { ListRecord } from '../records';
import { NOTIFICATION_STAGES, type NotificationStage, STAGE_FIELDS } from '../sections/notificationDuties';
import { type LogEvent, latest, minutesBetween } from './events';
import { NEAR_RTO_SHARE } from './rtoClocks';

export type NotificationState = 'open' | 'near' | 'overdue' | 'met' | 'not-applicable';

export interface NotificationClock {
  dutyId: string;
  stage: NotificationStage;
  /** The log event's target for this stage: `<duty>:<stage>`. */
  target: string;
  hoursAllowed: number;
  /** The deadline as an ISO timestamp; '' when detection is unknown. */
  dueAt: string;
  state: NotificationState;
  metAt: string | null;
  /** Whether it was met before its deadline; null while open or not applicable. */
  onTime: boolean | null;
}

export const stageTarget = (dutyId: string, stage: NotificationStage) => `${dutyId}:${stage}`;

/**
 * A clock per notification stage (early warning, notification, final report) of every duty with a
 * deadline, counted from detection as the law counts. A stage is met by a "notification" event for
 * its target; a duty marked not applicable (an event for the duty itself, skipped) stops all its clocks.
 */
export function notificationClocks(input: {
  duties: readonly ListRecord<'notificationDuties'>[];
  detectedAt: string;
  now: string;
  events: readonly LogEvent[];
}): NotificationClock[] {
  const detected = Date.parse(input.detectedAt);
  return input.duties.flatMap((duty) => {
    const waived = latest(input.events, 'notification', duty.id)?.outcome === 'skipped';
    return NOTIFICATION_STAGES.flatMap((stage): NotificationClock[] => {
      const hours = duty[STAGE_FIELDS[stage]];
      if (typeof hours !== 'number' || !Number.isFinite(hours)) return [];
      const target = stageTarget(duty.id, stage);
      const dueAt = Number.isNaN(detected) ? '' : new Date(detected + hours * 3_600_000).toISOString();
      const event = latest(input.events, 'notification', target);
      const metAt = event?.outcome === 'done' ? event.at : null;
      const elapsedAt = metAt ?? input.now;
      const elapsedHours = (minutesBetween(input.detectedAt, elapsedAt) ?? 0) / 60;
      let state: NotificationState;
      if (waived) state = 'not-applicable';
      else if (metAt) state = 'met';
      else if (elapsedHours >= hours) state = 'overdue';
      else if (elapsedHours >= hours * NEAR_RTO_SHARE) state = 'near';
      else state = 'open';
      return [
        {
          dutyId: duty.id,
          stage,
          target,
          hoursAllowed: hours,
          dueAt,
          state,
          metAt,
          onTime: metAt ? elapsedHours <= hours : null,
        },
      ];
    });
  });
}

/** When the incident was detected: the activation's own note of it, else the moment it was activated. */
export function detectedAtOf(activation: ListRecord<'activations'>): string {
  const detected = typeof activation.detectedAt === 'string' ? activation.detectedAt : '';
  if (detected && !Number.isNaN(Date.parse(detected))) return detected;
  return typeof activation.startedAt === 'string' ? activation.startedAt : '';
}
