import { holdsData } from '../sections/systems';
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
  /**
   * Tightest RTO of the services that need this system, and tightest RPO of the services whose data
   * it holds (see `inheritObjectives`), or null when none sets one.
   */
  rto: number | null;
  rpo: number | null;
  /** Ids of the services that need this system, directly or through systems that depend on it. */
  services: string[];
}

/**
 * A system inherits the tightest RTO and RPO of every service that uses it, and of every service
 * that uses a system depending on it (e-mail needs identity, identity needs the network, so the
 * network inherits e-mail's RTO). The RPO is about data: it goes only to the systems a service uses
 * directly and that hold data (its application, its mailbox), never to the network, the firewall or
 * the sign-in it needs to reach them. Walks `dependsOn` with a visited set, so cycles cannot hang it.
 */
export function inheritObjectives(
  services: readonly LooseItem[],
  systems: readonly LooseItem[],
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

/**
 * Strongly connected components with more than one system (or a system that depends on itself),
 * over systems by position (Tarjan's algorithm, in list order).
 */
function findCycles(edges: readonly number[][]): number[][] {
  const n = edges.length;
  let counter = 0;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const cycles: number[][] = [];
  const visit = (at: number) => {
    index[at] = counter;
    low[at] = counter;
    counter++;
    stack.push(at);
    onStack[at] = 1;
    for (const next of edges[at]!) {
      if (index[next] === -1) {
        visit(next);
        low[at] = Math.min(low[at]!, low[next]!);
      } else if (onStack[next]) low[at] = Math.min(low[at]!, index[next]!);
    }
    if (low[at] === index[at]) {
      const component: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack[member] = 0;
        component.push(member);
      } while (member !== at);
      if (component.length > 1 || edges[at]!.includes(at)) cycles.push(component);
    }
  };
  for (let at = 0; at < n; at++) if (index[at] === -1) visit(at);
  return cycles;
}

/** One concrete loop through a component, starting at its first system in list order: A → B → A. */
function loopThrough(component: number[], edges: readonly number[][]): number[] {
  const members = new Set(component);
  const start = Math.min(...component);
  const path = [start];
  const seen = new Set([start]);
  const walk = (at: number): boolean => {
    for (const next of edges[at]!) {
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
 * The fields of each list that the restart order's structure reads (`restartStructure`): the
 * order, tiers, timeline and which warnings arise. Names and the reason of a tier override only
 * label the result (`labelRestart`), so editing them cannot change the order. A test tracks the
 * reads of `restartStructure` and fails when it reads a field not listed here.
 */
export const RESTART_STRUCTURE_FIELDS = {
  services: ['id', 'systems', 'rtoHours', 'rpoHours'],
  systems: ['id', 'type', 'dependsOn', 'tierOverride'],
  backups: ['systems', 'restoreTestDurationHours'],
} as const satisfies Record<string, readonly string[]>;

/** The restart order by position in the inventory, before names are put on it. */
export interface RestartStructure {
  inherited: SystemObjectives[];
  /** Each system's known dependencies, by position, without repeats. */
  edges: number[][];
  derivedTier: Int8Array;
  tier: Int8Array;
  overridden: Uint8Array;
  /** One loop (positions, first repeated at the end) per dependency cycle. */
  loops: number[][];
  /** Positions in restart order. */
  sequence: number[];
  restoreHours: Float64Array;
  fromRestoreTest: Uint8Array;
  startHour: Float64Array;
  serviceReadyHour: Map<string, number>;
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
 *
 * Systems are handled by their position in the inventory (arrays, not maps of ids): an inventory
 * of thousands of systems is ordered in a few milliseconds.
 */
export function planRestart(
  services: readonly LooseItem[],
  systems: readonly LooseItem[],
  backups: readonly LooseItem[],
): RestartPlan {
  return labelRestart(restartStructure(services, systems, backups), services, systems);
}

/** The costly part of `planRestart`: reads only `RESTART_STRUCTURE_FIELDS`. */
export function restartStructure(
  services: readonly LooseItem[],
  systems: readonly LooseItem[],
  backups: readonly LooseItem[],
): RestartStructure {
  const n = systems.length;
  const positionOf = new Map(systems.map((system, i) => [system.id, i]));
  const objectives = inheritObjectives(services, systems);
  const inherited = systems.map((system) => objectives.get(system.id)!);
  const edges = systems.map((system) => [
    ...new Set(idsOf(system.dependsOn).flatMap((id) => (positionOf.has(id) ? [positionOf.get(id)!] : []))),
  ]);

  const derivedTier = new Int8Array(n);
  const tier = new Int8Array(n);
  const overridden = new Uint8Array(n);
  const rto = new Float64Array(n);
  systems.forEach((system, i) => {
    derivedTier[i] = tierForRto(inherited[i]!.rto);
    const override = overrideTier(system.tierOverride);
    tier[i] = override ?? derivedTier[i]!;
    overridden[i] = override !== null ? 1 : 0;
    rto[i] = inherited[i]!.rto ?? Infinity;
  });

  const loops = findCycles(edges).map((component) => loopThrough(component, edges));

  // Urgency once, as one number per system: lower tier, then tighter RTO, then inventory order.
  const byUrgency = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => tier[a]! - tier[b]! || rto[a]! - rto[b]! || a - b,
  );
  const urgency = new Int32Array(n);
  byUrgency.forEach((i, rank) => (urgency[i] = rank));

  // Kahn's algorithm: `waiting` counts the dependencies not yet placed; the most urgent ready
  // system goes next (a binary heap keeps this fast for inventories of thousands of rows).
  const dependents: number[][] = systems.map(() => []);
  const waiting = new Int32Array(n);
  edges.forEach((deps, i) => {
    waiting[i] = deps.length;
    for (const dep of deps) dependents[dep]!.push(i);
  });
  const heap = new MinHeap();
  for (let i = 0; i < n; i++) if (waiting[i] === 0) heap.push(urgency[i]!);
  const placed = new Uint8Array(n);
  const sequence: number[] = [];
  let cursor = 0;
  while (sequence.length < n) {
    let next = -1;
    while (heap.size > 0 && next === -1) {
      const candidate = byUrgency[heap.pop()]!;
      if (!placed[candidate]) next = candidate;
    }
    // Only a cycle leaves nothing ready: restart its most urgent system first.
    if (next === -1) {
      while (placed[byUrgency[cursor]!]) cursor++;
      next = byUrgency[cursor]!;
    }
    placed[next] = 1;
    sequence.push(next);
    for (const dependent of dependents[next]!) {
      waiting[dependent]!--;
      if (waiting[dependent] === 0 && !placed[dependent]) heap.push(urgency[dependent]!);
    }
  }

  const testedRestore = new Map<string, number>();
  for (const backup of backups) {
    const hours = hoursOf(backup.restoreTestDurationHours);
    if (hours === null) continue;
    for (const id of idsOf(backup.systems)) testedRestore.set(id, Math.max(testedRestore.get(id) ?? 0, hours));
  }

  // NaN: not back yet (only possible for a dependency inside a cycle, later in the order).
  const readyAt = new Float64Array(n).fill(NaN);
  const restoreHours = new Float64Array(n);
  const fromRestoreTest = new Uint8Array(n);
  const startHour = new Float64Array(n);
  for (const i of sequence) {
    const tested = testedRestore.get(systems[i]!.id);
    restoreHours[i] = tested ?? DEFAULT_RESTORE_HOURS[tier[i] as Tier];
    fromRestoreTest[i] = tested === undefined ? 0 : 1;
    // A dependency later in the order (only possible inside a cycle) does not hold this one up.
    let start = 0;
    for (const dep of edges[i]!) if (!Number.isNaN(readyAt[dep]!)) start = Math.max(start, readyAt[dep]!);
    startHour[i] = start;
    readyAt[i] = start + restoreHours[i]!;
  }

  // The systems each service needs, gathered in one pass (not a scan of every system per service).
  const neededBy = new Map<string, number[]>();
  inherited.forEach((o, i) => {
    for (const serviceId of o.services)
      (neededBy.get(serviceId) ?? neededBy.set(serviceId, []).get(serviceId)!).push(i);
  });
  const serviceReadyHour = new Map<string, number>();
  for (const service of services) {
    const needed = neededBy.get(service.id) ?? [];
    if (needed.length === 0) continue;
    serviceReadyHour.set(service.id, Math.max(...needed.map((i) => (Number.isNaN(readyAt[i]!) ? 0 : readyAt[i]!))));
  }

  return {
    inherited,
    edges,
    derivedTier,
    tier,
    overridden,
    loops,
    sequence,
    restoreHours,
    fromRestoreTest,
    startHour,
    serviceReadyHour,
  };
}

/**
 * Puts the names on a restart structure and words its warnings; cheap (one pass), so an edit of
 * a name or an override's reason only needs this.
 */
export function labelRestart(
  structure: RestartStructure,
  services: readonly LooseItem[],
  systems: readonly LooseItem[],
): RestartPlan {
  const {
    inherited,
    edges,
    derivedTier,
    tier,
    overridden,
    loops,
    sequence,
    restoreHours,
    fromRestoreTest,
    startHour,
    serviceReadyHour,
  } = structure;
  const names = systems.map((system) => nameOf(system));
  const warnings: PlanWarning[] = loops.map((loop) => ({
    code: 'dependency-cycle',
    params: { cycle: loop.map((i) => names[i] || '?').join(' → ') },
    section: 'systems',
    itemId: systems[loop[0]!]!.id,
    field: 'dependsOn',
  }));

  const order: RestartEntry[] = sequence.map((i, place) => ({
    systemId: systems[i]!.id,
    name: names[i]!,
    position: place + 1,
    inherited: inherited[i]!,
    derivedTier: derivedTier[i] as Tier,
    tier: tier[i] as Tier,
    overridden: overridden[i] === 1,
    restoreHours: restoreHours[i]!,
    estimateSource: fromRestoreTest[i] ? 'restore-test' : 'default',
    startHour: startHour[i]!,
    readyHour: startHour[i]! + restoreHours[i]!,
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

  const readyAt = (i: number) => startHour[i]! + restoreHours[i]!;
  const positionOf = new Map(systems.map((system, i) => [system.id, i]));
  for (const service of services) {
    const ready = serviceReadyHour.get(service.id);
    if (ready === undefined) continue;
    const serviceRto = hoursOf(service.rtoHours);
    if (serviceRto === null || ready <= serviceRto) continue;
    const late = lateSystem(service, ready);
    if (late === null) continue;
    // Recovery is shortened where it takes longest, so the finding leads to that system.
    warnings.push({
      code: 'rto-not-met',
      params: { service: nameOf(service), rto: serviceRto, ready, system: names[late]!, hours: restoreHours[late]! },
      section: 'systems',
      itemId: systems[late]!.id,
      field: 'redundancy',
    });
  }

  /**
   * The system that makes a service late: of the systems on the path that ends last (the last one
   * back, then what held it up, and so on), the one whose own recovery takes longest.
   */
  function lateSystem(service: LooseItem, ready: number): number | null {
    const last = idsOf(service.systems)
      .flatMap((id) => (positionOf.has(id) ? [positionOf.get(id)!] : []))
      .concat(sequence.filter((i) => inherited[i]!.services.includes(service.id)))
      .find((i) => readyAt(i) === ready);
    if (last === undefined) return null;
    let at: number = last;
    let longest = at;
    for (let guard = 0; startHour[at]! > 0 && guard < systems.length; guard++) {
      const start = startHour[at]!;
      const holder: number | undefined = edges[at]!.find((dep) => readyAt(dep) === start);
      if (holder === undefined) break;
      at = holder;
      if (restoreHours[at]! > restoreHours[longest]!) longest = at;
    }
    return longest;
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
