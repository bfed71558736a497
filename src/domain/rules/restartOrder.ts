import { type LooseItem, type PlanWarning, hoursOf, idsOf, nameOf, textOf } from './warnings';

export type Tier = 1 | 2 | 3 | 4;

/** Upper RTO bound (hours) of tiers 1–3; anything slower, or without an RTO, is tier 4. */
export const TIER_LIMITS: Readonly<Record<1 | 2 | 3, number>> = { 1: 4, 2: 24, 3: 72 };

/** Restore estimate (hours) for a system whose backups give no tested restore duration. */
export const DEFAULT_RESTORE_HOURS: Readonly<Record<Tier, number>> = { 1: 1, 2: 4, 3: 8, 4: 24 };

export function tierForRto(rto: number | null): Tier {
  if (rto === null) return 4;
  if (rto <= TIER_LIMITS[1]) return 1;
  if (rto <= TIER_LIMITS[2]) return 2;
  if (rto <= TIER_LIMITS[3]) return 3;
  return 4;
}

export interface SystemObjectives {
  /** Tightest RTO and RPO of the services that need this system, or null when none sets one. */
  rto: number | null;
  rpo: number | null;
  /** Ids of the services that need this system, directly or through systems that depend on it. */
  services: string[];
}

/**
 * A system inherits the tightest RTO and RPO of every service that uses it, and of every service
 * that uses a system depending on it (e-mail needs identity, identity needs the network, so the
 * network inherits e-mail's RTO). Walks `dependsOn` with a visited set, so cycles cannot hang it.
 */
export function inheritObjectives(services: readonly LooseItem[], systems: readonly LooseItem[]): Map<string, SystemObjectives> {
  const byId = new Map(systems.map((system) => [system.id, system]));
  // Each system's known dependencies, read once rather than on every walk that passes it.
  const needs = new Map([...byId].map(([id, system]) => [id, idsOf(system.dependsOn).filter((dependency) => byId.has(dependency))]));
  const result = new Map<string, SystemObjectives>(systems.map((system) => [system.id, { rto: null, rpo: null, services: [] }]));
  for (const service of services) {
    const rto = hoursOf(service.rtoHours);
    const rpo = hoursOf(service.rpoHours);
    const reached = new Set<string>();
    const stack = idsOf(service.systems).filter((id) => byId.has(id));
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (reached.has(id)) continue;
      reached.add(id);
      for (const dependency of needs.get(id) ?? []) if (!reached.has(dependency)) stack.push(dependency);
    }
    for (const id of reached) {
      const objectives = result.get(id)!;
      objectives.services.push(service.id);
      if (rto !== null) objectives.rto = objectives.rto === null ? rto : Math.min(objectives.rto, rto);
      if (rpo !== null) objectives.rpo = objectives.rpo === null ? rpo : Math.min(objectives.rpo, rpo);
    }
  }
  return result;
}

export interface RestartEntry {
  systemId: string;
  name: string;
  /** 1-based place in the restart order. */
  position: number;
  inherited: SystemObjectives;
  /** Tier from the inherited RTO, before any override. */
  derivedTier: Tier;
  tier: Tier;
  overridden: boolean;
  /** Estimated restore duration and the window on the timeline, in hours since the outage. */
  restoreHours: number;
  /** Where the estimate comes from: a tested restore of a backup, or the tier's default. */
  estimateSource: 'restore-test' | 'default';
  startHour: number;
  readyHour: number;
}

export interface RestartPlan {
  order: RestartEntry[];
  /** Hours after the outage at which all systems a service needs are back, per service id. */
  serviceReadyHour: Map<string, number>;
  warnings: PlanWarning[];
}

function overrideTier(value: unknown): Tier | null {
  const text = textOf(value);
  return text === '1' || text === '2' || text === '3' || text === '4' ? (Number(text) as Tier) : null;
}

/** Strongly connected components with more than one system (or a system that depends on itself). */
function findCycles(ids: readonly string[], edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (id: string) => {
    index.set(id, counter);
    low.set(id, counter);
    counter++;
    stack.push(id);
    onStack.add(id);
    for (const next of edges.get(id) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(id, Math.min(low.get(id)!, index.get(next)!));
    }
    if (low.get(id) === index.get(id)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== id);
      if (component.length > 1 || (edges.get(id) ?? []).includes(id)) cycles.push(component);
    }
  };
  for (const id of ids) if (!index.has(id)) visit(id);
  return cycles;
}

/** One concrete loop through a component, starting at its first system in list order: A → B → A. */
function loopThrough(component: string[], edges: Map<string, string[]>, order: Map<string, number>): string[] {
  const members = new Set(component);
  const start = [...component].sort((a, b) => order.get(a)! - order.get(b)!)[0]!;
  const path = [start];
  const seen = new Set([start]);
  const walk = (id: string): boolean => {
    for (const next of edges.get(id) ?? []) {
      if (next === start) return true;
      if (!members.has(next) || seen.has(next)) continue;
      seen.add(next);
      path.push(next);
      if (walk(next)) return true;
      path.pop();
    }
    return false;
  };
  walk(start);
  return [...path, start];
}

/**
 * The restart order: dependencies first (a topological order of `dependsOn`), and among the
 * systems whose dependencies are back, the lowest tier, then the tightest inherited RTO, then the
 * inventory's own order. A dependency cycle is reported and broken at its most urgent system, so
 * the order is always complete.
 *
 * The timeline assumes a system is restored once all its dependencies are back, and that systems
 * that do not depend on each other can be restored at the same time. A system takes its longest
 * tested restore (`restoreTestDurationHours` of the backups that hold it), else its tier's default.
 */
export function planRestart(services: readonly LooseItem[], systems: readonly LooseItem[], backups: readonly LooseItem[]): RestartPlan {
  const warnings: PlanWarning[] = [];
  const byId = new Map(systems.map((system) => [system.id, system]));
  const listOrder = new Map(systems.map((system, i) => [system.id, i]));
  const objectives = inheritObjectives(services, systems);
  const edges = new Map(systems.map((system) => [system.id, [...new Set(idsOf(system.dependsOn).filter((id) => byId.has(id)))]]));

  const tierOf = new Map<string, { derived: Tier; tier: Tier; overridden: boolean }>();
  for (const system of systems) {
    const derived = tierForRto(objectives.get(system.id)!.rto);
    const override = overrideTier(system.tierOverride);
    tierOf.set(system.id, { derived, tier: override ?? derived, overridden: override !== null });
  }

  const cycles = findCycles(
    systems.map((s) => s.id),
    edges,
  );
  for (const component of cycles) {
    const loop = loopThrough(component, edges, listOrder);
    warnings.push({
      code: 'dependency-cycle',
      params: { cycle: loop.map((id) => nameOf(byId.get(id)) || '?').join(' → ') },
      target: { section: 'systems', id: loop[0]!, field: 'dependsOn' },
    });
  }

  // Urgency once, as one number per system: lower tier, then tighter RTO, then inventory order.
  const byUrgency = systems
    .map((s) => s.id)
    .sort((a, b) => tierOf.get(a)!.tier - tierOf.get(b)!.tier || (objectives.get(a)!.rto ?? Infinity) - (objectives.get(b)!.rto ?? Infinity) || listOrder.get(a)! - listOrder.get(b)!);
  const urgency = new Map(byUrgency.map((id, i) => [id, i]));

  // Kahn's algorithm: `waiting` counts the dependencies not yet placed; the most urgent ready
  // system goes next (a binary heap keeps this fast for inventories of thousands of rows).
  const dependents = new Map<string, string[]>(systems.map((s) => [s.id, []]));
  const waiting = new Map<string, number>();
  for (const [id, deps] of edges) {
    waiting.set(id, deps.length);
    for (const dep of deps) dependents.get(dep)!.push(id);
  }
  const heap = new MinHeap();
  for (const [id, n] of waiting) if (n === 0) heap.push(urgency.get(id)!);
  const placed = new Set<string>();
  const sequence: string[] = [];
  let cursor = 0;
  while (sequence.length < systems.length) {
    let next: string | undefined;
    while (heap.size > 0 && next === undefined) {
      const candidate = byUrgency[heap.pop()]!;
      if (!placed.has(candidate)) next = candidate;
    }
    // Only a cycle leaves nothing ready: restart its most urgent system first.
    if (next === undefined) {
      while (placed.has(byUrgency[cursor]!)) cursor++;
      next = byUrgency[cursor]!;
    }
    placed.add(next);
    sequence.push(next);
    for (const dependent of dependents.get(next)!) {
      const left = waiting.get(dependent)! - 1;
      waiting.set(dependent, left);
      if (left === 0 && !placed.has(dependent)) heap.push(urgency.get(dependent)!);
    }
  }

  const testedRestore = new Map<string, number>();
  for (const backup of backups) {
    const hours = hoursOf(backup.restoreTestDurationHours);
    if (hours === null) continue;
    for (const id of idsOf(backup.systems)) testedRestore.set(id, Math.max(testedRestore.get(id) ?? 0, hours));
  }

  const readyHour = new Map<string, number>();
  const order: RestartEntry[] = sequence.map((id, i) => {
    const system = byId.get(id)!;
    const tiers = tierOf.get(id)!;
    const tested = testedRestore.get(id);
    const restoreHours = tested ?? DEFAULT_RESTORE_HOURS[tiers.tier];
    // A dependency later in the order (only possible inside a cycle) does not hold this one up.
    const startHour = Math.max(0, ...edges.get(id)!.filter((dep) => readyHour.has(dep)).map((dep) => readyHour.get(dep)!));
    readyHour.set(id, startHour + restoreHours);
    return {
      systemId: id,
      name: nameOf(system),
      position: i + 1,
      inherited: objectives.get(id)!,
      derivedTier: tiers.derived,
      tier: tiers.tier,
      overridden: tiers.overridden,
      restoreHours,
      estimateSource: tested === undefined ? 'default' : 'restore-test',
      startHour,
      readyHour: startHour + restoreHours,
    };
  });

  for (const entry of order) {
    const system = byId.get(entry.systemId)!;
    if (entry.overridden && textOf(system.tierOverrideReason).trim() === '') {
      warnings.push({ code: 'tier-override-without-reason', params: { system: entry.name }, target: { section: 'systems', id: entry.systemId, field: 'tierOverrideReason' } });
    }
    for (const dep of edges.get(entry.systemId)!) {
      if (tierOf.get(dep)!.tier > entry.tier) {
        warnings.push({
          code: 'tier-after-dependent',
          params: { system: nameOf(byId.get(dep)), tier: tierOf.get(dep)!.tier, dependent: entry.name, dependentTier: entry.tier },
          target: { section: 'systems', id: dep, field: 'tierOverride' },
        });
      }
    }
  }

  // The systems each service needs, gathered in one pass (not a scan of every system per service).
  const neededBy = new Map<string, string[]>();
  for (const [id, o] of objectives) for (const serviceId of o.services) (neededBy.get(serviceId) ?? neededBy.set(serviceId, []).get(serviceId)!).push(id);
  const serviceReadyHour = new Map<string, number>();
  for (const service of services) {
    const needed = (neededBy.get(service.id) ?? []).map((id) => readyHour.get(id) ?? 0);
    if (needed.length === 0) continue;
    const ready = Math.max(...needed);
    serviceReadyHour.set(service.id, ready);
    const rto = hoursOf(service.rtoHours);
    if (rto !== null && ready > rto) {
      warnings.push({ code: 'rto-not-met', params: { service: nameOf(service), rto, ready }, target: { section: 'services', id: service.id, field: 'rtoHours' } });
    }
  }

  return { order, serviceReadyHour, warnings };
}

/** A binary min-heap of numbers. */
class MinHeap {
  private items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= value) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && items[right]! < items[left]! ? right : left;
        if (items[child]! >= last) break;
        items[i] = items[child]!;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}
