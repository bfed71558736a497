import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../src/domain/health';
import type { PlanSnapshot } from '../../src/domain/healthTypes';

const slaWarnings = (plan: PlanSnapshot) =>
  collectWarnings(plan, { today: '2026-11-23' }).filter((w) => w.code === 'supplier-sla-longer-than-rto');

/** Civil affairs (RTO 8 h) runs on a SaaS package that needs the internet line. */
function plan({
  slaRecoveryHours,
  redundancy = '',
}: {
  slaRecoveryHours: number | null;
  redundancy?: string;
}): PlanSnapshot {
  return {
    services: [{ id: 'svc-civil', name: 'Burgerzaken', rtoHours: 8, rpoHours: 1, systems: ['sys-civil'] }],
    systems: [
      {
        id: 'sys-civil',
        name: 'Burgerzakenpakket',
        type: 'saas',
        vendor: 'sup-civil',
        dependsOn: ['sys-line'],
        redundancy: '',
      },
      { id: 'sys-line', name: 'Glasvezellijn', type: 'network', vendor: 'sup-isp', dependsOn: [], redundancy },
    ],
    suppliers: [
      { id: 'sup-civil', name: 'Softwarehuis', slaRecoveryHours: 4 },
      { id: 'sup-isp', name: 'Internetprovider', slaRecoveryHours },
    ],
  };
}

describe('a supplier’s contracted recovery time', () => {
  it('is flagged when it is longer than the RTO a system inherits through what depends on it', () => {
    expect(slaWarnings(plan({ slaRecoveryHours: 12 }))).toEqual([
      expect.objectContaining({
        severity: 'medium',
        step: 'suppliers',
        section: 'suppliers',
        itemId: 'sup-isp',
        field: 'slaRecoveryHours',
        params: { name: 'Internetprovider', sla: 12, system: 'Glasvezellijn', rto: 8 },
      }),
    ]);
  });

  it('is fine when a fallback in house bridges the gap, when it is fast enough, or when no SLA is known', () => {
    expect(slaWarnings(plan({ slaRecoveryHours: 12, redundancy: '4G-router als reserve' }))).toEqual([]);
    expect(slaWarnings(plan({ slaRecoveryHours: 8 }))).toEqual([]);
    expect(slaWarnings(plan({ slaRecoveryHours: null }))).toEqual([]);
  });
});
