import { describe, expect, it } from 'vitest';
import {
  WAITING_SHOWN,
  incidentsWithoutReview,
  waitingToShow,
} from '../../src/renderer/steps/incidents/waitingReviews';
import type { ListItem } from '../../src/renderer/store/sectionsSlice';

const incident = (number: number, occurredOn: string, extra: Record<string, unknown> = {}): ListItem => ({
  id: `i${number}`,
  number,
  title: `Storing ${number}`,
  occurredOn,
  status: 'closed',
  ...extra,
});
const nameOf = (item: ListItem) => `${String(item.number)} ${String(item.title)}`;
const numbers = (items: ListItem[]) => items.map((item) => item.number);

describe('incidents waiting for a review', () => {
  it('are the closed or resolved incidents no review names', () => {
    const incidents = [
      incident(1, '2026-01-01'),
      incident(2, '2026-01-02', { status: 'open' }),
      incident(3, '2026-01-03', { status: 'open', resolvedOn: '2026-01-04' }),
      incident(4, '2026-01-05'),
    ];
    expect(numbers(incidentsWithoutReview(incidents, [{ id: 'r1', incident: 'i4' }]))).toEqual([1, 3]);
  });

  it('are all listed, in the log order, in a plan with a few', () => {
    const waiting = [incident(1, '2026-03-01'), incident(2, '2025-01-01'), incident(3, '2026-01-01')];
    expect(numbers(waitingToShow(waiting, nameOf, '').shown)).toEqual([1, 2, 3]);
    expect(numbers(waitingToShow(waiting, nameOf, 'zzz').shown)).toEqual([1, 2, 3]);
  });

  it('in a long log, shows the most recently resolved or occurred first, no more than a few', () => {
    const waiting = Array.from({ length: 500 }, (_, i) =>
      incident(i + 1, `20${String(10 + (i % 17)).padStart(2, '0')}-05-01`),
    );
    waiting[3] = incident(4, '2001-01-01', { resolvedOn: '2030-01-01' });
    const { shown, matching } = waitingToShow(waiting, nameOf, '');
    expect(shown).toHaveLength(WAITING_SHOWN);
    expect(matching).toBe(500);
    expect(shown[0]!.number).toBe(4);
    // Then 2026 (i % 17 === 16), later in the log first.
    expect(numbers(shown.slice(1, 3))).toEqual([493, 476]);
  });

  it('in a long log, reaches any incident by its number or title', () => {
    const waiting = Array.from({ length: 500 }, (_, i) => incident(i + 1, '2020-01-01'));
    expect(numbers(waitingToShow(waiting, nameOf, ' 317 STORING 317').shown)).toEqual([317]);
    expect(waitingToShow(waiting, nameOf, 'storing 1').matching).toBe(111);
    expect(waitingToShow(waiting, nameOf, 'brand').shown).toEqual([]);
  });
});
