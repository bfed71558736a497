import { describe, expect, it } from 'vitest';
import {
  isExerciseOverdue,
  isFollowUpOverdue,
  isPlanReviewOverdue,
  lastExerciseDone,
  monthsBefore,
  noExerciseWithinYear,
} from '../../../src/domain/rules/overdue';
import { fillTemplate, placeholdersIn } from '../../../src/domain/rules/templates';

const today = '2026-11-23';

describe('overdue tests and reviews', () => {
  it('flags a planned exercise whose date has passed without being held', () => {
    expect(isExerciseOverdue({ id: 'e', plannedOn: '2026-10-01', doneOn: '' }, today)).toBe(true);
    expect(isExerciseOverdue({ id: 'e', plannedOn: '2026-10-01', doneOn: '2026-10-02' }, today)).toBe(false);
    expect(isExerciseOverdue({ id: 'e', plannedOn: '2026-12-01', doneOn: '' }, today)).toBe(false);
    expect(isExerciseOverdue({ id: 'e', plannedOn: today, doneOn: '' }, today)).toBe(false);
    expect(isExerciseOverdue({ id: 'e', plannedOn: '', doneOn: '' }, today)).toBe(false);
  });

  it('asks for an exercise at least every twelve months', () => {
    expect(noExerciseWithinYear([], today)).toBe(true);
    expect(noExerciseWithinYear([{ id: 'e1', doneOn: '2025-11-23' }], today)).toBe(false);
    expect(noExerciseWithinYear([{ id: 'e1', doneOn: '2025-11-22' }], today)).toBe(true);
    expect(
      noExerciseWithinYear(
        [
          { id: 'e1', doneOn: '2024-03-01' },
          { id: 'e2', doneOn: '2026-03-01' },
        ],
        today,
      ),
    ).toBe(false);
  });

  it('does not count an exercise dated in the future as held', () => {
    expect(
      lastExerciseDone(
        [
          { id: 'e1', doneOn: '2027-01-01' },
          { id: 'e2', doneOn: '2026-02-01' },
        ],
        today,
      ),
    ).toBe('2026-02-01');
  });

  it('counts months back on the calendar, also from the end of a month', () => {
    expect(monthsBefore('2026-11-23', 12)).toBe('2025-11-23');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
  });

  it('flags the plan review once its date has passed', () => {
    expect(isPlanReviewOverdue({ nextReviewDate: '2026-09-15' }, today)).toBe(true);
    expect(isPlanReviewOverdue({ nextReviewDate: '2027-09-15' }, today)).toBe(false);
    expect(isPlanReviewOverdue({ nextReviewDate: '' }, today)).toBe(false);
    expect(isPlanReviewOverdue(undefined, today)).toBe(false);
  });

  it('flags a follow-up past its due date until it is marked done', () => {
    expect(isFollowUpOverdue('2026-11-01', false, today)).toBe(true);
    expect(isFollowUpOverdue('2026-11-01', true, today)).toBe(false);
    expect(isFollowUpOverdue('2026-12-01', false, today)).toBe(false);
  });
});

describe('message templates', () => {
  it('fill the placeholders they know and leave unknown or empty ones visible', () => {
    const text = 'Bij {organisation} is {service} onderbroken tot {expectedRecovery}. Vragen: {contact}.';
    expect(fillTemplate(text, { organisation: 'Beekzande', service: 'Burgerzaken', expectedRecovery: '' })).toBe(
      'Bij Beekzande is Burgerzaken onderbroken tot {expectedRecovery}. Vragen: {contact}.',
    );
    expect(placeholdersIn(text)).toEqual(['organisation', 'service', 'expectedRecovery', 'contact']);
  });
});
