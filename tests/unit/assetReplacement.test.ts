import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../src/domain/health';
import type { PlanSnapshot } from '../../src/domain/healthTypes';

const flagged = (plan: PlanSnapshot) =>
  collectWarnings(plan, { today: '2026-11-23' }).filter((w) => w.code === 'replacement-slower-than-rto');

/** The front desk (RTO 4 h) needs the phones, which need the firewall. */
function plan(firewall: Record<string, unknown>): PlanSnapshot {
  return {
    services: [{ id: 'svc-desk', name: 'Onthaal', rtoHours: 4, rpoHours: 24, systems: ['sys-phones'] }],
    systems: [
      { id: 'sys-phones', name: 'Telefonie', type: 'telephony', dependsOn: ['sys-fw'], replacementLeadTimeDays: 0 },
      { id: 'sys-fw', name: 'Firewall', type: 'network', dependsOn: [], ...firewall },
    ],
  };
}

describe('an asset that takes longer to replace than its RTO allows', () => {
  it('is flagged at its redundancy field, with the RTO it inherits through the systems that need it', () => {
    expect(flagged(plan({ replacementLeadTimeDays: 2, redundancy: '' }))).toEqual([
      expect.objectContaining({
        severity: 'medium',
        step: 'inventory',
        section: 'systems',
        itemId: 'sys-fw',
        field: 'redundancy',
        params: { system: 'Firewall', hours: 48, rto: 4 },
      }),
    ]);
  });

  it('is fine with a spare or redundancy foreseen, or when it arrives in time, or with no lead time known', () => {
    expect(flagged(plan({ replacementLeadTimeDays: 2, redundancy: 'Reservetoestel in de kast' }))).toEqual([]);
    expect(flagged(plan({ replacementLeadTimeDays: 0, redundancy: '' }))).toEqual([]);
    expect(flagged(plan({ replacementLeadTimeDays: null, redundancy: '' }))).toEqual([]);
  });
});
