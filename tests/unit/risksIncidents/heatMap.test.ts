import { describe, expect, it } from 'vitest';
import { heatMap, rateRisk, riskBand } from '../../../src/domain/rules/heatMap';

describe('the risk heat map', () => {
  it('bands scores as low up to 4, medium up to 9, high up to 16 and critical from 20', () => {
    expect([1, 4, 5, 9, 10, 16, 20, 25].map(riskBand)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });

  it('scores a risk as likelihood times impact, from stored text or numbers', () => {
    expect(rateRisk({ likelihood: '4', impact: '5' })).toEqual({
      likelihood: 4,
      impact: 5,
      score: 20,
      band: 'critical',
    });
    expect(rateRisk({ likelihood: 2, impact: 3 })).toMatchObject({ score: 6, band: 'medium' });
  });

  it('does not place a risk whose likelihood or impact is missing or out of range', () => {
    expect(rateRisk({ likelihood: '', impact: '3' })).toBeNull();
    expect(rateRisk({ likelihood: '6', impact: '3' })).toBeNull();
    const map = heatMap([{ id: 'half', likelihood: '3', impact: '' }]);
    expect(map.unrated).toEqual(['half']);
    expect(map.rows.flat().every((cell) => cell.riskIds.length === 0)).toBe(true);
  });

  it('draws impact 5 on the top row and likelihood 1 in the left column, each risk in its cell', () => {
    const map = heatMap([
      { id: 'ransomware', likelihood: '3', impact: '5' },
      { id: 'printer', likelihood: '4', impact: '1' },
      { id: 'fire', likelihood: '1', impact: '5' },
    ]);
    expect(map.rows).toHaveLength(5);
    expect(map.rows[0]!.map((cell) => cell.impact)).toEqual([5, 5, 5, 5, 5]);
    expect(map.rows[0]!.map((cell) => cell.likelihood)).toEqual([1, 2, 3, 4, 5]);
    expect(map.rows[0]![2]!.riskIds).toEqual(['ransomware']);
    expect(map.rows[0]![0]!.riskIds).toEqual(['fire']);
    expect(map.rows[4]![3]!).toMatchObject({ likelihood: 4, impact: 1, score: 4, band: 'low', riskIds: ['printer'] });
  });
});
