import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../src/domain/planJson';
import { compareVersionNumbers, diffPlans, nextVersionNumber, recordOfChanges } from '../../src/domain/versions';

function plan(sections: PlanJson['sections']): PlanJson {
  return { format: 'paraat-plan', formatVersion: 1, language: 'nl', sections };
}

const person = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  function: '',
  ...extra,
});

describe('version numbers', () => {
  it('propose 1.0 first, then the next minor or major step after the highest issued', () => {
    expect(nextVersionNumber([])).toBe('1.0');
    expect(nextVersionNumber(['1.0', '1.9', '1.10'])).toBe('1.11');
    expect(nextVersionNumber(['1.2', '2.0'], 'major')).toBe('3.0');
  });

  it('compare numerically, not as text', () => {
    expect(compareVersionNumbers('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersionNumbers('2.0', '10.0')).toBeLessThan(0);
    expect(compareVersionNumbers('1.0', '1.0')).toBe(0);
  });
});

describe('comparing two states of a plan', () => {
  it('names the people added, removed and changed, with the fields that changed', () => {
    const before = plan({ organisation: { name: 'Beekzande' }, people: [person('p1', 'Eline'), person('p2', 'Jan')] });
    const after = plan({
      organisation: { name: 'Beekzande', scope: 'Alles' },
      people: [person('p1', 'Eline', { function: 'IT-coördinator' }), person('p3', 'Sofie')],
    });
    const diff = diffPlans(before, after);
    expect(diff.find((d) => d.section === 'organisation')?.changed).toEqual([{ id: '', title: '', fields: ['scope'] }]);
    const people = diff.find((d) => d.section === 'people');
    expect(people?.added).toEqual([{ id: 'p3', title: 'Sofie' }]);
    expect(people?.removed).toEqual([{ id: 'p2', title: 'Jan' }]);
    expect(people?.changed).toEqual([{ id: 'p1', title: 'Eline', fields: ['function'] }]);
  });

  it('reports nothing for two identical plans, and treats a missing field as its empty value', () => {
    const a = plan({ organisation: { name: 'Beekzande' }, people: [person('p1', 'Eline')] });
    expect(diffPlans(a, structuredClone(a))).toEqual([]);
    expect(
      diffPlans(plan({ organisation: { name: 'X' } }), plan({ organisation: { name: 'X', sector: null } })),
    ).toEqual([]);
  });
});

describe('the record of changes', () => {
  it('lists versions newest first with the sections each changed since the one before', () => {
    const v1 = plan({ organisation: { name: 'Beekzande' }, people: [person('p1', 'Eline')] });
    const v2 = plan({ organisation: { name: 'Beekzande' }, people: [person('p1', 'Eline'), person('p2', 'Jan')] });
    const facts = (number: string) => ({
      number,
      issuedAt: '',
      comment: `v${number}`,
      approvedBy: 'College',
      approvedOn: '',
    });
    const record = recordOfChanges([
      { ...facts('1.0'), plan: v1 },
      { ...facts('1.1'), plan: v2 },
    ]);
    expect(record.map((r) => r.number)).toEqual(['1.1', '1.0']);
    expect(record[0]?.sectionsChanged).toEqual(['people']);
    expect(record[1]?.sectionsChanged).toEqual(expect.arrayContaining(['organisation', 'people']));
  });
});

describe('names in a comparison', () => {
  it('name an item whose title points at another item by that item', () => {
    const before = plan({ incidents: [{ id: 'i1', title: 'Stroomuitval' }], reviews: [] });
    const after = plan({ incidents: [{ id: 'i1', title: 'Stroomuitval' }], reviews: [{ id: 'r1', incident: 'i1' }] });
    const reviews = diffPlans(before, after).find((d) => d.section === 'reviews');
    expect(reviews?.added[0]?.title).toBe('Stroomuitval');
  });
});
