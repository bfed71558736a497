import { type RecoveryEstimate, recoveryWaitsForDependencies } from './recoveryEstimates';
import type { ServiceItem, SystemObjectives } from './restartObjectives';

/** When each system is worked on and back, by position in the inventory, in hours since the outage. */
export interface Timeline {
  startHour: Float64Array;
  readyHour: Float64Array;
  /**
   * The dependency that holds a system up (it starts, or is usable, only once that one is back),
   * or -1 when its own recovery decides.
   */
  heldUpBy: Int32Array;
  /** Hours after the outage at which all systems a service needs are back, per service id. */
  serviceReadyHour: Map<string, number>;
}

/**
 * The restore timeline, assuming everything went down at once. Systems that do not depend on each
 * other recover at the same time. A restore from backup starts when what it needs is back; a
 * supplier's service or a replacement runs from the first hour, and the system is usable once it
 * and what it needs are back (see `recoveryWaitsForDependencies`). Only real dependencies chain.
 */
export function restartTimeline(
  sequence: readonly number[],
  edges: readonly number[][],
  estimates: readonly RecoveryEstimate[],
  inherited: readonly SystemObjectives[],
  services: readonly ServiceItem[],
): Timeline {
  const n = estimates.length;
  // NaN: not back yet (only possible for a dependency inside a cycle, later in the order).
  const readyHour = new Float64Array(n).fill(NaN);
  const startHour = new Float64Array(n);
  const heldUpBy = new Int32Array(n).fill(-1);
  for (const i of sequence) {
    // A dependency later in the order (only possible inside a cycle) does not hold this one up.
    let dependenciesBack = 0;
    let lastDependency = -1;
    for (const dep of edges[i]!)
      if (!Number.isNaN(readyHour[dep]!) && readyHour[dep]! > dependenciesBack) {
        dependenciesBack = readyHour[dep]!;
        lastDependency = dep;
      }
    const { hours, way } = estimates[i]!;
    if (recoveryWaitsForDependencies(way)) {
      startHour[i] = dependenciesBack;
      readyHour[i] = dependenciesBack + hours;
      heldUpBy[i] = lastDependency;
    } else {
      startHour[i] = 0;
      readyHour[i] = Math.max(hours, dependenciesBack);
      heldUpBy[i] = dependenciesBack > hours ? lastDependency : -1;
    }
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
    serviceReadyHour.set(service.id, Math.max(...needed.map((i) => (Number.isNaN(readyHour[i]!) ? 0 : readyHour[i]!))));
  }
  return { startHour, readyHour, heldUpBy, serviceReadyHour };
}

/**
 * The system that makes a service late: of the systems on the path that ends last (the last one
 * back, then what held it up, and so on), the one whose own recovery takes longest.
 */
export function lateSystem(
  needed: readonly number[],
  ready: number,
  timeline: Timeline,
  estimates: readonly RecoveryEstimate[],
): number | null {
  const last = needed.find((i) => timeline.readyHour[i] === ready);
  if (last === undefined) return null;
  let longest = last;
  const seen = new Set([last]);
  for (let at = timeline.heldUpBy[last]!; at !== -1 && !seen.has(at); at = timeline.heldUpBy[at]!) {
    seen.add(at);
    if (estimates[at]!.hours > estimates[longest]!.hours) longest = at;
  }
  return longest;
}
