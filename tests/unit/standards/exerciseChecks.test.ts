import { describe, expect, it } from 'vitest';
import { exerciseCheckList, followUpWithFailedCheck } from '../../../src/domain/exerciseChecks';
import { collectWarnings } from '../../../src/domain/health';
import type { PlanSnapshot } from '../../../src/domain/healthTypes';

const failed = (plan: PlanSnapshot) =>
  collectWarnings(plan, { today: '2026-12-06' }).filter((finding) => finding.code === 'validation-check-failed');

const checks = [
  { id: 'c-files', scenario: 'sc-1', check: 'Open files', expected: 'They open' },
  { id: 'c-scan', scenario: 'sc-1', check: 'Scan', expected: 'No alert' },
  { id: 'c-other', scenario: 'sc-2', check: 'Call out', expected: 'It rings' },
];
const tabletop = { id: 'ex-1', title: 'Tabletop', plannedOn: '2026-10-01', doneOn: '2026-10-15', scenarios: ['sc-1'] };

describe('validation checks in an exercise entered by hand', () => {
  it('lists the checks of the playbooks the exercise covers, each with what this exercise recorded', () => {
    const results = [
      { id: 'r-1', exercise: 'ex-1', check: 'c-files', outcome: 'failed' as const, actual: 'One folder empty' },
      // Recorded in another exercise: not this one's result.
      { id: 'r-2', exercise: 'ex-2', check: 'c-scan', outcome: 'passed' as const, actual: '' },
    ];
    expect(
      exerciseCheckList({ exercise: tabletop, checks, results }).map((c) => [c.checkId, c.state, c.actual, c.resultId]),
    ).toEqual([
      ['c-files', 'failed', 'One folder empty', 'r-1'],
      ['c-scan', 'open', '', null],
    ]);
  });

  it('keeps a failed check as a finding (medium) dated the day the exercise was held, with the result found', () => {
    const plan = {
      playbookChecks: checks,
      exercises: [tabletop],
      exerciseChecks: [
        { id: 'r-1', exercise: 'ex-1', check: 'c-files', outcome: 'failed' as const, actual: 'One folder empty' },
      ],
    };
    expect(failed(plan)).toEqual([
      expect.objectContaining({
        severity: 'medium',
        itemId: 'c-files',
        params: expect.objectContaining({ date: '2026-10-15', actual: 'One folder empty' }),
      }),
    ]);
  });

  it('counts the latest result over exercises and activations alike', () => {
    const failedInExercise = { id: 'r-1', exercise: 'ex-1', check: 'c-files', outcome: 'failed', actual: 'Empty' };
    const activationPass = {
      id: 'e-1',
      activation: 'a-1',
      kind: 'check',
      target: 'c-files',
      outcome: 'passed',
      at: '2026-11-02T10:00:00Z',
      text: 'All open',
    };
    // A later activation passes it: no longer open.
    expect(
      failed({
        playbookChecks: checks,
        exercises: [tabletop],
        exerciseChecks: [failedInExercise],
        activationEvents: [activationPass],
      }),
    ).toEqual([]);
    // A later exercise fails what an earlier activation passed: open again.
    const earlierPass = { ...activationPass, at: '2026-09-02T10:00:00Z' };
    expect(
      failed({
        playbookChecks: checks,
        exercises: [tabletop],
        exerciseChecks: [failedInExercise],
        activationEvents: [earlierPass],
      }),
    ).toHaveLength(1);
    // A second exercise passes it later.
    const retest = { id: 'ex-2', title: 'Retest', plannedOn: '2026-11-20', doneOn: '2026-11-20', scenarios: ['sc-1'] };
    expect(
      failed({
        playbookChecks: checks,
        exercises: [tabletop, retest],
        exerciseChecks: [
          failedInExercise,
          { id: 'r-2', exercise: 'ex-2', check: 'c-files', outcome: 'passed', actual: '' },
        ],
      }),
    ).toEqual([]);
  });

  it('adds a failed check to the exercise’s follow-up under one heading, once, after what was written', () => {
    const heading = 'Checks that failed:';
    const first = followUpWithFailedCheck('Order a new tape.', heading, '- Open files: one folder empty');
    expect(first).toBe('Order a new tape.\n\nChecks that failed:\n- Open files: one folder empty');
    const second = followUpWithFailedCheck(first, heading, '- Scan: alert');
    expect(second).toBe(`${first}\n- Scan: alert`);
    expect(followUpWithFailedCheck(second, heading, '- Scan: alert')).toBe(second);
    expect(followUpWithFailedCheck('', heading, '- Scan: alert')).toBe('Checks that failed:\n- Scan: alert');
  });
});
