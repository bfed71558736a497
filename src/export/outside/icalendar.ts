import type { RenderContext } from '../renderers';
import type { PlanEvent } from './calendar';
import { contentLines, escapeText } from './contentLines';
import { singletonOf, textOf } from '../planRecords';

const basicDate = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

const stamp = (now: Date) => `${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

function eventLines(event: PlanEvent, now: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.summary)}`,
    event.alarmDaysBefore > 0 ? `TRIGGER:-P${event.alarmDaysBefore}D` : 'TRIGGER:PT0S',
    'END:VALARM',
    'END:VEVENT',
  ];
}

/**
 * The plan's reminders as an iCalendar file (RFC 5545): whole-day events, each with an alarm and
 * a UID that stays the same on every export, so importing again updates the events. Null when the
 * plan holds no dates yet.
 */
export function renderICalendar(events: readonly PlanEvent[], context: RenderContext, now: Date): string | null {
  if (events.length === 0) return null;
  const organisation = textOf(singletonOf(context.plan, 'organisation').name);
  return contentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Paraat//IT continuity plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(context.t('exports.calendar.name', { organisation }))}`,
    ...events.flatMap((event) => eventLines(event, now)),
    'END:VCALENDAR',
  ]);
}
