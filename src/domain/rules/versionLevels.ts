import type { PlanItem } from '../section';
import type { SystemRecord, SystemType } from '../sections/systems';
import { CRITICAL_RTO_HOURS } from './backupChecks';
import type { SystemObjectives } from './restartObjectives';
import { type PlanWarning, nameOf, textOf } from './warnings';

/**
 * Kinds whose version the organisation does not choose: the supplier keeps a SaaS or cloud service
 * at its current level, so a rebuild never has to reach one.
 */
const VERSIONED_BY_SUPPLIER: ReadonlySet<SystemType> = new Set(['saas', 'cloud-service']);

export interface VersionedSystem {
  system: PlanItem<SystemRecord>;
  /** The tightest RTO of the services that need it, in hours. */
  rto: number;
}

/**
 * The time-critical systems (their services allow at most a day of outage) whose version or patch
 * level a rebuild has to reach, tightest RTO first: restored from an older image or reinstalled from
 * the supplier's current media, such a system comes back with holes that were closed, or does not
 * read the data of a newer version.
 */
export function criticalVersionedSystems(
  systems: readonly PlanItem<SystemRecord>[],
  objectives: Map<string, SystemObjectives>,
): VersionedSystem[] {
  return systems
    .flatMap((system) => {
      const rto = objectives.get(system.id)?.rto ?? null;
      if (rto === null || rto > CRITICAL_RTO_HOURS) return [];
      if (VERSIONED_BY_SUPPLIER.has(textOf(system.type) as SystemType)) return [];
      return [{ system, rto }];
    })
    .sort((a, b) => a.rto - b.rto);
}

/** A time-critical system that does not say which version level it runs (low). */
export function checkVersionLevels(
  systems: readonly PlanItem<SystemRecord>[],
  objectives: Map<string, SystemObjectives>,
): PlanWarning[] {
  return criticalVersionedSystems(systems, objectives)
    .filter(({ system }) => textOf(system.versionLevel).trim() === '')
    .map(({ system, rto }) => ({
      code: 'critical-system-without-version',
      params: { system: nameOf(system), rto },
      section: 'systems',
      itemId: system.id,
      field: 'versionLevel',
    }));
}
