import type { ListRecord } from '../records';
/** Shared reading of an activation's log: items as stored, sorted by time, the latest per target. */

export interface LogEvent {
  id: string;
  at: string;
  kind: string;
  target: string;
  person: string;
  outcome: string;
  by: string;
  text: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The events of one activation in time order (list order breaks ties: it is the order they were written). */
export function eventsOf(events: readonly ListRecord<'activationEvents'>[], activationId: string): LogEvent[] {
  return events
    .filter((event) => event.activation === activationId)
    .map((event, index) => ({
      index,
      event: {
        id: event.id,
        at: text(event.at),
        kind: text(event.kind),
        target: text(event.target),
        person: text(event.person),
        outcome: text(event.outcome),
        by: text(event.by),
        text: text(event.text),
      },
    }))
    .sort((a, b) => (a.event.at < b.event.at ? -1 : a.event.at > b.event.at ? 1 : a.index - b.index))
    .map(({ event }) => event);
}

/** The last event of `kind` about `target` (and `person`, for calls): a later tick overrides an earlier one. */
export function latest(
  events: readonly LogEvent[],
  kind: string,
  target: string,
  person?: string,
): LogEvent | undefined {
  let found: LogEvent | undefined;
  for (const event of events) {
    if (event.kind === kind && event.target === target && (person === undefined || event.person === person))
      found = event;
  }
  return found;
}

/** Minutes between two ISO timestamps; null when either is missing or unreadable. */
export function minutesBetween(from: string, to: string): number | null {
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  return (end - start) / 60_000;
}

export function idsIn(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}
