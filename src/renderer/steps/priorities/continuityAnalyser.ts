import { checkBackups } from '../../../domain/rules/backupChecks';
import type { ContinuityAnalysis, ContinuityInput } from '../../../domain/rules/continuity';
import { checkServices, checkSystems } from '../../../domain/rules/inventoryChecks';
import { RESTART_STRUCTURE_FIELDS, type RestartStructure, labelRestart, restartStructure } from '../../../domain/rules/restartOrder';
import type { LooseItem } from '../../../domain/rules/warnings';

type Lists = Pick<ContinuityInput, 'services' | 'systems' | 'backups'>;

/**
 * `analyseContinuity`, for a renderer that calls it after every keystroke: the restart order's
 * structure (the costly part: tens of milliseconds at thousands of systems) is worked out again
 * only when a field it reads changed (`RESTART_STRUCTURE_FIELDS`); a name, a note or a location
 * only relabels it. The result equals `analyseContinuity`'s (a test compares them edit by edit).
 */
export function createContinuityAnalyser(structureOf: typeof restartStructure = restartStructure) {
  let last: (Lists & { structure: RestartStructure }) | null = null;
  return ({ services, systems, backups, today }: ContinuityInput): ContinuityAnalysis => {
    const reusable =
      last !== null &&
      sameFields(last.services, services, RESTART_STRUCTURE_FIELDS.services) &&
      sameFields(last.systems, systems, RESTART_STRUCTURE_FIELDS.systems) &&
      sameFields(last.backups, backups, RESTART_STRUCTURE_FIELDS.backups);
    // The lists kept are the newest, so the next comparison mostly meets the same objects.
    last = { services, systems, backups, structure: reusable ? last!.structure : structureOf(services, systems, backups) };
    const restart = labelRestart(last.structure, services, systems);
    const objectives = new Map(restart.order.map((entry) => [entry.systemId, entry.inherited]));
    return {
      restart,
      warnings: [...checkServices(services), ...restart.warnings, ...checkSystems(systems), ...checkBackups(systems, backups, objectives, today)],
    };
  };
}

/** Whether two lists hold the same items in the same places as far as `fields` go. */
function sameFields(before: readonly LooseItem[], after: readonly LooseItem[], fields: readonly string[]): boolean {
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
