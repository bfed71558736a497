import { describe, expect, it } from 'vitest';
import { notificationClocks } from '../../../src/domain/activation/notificationClocks';
import type { LogEvent } from '../../../src/domain/activation/events';
import { collectWarnings } from '../../../src/domain/health';
import type { PlanSnapshot } from '../../../src/domain/healthTypes';
import { defaultNotificationDuties } from '../../../src/domain/templates/notificationDuties';
import { notificationDutiesSection } from '../../../src/domain/sections/notificationDuties';

const RULES = ['no-data-protection-duty', 'no-csirt-duty', 'notification-duty-without-fallback'];
const findings = (plan: PlanSnapshot) =>
  collectWarnings(plan, { today: '2026-12-06' }).filter((warning) => RULES.includes(warning.code));

const organisation = (kind: string) => [{ name: 'Beekzande', kind }];

describe('the notification duties’ health rules', () => {
  it('flag a municipality without a data-protection duty as high, and without a CSIRT duty as medium', () => {
    expect(findings({ organisation: organisation('municipality-flanders') })).toEqual([
      expect.objectContaining({ code: 'no-data-protection-duty', severity: 'high', step: 'communication' }),
      expect.objectContaining({ code: 'no-csirt-duty', severity: 'medium', section: 'notificationDuties' }),
    ]);
  });

  it('count a company with people in its plan as holding personal data', () => {
    const plan = { organisation: organisation('company'), people: [{ id: 'p1', name: 'An' }] };
    expect(findings(plan).map((warning) => warning.code)).toContain('no-data-protection-duty');
  });

  it('do not ask a company with no people, no staff and no personal-data incident for a data-protection duty', () => {
    expect(findings({ organisation: organisation('company') }).map((warning) => warning.code)).toEqual([
      'no-csirt-duty',
    ]);
  });

  it('are satisfied by the duties a new plan starts with, in every region', () => {
    for (const region of ['flanders', 'netherlands', 'be', 'nl', 'company'] as const) {
      const duties = defaultNotificationDuties(region, 'nl');
      expect(findings({ organisation: organisation('municipality-flanders'), notificationDuties: duties })).toEqual([]);
    }
  });

  it('ask how to notify off-line for a duty with a deadline, leading to that field', () => {
    const duties = [{ id: 'd1', authority: 'CCB', kind: 'csirt', earlyWarningHours: 24, fallbackChannel: '' }];
    expect(findings({ notificationDuties: duties })).toEqual([
      expect.objectContaining({
        code: 'notification-duty-without-fallback',
        severity: 'low',
        itemId: 'd1',
        field: 'fallbackChannel',
        params: { name: 'CCB' },
      }),
    ]);
    // The police has no legal deadline, so no clock and no off-line channel to insist on.
    expect(findings({ notificationDuties: [{ id: 'd2', authority: 'Politie', kind: 'police' }] })).toEqual([]);
  });
});

describe('the duties a new plan starts with', () => {
  it('follow the law of each region: VTC, GBA or AP within 72 hours, NIS2 at 24 and 72 hours and a month', () => {
    const authorities = (region: Parameters<typeof defaultNotificationDuties>[0]) =>
      defaultNotificationDuties(region, 'nl').map((duty) => duty.authority);
    expect(authorities('flanders')).toEqual(
      expect.arrayContaining([expect.stringContaining('Vlaamse Toezichtcommissie')]),
    );
    expect(authorities('be')).toEqual(
      expect.arrayContaining([expect.stringContaining('(GBA)'), expect.stringContaining('(CCB)')]),
    );
    expect(authorities('netherlands')).toEqual(
      expect.arrayContaining([expect.stringContaining('(AP)'), expect.stringContaining('(IBD)')]),
    );
    expect(authorities('nl')).toEqual(expect.arrayContaining([expect.stringContaining('(NCSC)')]));
    const ccb = defaultNotificationDuties('be', 'en').find((duty) => duty.kind === 'csirt')!;
    expect([ccb.earlyWarningHours, ccb.notificationHours, ccb.finalReportHours]).toEqual([24, 72, 72 + 30 * 24]);
    const dpa = defaultNotificationDuties('netherlands', 'en').find((duty) => duty.kind === 'data-protection')!;
    expect(dpa.notificationHours).toBe(72);
  });

  it('are valid items of the section', () => {
    for (const duty of defaultNotificationDuties('flanders', 'en'))
      expect(notificationDutiesSection.schema.safeParse(duty).success).toBe(true);
  });
});

const DETECTED = '2026-12-01T08:00:00.000Z';
const hoursAfter = (hours: number) => new Date(Date.parse(DETECTED) + hours * 3_600_000).toISOString();
const event = (at: string, target: string, outcome: string): LogEvent => ({
  id: target + at,
  at,
  kind: 'notification',
  target,
  person: '',
  outcome,
  by: '',
  text: '',
});
const ccb = { id: 'duty-ccb', earlyWarningHours: 24, notificationHours: 72, finalReportHours: 792 };

describe('the notification clocks of an activation', () => {
  it('count each stage from detection: running, close to the deadline, passed', () => {
    const states = (hours: number) =>
      notificationClocks({ duties: [ccb], detectedAt: DETECTED, now: hoursAfter(hours), events: [] }).map(
        (clock) => clock.state,
      );
    expect(states(2)).toEqual(['open', 'open', 'open']);
    expect(states(20)).toEqual(['near', 'open', 'open']);
    expect(states(30)).toEqual(['overdue', 'open', 'open']);
    const [early] = notificationClocks({ duties: [ccb], detectedAt: DETECTED, now: DETECTED, events: [] });
    expect(early!.dueAt).toBe(hoursAfter(24));
  });

  it('record when a stage was met and whether that was in time', () => {
    const clocks = notificationClocks({
      duties: [ccb],
      detectedAt: DETECTED,
      now: hoursAfter(100),
      events: [
        event(hoursAfter(30), 'duty-ccb:earlyWarning', 'done'),
        event(hoursAfter(50), 'duty-ccb:notification', 'done'),
      ],
    });
    expect(clocks.map((clock) => [clock.stage, clock.state, clock.onTime])).toEqual([
      ['earlyWarning', 'met', false],
      ['notification', 'met', true],
      ['finalReport', 'open', null],
    ]);
  });

  it('stop every clock of a duty judged not applicable, and make none for a duty without deadlines', () => {
    const clocks = notificationClocks({
      duties: [ccb, { id: 'duty-police' }],
      detectedAt: DETECTED,
      now: hoursAfter(100),
      events: [event(hoursAfter(1), 'duty-ccb', 'skipped')],
    });
    expect(clocks.map((clock) => clock.state)).toEqual(['not-applicable', 'not-applicable', 'not-applicable']);
  });
});
