import type { PlanItem } from '../section';
import type { Service } from '../sections/services';
import { type SystemRecord, holdsData } from '../sections/systems';
import { hoursOf, idsOf } from './warnings';

export type Tier = 1 | 2 | 3 | 4;

/** Upper RTO bound (hours) of tiers 1–3; anything slower, or without an RTO, is tier 4. */
export const TIER_LIMITS: Readonly<Record<1 | 2 | 3, number>> = { 1: 4, 2: 24, 3: 72 };

export function tierForRto(rto: number | null): Tier {
  if (rto === null) return 4;
  if (rto <= TIER_LIMITS[1]) return 1;
  if (rto <= TIER_LIMITS[2]) return 2;
  if (rto <= TIER_LIMITS[3]) return 3;
  return 4;
}

export interface SystemObjectives {
  /**
   * Tightest RTO of the services that need this system, and tightest RPO of the services whose data
   * it holds (see `inheritObjectives`), or null when none sets one.
   */
  rto: number | null;
  rpo: number | null;
  /** Ids of the services that need this system, directly or through systems that depend on it. */
  services: string[];
}

export type ServiceItem = PlanItem<Service>;
export type SystemItem = PlanItem<SystemRecord>;

/**
 * A system inherits the tightest RTO and RPO of every service that uses it, and of every service
 * that uses a system depending on it (e-mail needs identity, identity needs the network, so the
 * network inherits e-mail's RTO). The RPO is about data: it goes only to the systems a service uses
 * directly and that hold data (its application, its mailbox), never to the network, the firewall or
 * the sign-in it needs to reach them. Walks `dependsOn` with a visited set, so cycles cannot hang it.
 */
export function inheritObjectives(
  services: readonly ServiceItem[],
  systems: readonly SystemItem[],
): Map<string, SystemObjectives> {
  // Systems by position (the last of a repeated id counts, as in a Map), so the walks below use
  // arrays and a stamp per service instead of a set of strings for each.
  const indexOf = new Map<string, number>();
  systems.forEach((system, i) => indexOf.set(system.id, i));
  const known = (ids: string[]) => ids.flatMap((id) => (indexOf.has(id) ? [indexOf.get(id)!] : []));
  // Each system's known dependencies, read once rather than on every walk that passes it.
  const needs = systems.map((system) => known(idsOf(system.dependsOn)));
  const objectives = systems.map((): SystemObjectives => ({ rto: null, rpo: null, services: [] }));
  const reachedBy = new Int32Array(systems.length);
  services.forEach((service, serviceIndex) => {
    const stamp = serviceIndex + 1;
    const rto = hoursOf(service.rtoHours);
    const rpo = hoursOf(service.rpoHours);
    const direct = known(idsOf(service.systems));
    for (const i of direct)
      if (rpo !== null && holdsData(systems[i]!.type))
        objectives[i]!.rpo = objectives[i]!.rpo === null ? rpo : Math.min(objectives[i]!.rpo!, rpo);
    const stack = [...direct];
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (reachedBy[i] === stamp) continue;
      reachedBy[i] = stamp;
      const found = objectives[i]!;
      found.services.push(service.id);
      if (rto !== null) found.rto = found.rto === null ? rto : Math.min(found.rto, rto);
      for (const dependency of needs[i]!) if (reachedBy[dependency] !== stamp) stack.push(dependency);
    }
  });
  return new Map(systems.map((system) => [system.id, objectives[indexOf.get(system.id)!]!]));
}
