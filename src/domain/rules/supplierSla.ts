import type { HealthRule } from '../healthTypes';
import { itemWarning } from './healthWarnings';
import { inheritObjectives } from './restartObjectives';
import { isFilled, recordsOf } from './snapshot';
import { hoursOf, nameOf } from './warnings';

/**
 * A supplier's contracted recovery time against the services that need what it delivers: if the
 * SLA allows longer than a service's RTO and nothing in house bridges the gap (the asset's
 * redundancy is empty), the RTO is a wish, not a plan. The RTO a system must meet is the one it
 * inherits from the services that need it, directly or through other systems.
 */
const slaLongerThanRto: HealthRule = (plan) => {
  const systems = recordsOf(plan, 'systems');
  const objectives = inheritObjectives(recordsOf(plan, 'services'), systems);
  return recordsOf(plan, 'suppliers').flatMap((supplier) => {
    const sla = hoursOf(supplier.slaRecoveryHours);
    if (sla === null) return [];
    let tightest: { rto: number; system: string } | null = null;
    for (const system of systems) {
      if (system.vendor !== supplier.id || isFilled(system.redundancy)) continue;
      const rto = objectives.get(system.id)?.rto ?? null;
      if (rto !== null && rto < sla && (tightest === null || rto < tightest.rto))
        tightest = { rto, system: nameOf(system) };
    }
    if (tightest === null) return [];
    return [
      itemWarning(
        {
          code: 'supplier-sla-longer-than-rto',
          message: 'peoplePlaces.warnings.supplierSlaLongerThanRto',
          severity: 'medium',
          step: 'suppliers',
          section: 'suppliers',
          field: 'slaRecoveryHours',
          params: { name: nameOf(supplier), sla, system: tightest.system, rto: tightest.rto },
        },
        supplier,
      ),
    ];
  });
};

export const supplierSlaRules: readonly HealthRule[] = [slaLongerThanRto];
