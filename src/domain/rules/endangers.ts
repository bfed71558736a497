import type { Finding } from '../healthTypes';
import { inheritObjectives } from './restartObjectives';
import { type PlanSnapshot, itemsOf } from './snapshot';
import { hoursOf, idsOf } from './warnings';

/**
 * What a finding puts at risk, as the tightest RTO (hours) of the services behind its item: a
 * service's own RTO, the RTO a system inherits, the tightest of the systems a backup holds or a
 * supplier delivers. Findings about time-critical services are listed and fixed first.
 */
export function endangeredRto(plan: PlanSnapshot): (finding: Finding) => number | undefined {
  const services = itemsOf(plan, 'services');
  const systems = itemsOf(plan, 'systems');
  const objectives = inheritObjectives(services, systems);
  const systemRto = (id: string) => objectives.get(id)?.rto ?? null;
  const tightest = (values: (number | null)[]) => {
    const known = values.filter((value): value is number => value !== null);
    return known.length ? Math.min(...known) : undefined;
  };
  const bySection: Record<string, (id: string) => number | undefined> = {
    services: (id) => hoursOf(services.find((s) => s.id === id)?.rtoHours) ?? undefined,
    systems: (id) => systemRto(id) ?? undefined,
    backups: (id) => tightest(idsOf(itemsOf(plan, 'backups').find((b) => b.id === id)?.systems).map(systemRto)),
    suppliers: (id) => tightest(systems.filter((s) => s.vendor === id).map((s) => systemRto(s.id))),
  };
  return (finding) => (finding.section && finding.itemId ? bySection[finding.section]?.(finding.itemId) : undefined);
}
