import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planICalendar } from '../../../src/export/outside/outsideExports';
import { planJson } from '../../builders/planJson';

const now = new Date('2026-12-06T09:30:00Z');
const options = { language: 'en' as const, includePrivate: true, now };

function events(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as never);
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

const bySummary = (list: ICAL.Event[], start: string) => list.find((event) => event.summary.startsWith(start))!;

describe('reminders in the calendar (iCalendar)', () => {
  const plan = planJson(
    {
      organisation: {
        name: 'Gemeente Testdorp',
        kind: 'company',
        nextReviewDate: '2027-03-01',
        reviewIntervalMonths: 6,
      },
      exercises: [
        { id: 'ex-1', title: 'Tabletop', type: 'tabletop', plannedOn: '2027-02-10', followUpDue: '2027-04-01' },
        { id: 'ex-done', title: 'Held', type: 'restore', plannedOn: '2026-05-01', doneOn: '2026-05-01' },
      ],
      backups: [
        { id: 'bk-1', name: 'Mail backup', lastRestoreTest: '2026-04-14' },
        { id: 'bk-2', name: 'Never tested' },
      ],
      people: [{ id: 'p-1', name: 'An Peeters', lastVerified: '2026-09-01' }],
      suppliers: [{ id: 's-1', name: 'Westkust ICT', contractEnd: '2027-12-31', contractNumber: 'WIP-117' }],
    },
    'en',
  );

  it('holds the review date, exercises, follow-up, restore tests, contact checks and contract ends, each with an alarm', () => {
    const list = events(planICalendar(plan, options)!);
    const dateOf = (start: string) => bySummary(list, start).startDate.toString();
    expect(dateOf('Review the IT continuity plan')).toBe('2027-03-01');
    expect(dateOf('Exercise: Tabletop (Tabletop')).toBe('2027-02-10');
    expect(dateOf('Follow-up due: Tabletop')).toBe('2027-04-01');
    expect(dateOf('Restore test due: Mail backup')).toBe('2027-04-14');
    expect(dateOf('Restore test due: Never tested')).toBe('2026-12-06');
    expect(dateOf('Check the contact details: An Peeters')).toBe('2027-03-01');
    expect(dateOf('Contract ends: Westkust ICT')).toBe('2027-12-31');
    expect(list.some((event) => event.summary.includes('Held'))).toBe(false);
    for (const event of list) {
      expect(event.startDate.isDate).toBe(true);
      const alarm = event.component.getFirstSubcomponent('valarm')!;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm.getFirstPropertyValue('trigger'))).toMatch(/^-P\d+D$/);
      expect(event.description).toMatch(/In the plan: .+ → .+/);
    }
    expect(bySummary(list, 'Contract ends').description).toContain('Suppliers');
  });

  it('gives every event the same UID on the next export, so a calendar updates instead of doubling', () => {
    const first = events(planICalendar(plan, options)!).map((event) => event.uid);
    const later = events(planICalendar(plan, { ...options, now: new Date('2027-01-20T10:00:00Z') })!);
    expect(new Set(first).size).toBe(first.length);
    expect(later.map((event) => event.uid).sort()).toEqual([...first].sort());
  });

  it('escapes and folds plan text: markup, commas, semicolons and line breaks read back as written', () => {
    const title = 'Oefening; "stroom", <script>alert(1)</script> \\ deel 2\nlijn twee – één € '.repeat(3).trim();
    const text = planICalendar(
      planJson({ exercises: [{ id: 'ex', title, type: 'full', plannedOn: '2027-01-05', scope: 'a,b;c\nd' }] }, 'en'),
      options,
    )!;
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n [^\r\n]/);
    const [event] = events(text) as [ICAL.Event];
    expect(event.summary.startsWith(`Exercise: ${title} (`)).toBe(true);
    expect(event.description.startsWith('a,b;c\nd\n\nIn the plan: ')).toBe(true);
  });

  it('writes no calendar for a plan without dates', () => {
    expect(planICalendar(planJson({ people: [{ id: 'p', name: 'Undated' }] }), options)).toBeNull();
  });
});
