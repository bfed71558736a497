import type { PlanItem } from '../section';
import type { Backup } from '../sections/backups';
import type { Supplier } from '../sections/suppliers';
import type { SystemType } from '../sections/systems';
import type { SystemItem } from './restartObjectives';
import { isFilled } from './snapshot';
import { hoursOf, idsOf } from './warnings';

/**
 * Who brings a system back after an outage: its supplier (a SaaS or cloud service: Paraat's
 * organisations run no servers of their own, so e-mail is a hosted service too), the organisation
 * itself from a backup (a server, installed software), or a replacement of the equipment.
 */
export type RecoveryWay = 'supplier' | 'backup' | 'replacement';

const WAY_OF_KIND: Readonly<Record<SystemType, RecoveryWay>> = {
  saas: 'supplier',
  'cloud-service': 'supplier',
  email: 'supplier',
  'server-cloud': 'backup',
  software: 'backup',
  other: 'backup',
  laptop: 'replacement',
  desktop: 'replacement',
  printer: 'replacement',
  network: 'replacement',
  telephony: 'replacement',
  mobile: 'replacement',
};

export function recoveryWayOf(type: unknown): RecoveryWay {
  return WAY_OF_KIND[type as SystemType] ?? 'backup';
}

/**
 * What a system takes when the plan says nothing better (docs/plan-rules.md says why):
 * - supplier: 8 hours, one working day — an assumption, to be replaced by the recovery time of the
 *   supplier's SLA (without one, the supplier has promised nothing);
 * - backup: 16 hours, the restore time target the source documents give as an example ("16 working
 *   hours in 85% of cases");
 * - replacement: 24 hours, next-business-day delivery, the usual hardware support term.
 */
export const DEFAULT_RECOVERY_HOURS: Readonly<Record<RecoveryWay, number>> = {
  supplier: 8,
  backup: 16,
  replacement: 24,
};

/** Swapping in a spare, or failing over to the redundant unit, takes about an hour. */
export const SPARE_SWAP_HOURS = 1;

export type EstimateSource = 'own-estimate' | 'supplier-sla' | 'restore-test' | 'spare' | 'lead-time' | 'default';

export interface RecoveryEstimate {
  hours: number;
  source: EstimateSource;
  way: RecoveryWay;
}

/** The fields the estimates read, for the restart order's list of what it depends on. */
export const ESTIMATE_FIELDS = {
  systems: ['type', 'vendor', 'redundancy', 'replacementLeadTimeDays', 'expectedRestoreHours'],
  backups: ['systems', 'restoreTestDurationHours'],
  suppliers: ['id', 'slaRecoveryHours'],
} as const;

/**
 * A system's expected recovery time and where it comes from. The coordinator's own estimate comes
 * first. Otherwise by who recovers it: a supplier within its SLA; a restore from backup in its
 * longest tested restore, else its supplier's SLA; a replacement at once from a spare or the
 * redundant unit (or stock: a lead time of 0 days), else after the lead time. Failing all of that,
 * the default of its kind.
 */
export function recoveryEstimates(
  systems: readonly SystemItem[],
  backups: readonly PlanItem<Backup>[],
  suppliers: readonly PlanItem<Supplier>[],
): RecoveryEstimate[] {
  const testedRestore = new Map<string, number>();
  for (const backup of backups) {
    const hours = hoursOf(backup.restoreTestDurationHours);
    if (hours === null) continue;
    for (const id of idsOf(backup.systems)) testedRestore.set(id, Math.max(testedRestore.get(id) ?? 0, hours));
  }
  const slaOf = new Map(suppliers.map((supplier) => [supplier.id, hoursOf(supplier.slaRecoveryHours)]));
  return systems.map((system) => {
    const way = recoveryWayOf(system.type);
    const estimate = (hours: number, source: EstimateSource): RecoveryEstimate => ({ hours, source, way });
    const own = hoursOf(system.expectedRestoreHours);
    if (own !== null) return estimate(own, 'own-estimate');
    const sla = system.vendor ? (slaOf.get(system.vendor) ?? null) : null;
    if (way === 'supplier' && sla !== null) return estimate(sla, 'supplier-sla');
    if (way === 'backup') {
      const tested = testedRestore.get(system.id);
      if (tested !== undefined) return estimate(tested, 'restore-test');
      if (sla !== null) return estimate(sla, 'supplier-sla');
    }
    if (way === 'replacement') {
      const days = hoursOf(system.replacementLeadTimeDays);
      if (isFilled(system.redundancy) || days === 0) return estimate(SPARE_SWAP_HOURS, 'spare');
      if (days !== null) return estimate(days * 24, 'lead-time');
    }
    return estimate(DEFAULT_RECOVERY_HOURS[way], 'default');
  });
}

/**
 * Whether a system's recovery can only start once what it needs is back: a restore from backup
 * needs the network and the server under it. A supplier restores its service, and a replacement is
 * delivered, while the organisation's own systems are still down: those run alongside, and the
 * system is usable once both it and what it needs are back.
 */
export function recoveryWaitsForDependencies(way: RecoveryWay): boolean {
  return way === 'backup';
}

/**
 * The catalogue key that says what a system's recovery time comes from ("SLA leverancier …"), and the
 * hours to put in it; `estimateText` (src/i18n/durations.ts) writes them in the one duration format.
 */
export function estimateWording(estimate: RecoveryEstimate): { key: string; hours: number } {
  const source = estimate.source === 'default' ? `default-${estimate.way}` : estimate.source;
  return { key: `servicesInventory.priorities.estimate.${source}`, hours: estimate.hours };
}
