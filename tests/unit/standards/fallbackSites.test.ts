import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../../src/domain/health';

const flagged = (locations: Record<string, unknown>[]) =>
  collectWarnings({ locations }, { today: '2026-12-06' }).filter((f) => f.code === 'location-without-agreement');

describe('a fallback location’s agreement', () => {
  it('is asked for when services move there, leading to the agreement field', () => {
    expect(flagged([{ id: 'l1', name: 'Library', movingServices: ['s1'], agreement: '' }])).toEqual([
      expect.objectContaining({ severity: 'low', step: 'locations', itemId: 'l1', field: 'agreement' }),
    ]);
  });

  it('is not asked for a location no service moves to, nor once written', () => {
    expect(flagged([{ id: 'l1', name: 'Library', movingServices: [] }])).toEqual([]);
    expect(flagged([{ id: 'l1', name: 'Library', movingServices: ['s1'], agreement: 'Signed 2026' }])).toEqual([]);
  });
});
