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
      expect(String(alarm.getFirstPropertyValue('trigger'))).toMatch(/^(-P\d+D|PT0S)$/);
      expect(event.description).toMatch(/In the plan: .+ → .+/);
    }
    expect(bySummary(list, 'Contract ends').description).toContain('Suppliers');
  });

  it('reminds of trainings planned and due again, from the latest session of a topic, a year after it when no date is set', () => {
    const list = events(
      planICalendar(
        planJson(
          {
            people: [
              { id: 'p-1', name: 'An Peeters', lastVerified: '2026-09-01' },
              { id: 'p-2', name: 'Bram Claes' },
            ],
            suppliers: [{ id: 's-1', name: 'Westkust ICT' }],
            trainings: [
              { id: 'tr-old', topic: 'Briefing on the plan', heldOn: '2025-03-01', nextDue: '2026-03-01' },
              {
                id: 'tr-1',
                topic: 'Briefing on the plan',
                kind: 'briefing',
                heldOn: '2026-03-10',
                nextDue: '2027-03-10',
                people: ['p-1', 'p-2'],
              },
              { id: 'tr-2', topic: 'Phishing', kind: 'awareness', heldOn: '2026-06-01', audience: 'All staff' },
              { id: 'tr-3', topic: 'New deputies', heldOn: '2027-01-15' },
            ],
          },
          'en',
        ),
        options,
      )!,
    );
    const dates = (start: string) =>
      list.filter((event) => event.summary.startsWith(start)).map((event) => event.startDate.toString());
    expect(dates('Training due again: Briefing on the plan')).toEqual(['2027-03-10']);
    expect(dates('Training due again: Phishing')).toEqual(['2027-06-01']);
    expect(dates('Training: New deputies')).toEqual(['2027-01-15']);
    expect(dates('Training due again: New deputies')).toEqual(['2028-01-15']);
    const briefing = bySummary(list, 'Training due again: Briefing on the plan');
    expect(briefing.description).toContain('Last held on 10 March 2026');
    expect(briefing.description).toContain('An Peeters, Bram Claes');
    expect(briefing.description).toMatch(/In the plan: .+ → Briefing on the plan/);
    expect(bySummary(list, 'Training due again: Phishing').description).toContain('no longer counts');

    // Contacts never checked: one reminder today naming them, not one each.
    const never = list.filter((event) => event.summary.includes('never checked'));
    expect(never.map((event) => [event.summary, event.startDate.toString()])).toEqual([
      ['Check the contact details of 2 contacts never checked', '2026-12-06'],
    ]);
    expect(never[0]!.description).toContain('Bram Claes');
    expect(never[0]!.description).toContain('Westkust ICT');
    expect(never[0]!.description).not.toContain('An Peeters');
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

  it('writes no calendar for a plan without dates or contacts, and one reminder for a contact never checked', () => {
    expect(planICalendar(planJson({ risks: [] }), options)).toBeNull();
    const list = events(planICalendar(planJson({ people: [{ id: 'p', name: 'Undated' }] }, 'en'), options)!);
    expect(list.map((event) => event.summary)).toEqual(['Check the contact details of 1 contact never checked']);
  });
});
