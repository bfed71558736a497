import { checkBackups } from '../../../domain/rules/backupChecks';
import type { ContinuityAnalysis, ContinuityInput } from '../../../domain/rules/continuity';
import { checkServices, checkSystems } from '../../../domain/rules/inventoryChecks';
import type { SystemItem, SystemObjectives } from '../../../domain/rules/restartObjectives';
import {
  RESTART_STRUCTURE_FIELDS,
  type RestartStructure,
  labelRestart,
  restartStructure,
} from '../../../domain/rules/restartOrder';
import type { PlanWarning } from '../../../domain/rules/warnings';

/** The fields of a system the backup checks read (a test tracks them); the backups are read whole. */
export const BACKUP_CHECK_SYSTEM_FIELDS = ['id', 'type', 'name'] as const;

interface Kept {
  input: ContinuityInput;
  structure: RestartStructure;
  objectives: Map<string, SystemObjectives>;
  serviceWarnings: PlanWarning[];
  backupWarnings: PlanWarning[];
}

/**
 * `analyseContinuity`, for a renderer that calls it after every keystroke. Each part is worked out
 * again only when something it reads changed: the restart order's structure (the costly part:
 * tens of milliseconds at thousands of systems) when a field of `RESTART_STRUCTURE_FIELDS`
 * changed, so a name, a note or a location only relabels it; a system's own checks when that
 * system changed; the backup checks when the backups, the structure or a system's name or kind
 * changed. The result equals `analyseContinuity`'s (a test compares them edit by edit).
 */
export function createContinuityAnalyser(structureOf: typeof restartStructure = restartStructure) {
  let last: Kept | null = null;
  const systemWarnings = new WeakMap<SystemItem, PlanWarning[]>();
  const warningsOf = (system: SystemItem) =>
    systemWarnings.get(system) ?? systemWarnings.set(system, checkSystems([system])).get(system)!;

  return (input: ContinuityInput): ContinuityAnalysis => {
    const { services, systems, backups, suppliers = [], today } = input;
    const before = last?.input;
    const sameStructure =
      last !== null &&
      sameFields(before!.services, services, RESTART_STRUCTURE_FIELDS.services) &&
      sameFields(before!.systems, systems, RESTART_STRUCTURE_FIELDS.systems) &&
      sameFields(before!.backups, backups, RESTART_STRUCTURE_FIELDS.backups) &&
      sameFields(before!.suppliers ?? [], suppliers, RESTART_STRUCTURE_FIELDS.suppliers);
    const structure = sameStructure ? last!.structure : structureOf(services, systems, backups, suppliers);
    const restart = labelRestart(structure, services, systems);
    const objectives = sameStructure
      ? last!.objectives
      : new Map(restart.order.map((entry) => [entry.systemId, entry.inherited]));
    const serviceWarnings =
      last !== null && before!.services === services ? last.serviceWarnings : checkServices(services);
    const sameForBackups =
      sameStructure &&
      before!.backups === backups &&
      before!.today === today &&
      sameFields(before!.systems, systems, BACKUP_CHECK_SYSTEM_FIELDS);
    const backupWarnings = sameForBackups ? last!.backupWarnings : checkBackups(systems, backups, objectives, today);
    // The lists kept are the newest, so the next comparison mostly meets the same objects.
    last = {
      input: { services, systems, backups, suppliers, today },
      structure,
      objectives,
      serviceWarnings,
      backupWarnings,
    };
    return {
      restart,
      warnings: [...serviceWarnings, ...restart.warnings, ...systems.flatMap(warningsOf), ...backupWarnings],
    };
  };
}

/** Whether two lists hold the same items in the same places as far as `fields` go. */
function sameFields<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  fields: readonly (keyof T)[],
): boolean {
  if (before === after) return true;
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a !== b && !fields.every((field) => sameValue(a[field], b[field]))) return false;
  }
  return true;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
