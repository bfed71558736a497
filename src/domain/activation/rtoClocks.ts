import type { ListRecord, SingletonRecord } from '../records';
import { INCIDENT_LEVELS, type IncidentLevel } from '../sections/alarm';
import { type LogEvent, latest, minutesBetween } from './events';

/** From this share of the RTO on, a service is shown as close to its RTO. */
export const NEAR_RTO_SHARE = 0.75;

export type ClockState = 'ok' | 'near' | 'exceeded' | 'recovered' | 'no-rto';

export interface RtoClock {
  serviceId: string;
  rtoHours: number | null;
  /** Hours since activation, or until the service was declared back. */
  elapsedHours: number;
  state: ClockState;
  recoveredAt: string | null;
}

/**
 * A clock since activation for every affected service against its RTO: ok, near (from 75 % of
 * the RTO), exceeded, or stopped when the service was declared back (a "recovered" event).
 */
export function rtoClocks(input: {
  serviceIds: readonly string[];
  services: readonly ListRecord<'services'>[];
  startedAt: string;
  now: string;
  events: readonly LogEvent[];
}): RtoClock[] {
  return input.serviceIds.map((serviceId) => {
    const service = input.services.find((candidate) => candidate.id === serviceId);
    const rto = typeof service?.rtoHours === 'number' ? service.rtoHours : null;
    const recovered = latest(input.events, 'recovered', serviceId);
    const recoveredAt = recovered && recovered.outcome !== 'skipped' ? recovered.at : null;
    const elapsedHours = Math.max(0, (minutesBetween(input.startedAt, recoveredAt ?? input.now) ?? 0) / 60);
    let state: ClockState;
    if (recoveredAt) state = 'recovered';
    else if (rto === null) state = 'no-rto';
    else if (elapsedHours >= rto) state = 'exceeded';
    else if (elapsedHours >= rto * NEAR_RTO_SHARE) state = 'near';
    else state = 'ok';
    return { serviceId, rtoHours: rto, elapsedHours, state, recoveredAt };
  });
}

export interface Escalation {
  /** The services close to or past their RTO, worst first. */
  serviceIds: string[];
  /** The level the incident moves to; null when it is already a crisis. */
  toLevel: IncidentLevel | null;
  /** The alarm plan's own escalation rule, as the coordinator wrote it. */
  rule: string;
  /** The roles the call tree adds at the next level. */
  rolesToCall: string[];
}

/**
 * What the alarm plan prescribes when a service comes close to or passes its RTO: move the
 * incident one level up and call the roles the call tree adds at that level. Null while every
 * clock is fine.
 */
export function escalationFor(
  clocks: readonly RtoClock[],
  level: IncidentLevel | '',
  alarm: SingletonRecord<'alarm'> | undefined,
  callTree: readonly ListRecord<'callTree'>[],
): Escalation | null {
  const pressing = clocks.filter((clock) => clock.state === 'near' || clock.state === 'exceeded');
  if (pressing.length === 0) return null;
  pressing.sort((a, b) => (a.state === b.state ? 0 : a.state === 'exceeded' ? -1 : 1));
  const index = level === '' ? 0 : INCIDENT_LEVELS.indexOf(level) + 1;
  const toLevel = INCIDENT_LEVELS[index] ?? null;
  const rolesToCall = toLevel
    ? [
        ...new Set(
          callTree
            .filter((entry) => entry.fromLevel === toLevel && typeof entry.role === 'string' && entry.role !== '')
            .map((entry) => entry.role as string),
        ),
      ]
    : [];
  return {
    serviceIds: pressing.map((clock) => clock.serviceId),
    toLevel,
    rule: typeof alarm?.escalationRule === 'string' ? alarm.escalationRule : '',
    rolesToCall,
  };
}
