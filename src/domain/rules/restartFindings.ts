import type { RestartStructure } from './restartOrder';
import type { ServiceItem, SystemItem } from './restartObjectives';
import { lateSystem } from './restartTimeline';
import { isFilled } from './snapshot';
import { type PlanWarning, hoursOf, idsOf, nameOf, textOf } from './warnings';

/**
 * The warnings about a restart order: dependency cycles, tier overrides without a reason or after a
 * system that needs them, and services whose systems cannot be back within their RTO.
 */
export function restartFindings(
  structure: RestartStructure,
  services: readonly ServiceItem[],
  systems: readonly SystemItem[],
  names: readonly string[],
): PlanWarning[] {
  const { edges, tier, overridden, loops, sequence, estimates, timeline, inherited } = structure;
  const warnings: PlanWarning[] = loops.map((loop) => ({
    code: 'dependency-cycle',
    params: { cycle: loop.map((i) => names[i] || '?').join(' → ') },
    section: 'systems',
    itemId: systems[loop[0]!]!.id,
    field: 'dependsOn',
  }));

  for (const i of sequence) {
    if (overridden[i] && textOf(systems[i]!.tierOverrideReason).trim() === '') {
      warnings.push({
        code: 'tier-override-without-reason',
        params: { system: names[i]! },
        section: 'systems',
        itemId: systems[i]!.id,
        field: 'tierOverrideReason',
      });
    }
    for (const dep of edges[i]!) {
      if (tier[dep]! > tier[i]!) {
        warnings.push({
          code: 'tier-after-dependent',
          params: { system: names[dep]!, tier: tier[dep]!, dependent: names[i]!, dependentTier: tier[i]! },
          section: 'systems',
          itemId: systems[dep]!.id,
          field: 'tierOverride',
        });
      }
    }
  }

  const positionOf = new Map(systems.map((system, i) => [system.id, i]));
  const neededBy = new Map<string, number[]>();
  for (const i of sequence)
    for (const serviceId of inherited[i]!.services)
      (neededBy.get(serviceId) ?? neededBy.set(serviceId, []).get(serviceId)!).push(i);
  for (const service of services) {
    const ready = timeline.serviceReadyHour.get(service.id);
    const serviceRto = hoursOf(service.rtoHours);
    if (ready === undefined || serviceRto === null || ready <= serviceRto) continue;
    const named = idsOf(service.systems).flatMap((id) => (positionOf.has(id) ? [positionOf.get(id)!] : []));
    const late = lateSystem([...named, ...(neededBy.get(service.id) ?? [])], ready, timeline, estimates);
    if (late === null || coveredElsewhere(systems[late]!, estimates[late]!, serviceRto)) continue;
    // Recovery is shortened where it takes longest, so the finding leads to that system. When its
    // time is only the default of its kind, the plan does not say how it comes back: that is asked.
    warnings.push({
      code: estimates[late]!.source === 'default' ? 'recovery-time-unknown' : 'rto-not-met',
      params: { service: nameOf(service), rto: serviceRto, ready, system: names[late]!, hours: estimates[late]!.hours },
      section: 'systems',
      itemId: systems[late]!.id,
      field: 'expectedRestoreHours',
    });
  }
  return warnings;
}

/**
 * A system that alone takes longer than the RTO because of its supplier's SLA, its lead time or its
 * tested restore already has a finding of its own (`supplier-sla-longer-than-rto`,
 * `replacement-slower-than-rto`, `restore-slower-than-rto`) where that is fixed: one cause, one finding.
 */
function coveredElsewhere(system: SystemItem, estimate: RestartStructure['estimates'][number], rto: number): boolean {
  if (estimate.hours <= rto) return false;
  if (estimate.source === 'restore-test' || estimate.source === 'lead-time') return true;
  return estimate.source === 'supplier-sla' && !isFilled(system.redundancy);
}
