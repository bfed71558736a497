import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../src/domain/health';

describe('the plan health overview', () => {
  it('shows a role without a deputy and a copy holder with an old version, each linked to its field', () => {
    const plan = {
      organisation: [{ id: 'organisation', planVersion: '2.0' }],
      people: [{ id: 'p1', name: 'Eline Vermeersch' }],
      roles: [{ id: 'r1', name: 'Crisiscoördinator', main: 'p1', deputy: '' }],
      distribution: [{ id: 'd1', holder: 'p1', versionHeld: '1.0', form: 'paper' }],
    };
    const warnings = collectWarnings(plan, { today: '2026-11-23' });
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'roleNoDeputy',
          step: 'people',
          section: 'roles',
          itemId: 'r1',
          field: 'deputy',
        }),
        expect.objectContaining({ code: 'copyOutdated', step: 'distribution', section: 'distribution', itemId: 'd1' }),
      ]),
    );
  });

  it('is quiet about people and places when every role has two people and every copy is current', () => {
    const plan = {
      organisation: [{ id: 'organisation', planVersion: '2.0', reviewIntervalMonths: 12 }],
      people: [
        { id: 'p1', name: 'Eline', lastVerified: '2026-10-01' },
        { id: 'p2', name: 'Jan', lastVerified: '2026-10-01' },
      ],
      roles: [{ id: 'r1', name: 'Crisiscoördinator', main: 'p1', deputy: 'p2' }],
      distribution: [{ id: 'd1', holder: 'p1', versionHeld: '2.0', form: 'paper' }],
    };
    const rules = new Set(collectWarnings(plan, { today: '2026-11-23' }).map((w) => w.code));
    for (const rule of ['roleNoDeputy', 'roleNoMain', 'copyOutdated', 'contactStale'])
      expect(rules.has(rule), rule).toBe(false);
  });
});
