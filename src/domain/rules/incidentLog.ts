import type { ListRecord } from '../records';

/**
 * Helpers for writing the incident log while the incident is going on: numbers follow on, and every
 * action is noted with the time it was taken, so the timeline is right for the review afterwards.
 */
export function nextIncidentNumber(incidents: readonly ListRecord<'incidents'>[]): number {
  const numbers = incidents
    .map((incident) => incident.number)
    .filter((n): n is number => typeof n === 'number' && Number.isFinite(n));
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}

/** The time as the log writes it: `HH:MM`, 24 hours. */
export function logTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Adds `HH:MM text` as a new line under what the log already holds; an empty note adds nothing. */
export function appendLogLine(actions: unknown, time: string, text: string): string {
  const existing = typeof actions === 'string' ? actions.replace(/\s+$/, '') : '';
  const line = text.trim();
  if (!line) return existing;
  return existing ? `${existing}\n${time} ${line}` : `${time} ${line}`;
}
