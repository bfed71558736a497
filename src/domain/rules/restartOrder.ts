import type { PlanItem } from '../section';
import type { Backup } from '../sections/backups';
import type { Supplier } from '../sections/suppliers';
import { findCycles, loopThrough } from './dependencyCycles';
import { type RecoveryEstimate, ESTIMATE_FIELDS, recoveryEstimates } from './recoveryEstimates';
import { restartFindings } from './restartFindings';
import {
  type ServiceItem,
  type SystemItem,
  type SystemObjectives,
  type Tier,
  inheritObjectives,
  tierForRto,
} from './restartObjectives';
import { type Timeline, restartTimeline } from './restartTimeline';
import { type PlanWarning, idsOf, nameOf, textOf } from './warnings';

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
  /** The system's own recovery time and where it comes from (`recoveryEstimates`). */
  estimate: RecoveryEstimate;
  /** The system's own recovery time, in hours (`estimate.hours`). */
  restoreHours: number;
  /** When its recovery starts and when it is usable, in hours since the outage. */
  startHour: number;
  readyHour: number;
  /** What it waits for beyond its own recovery: the dependency last back, when that decides. */
  waitsFor: { systemId: string; name: string; readyHour: number } | null;
}

export interface RestartPlan {
  order: RestartEntry[];
  /** Hours after the outage at which all systems a service needs are back, per service id. */
  serviceReadyHour: Map<string, number>;
  warnings: PlanWarning[];
}

export type BackupItem = PlanItem<Backup>;
export type SupplierItem = PlanItem<Supplier>;

function overrideTier(value: unknown): Tier | null {
  const text = textOf(value);
  return text === '1' || text === '2' || text === '3' || text === '4' ? (Number(text) as Tier) : null;
}

/**
 * The fields of each list that the restart order's structure reads (`restartStructure`): the
 * order, tiers, timeline and which warnings arise. Names and the reason of a tier override only
 * label the result (`labelRestart`), so editing them cannot change the order. A test tracks the
 * reads of `restartStructure` and fails when it reads a field not listed here.
 */
export const RESTART_STRUCTURE_FIELDS = {
  services: ['id', 'systems', 'rtoHours', 'rpoHours'],
  systems: ['id', 'dependsOn', 'tierOverride', ...ESTIMATE_FIELDS.systems],
  backups: ESTIMATE_FIELDS.backups,
  suppliers: ESTIMATE_FIELDS.suppliers,
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
  estimates: RecoveryEstimate[];
  timeline: Timeline;
}

/**
 * The restart order: dependencies first (a topological order of `dependsOn`), and among the
 * systems whose dependencies are back, the lowest tier, then the tightest inherited RTO, then the
 * inventory's own order. A dependency cycle is reported and broken at its most urgent system, so
 * the order is always complete. Each system's recovery time is estimated by kind
 * (`recoveryEstimates`) and laid out on a timeline (`restartTimeline`).
 *
 * Systems are handled by their position in the inventory (arrays, not maps of ids): an inventory
 * of thousands of systems is ordered in a few milliseconds.
 */
export function planRestart(
  services: readonly ServiceItem[],
  systems: readonly SystemItem[],
  backups: readonly BackupItem[],
  suppliers: readonly SupplierItem[] = [],
): RestartPlan {
  return labelRestart(restartStructure(services, systems, backups, suppliers), services, systems);
}

/** The costly part of `planRestart`: reads only `RESTART_STRUCTURE_FIELDS`. */
export function restartStructure(
  services: readonly ServiceItem[],
  systems: readonly SystemItem[],
  backups: readonly BackupItem[],
  suppliers: readonly SupplierItem[] = [],
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
  const sequence = restartSequence(edges, tier, rto);
  const estimates = recoveryEstimates(systems, backups, suppliers);
  const timeline = restartTimeline(sequence, edges, estimates, inherited, services);
  return { inherited, edges, derivedTier, tier, overridden, loops, sequence, estimates, timeline };
}

/**
 * Positions in restart order: Kahn's algorithm over the dependencies, the most urgent ready system
 * next (lower tier, then tighter RTO, then inventory order); a cycle is broken at its most urgent
 * system. A binary heap keeps this fast for inventories of thousands of rows.
 */
function restartSequence(edges: readonly number[][], tier: Int8Array, rto: Float64Array): number[] {
  const n = edges.length;
  const byUrgency = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => tier[a]! - tier[b]! || rto[a]! - rto[b]! || a - b,
  );
  const urgency = new Int32Array(n);
  byUrgency.forEach((i, rank) => (urgency[i] = rank));

  // `waiting` counts the dependencies not yet placed.
  const dependents: number[][] = edges.map(() => []);
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
  return sequence;
}

/**
 * Puts the names on a restart structure and words its warnings; cheap (one pass), so an edit of
 * a name or an override's reason only needs this.
 */
export function labelRestart(
  structure: RestartStructure,
  services: readonly ServiceItem[],
  systems: readonly SystemItem[],
): RestartPlan {
  const { inherited, derivedTier, tier, overridden, sequence, estimates, timeline } = structure;
  const names = systems.map((system) => nameOf(system));
  const order: RestartEntry[] = sequence.map((i, place) => {
    const holder = timeline.heldUpBy[i]!;
    return {
      systemId: systems[i]!.id,
      name: names[i]!,
      position: place + 1,
      inherited: inherited[i]!,
      derivedTier: derivedTier[i] as Tier,
      tier: tier[i] as Tier,
      overridden: overridden[i] === 1,
      estimate: estimates[i]!,
      restoreHours: estimates[i]!.hours,
      startHour: timeline.startHour[i]!,
      readyHour: timeline.readyHour[i]!,
      waitsFor:
        holder === -1
          ? null
          : { systemId: systems[holder]!.id, name: names[holder]!, readyHour: timeline.readyHour[holder]! },
    };
  });
  return {
    order,
    serviceReadyHour: timeline.serviceReadyHour,
    warnings: restartFindings(structure, services, systems, names),
  };
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
