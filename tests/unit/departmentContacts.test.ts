import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../src/domain/health';

const flagged = (departments: Record<string, unknown>[]) =>
  collectWarnings({ departments }, { today: '2026-11-23' }).filter(
    (w) => w.code === 'department-without-second-contact',
  );

describe('a department’s contacts', () => {
  it('ask for a second contact when a department has only one, leading to that field', () => {
    expect(flagged([{ id: 'dept-tech', name: 'Technische dienst', contact: 'person-tom', deputy: '' }])).toEqual([
      expect.objectContaining({
        severity: 'low',
        step: 'people',
        section: 'departments',
        itemId: 'dept-tech',
        field: 'deputy',
        params: { name: 'Technische dienst' },
      }),
    ]);
  });

  it('do not count the first contact twice', () => {
    expect(
      flagged([{ id: 'dept-tech', name: 'Technische dienst', contact: 'person-tom', deputy: 'person-tom' }]),
    ).toHaveLength(1);
  });

  it('are fine with two different people, and leave a department without any contact to the completeness count', () => {
    expect(
      flagged([
        { id: 'a', name: 'Burgerzaken', contact: 'person-an', deputy: 'person-jan' },
        { id: 'b', name: 'Nieuwe dienst', contact: '', deputy: '' },
      ]),
    ).toEqual([]);
  });
});
