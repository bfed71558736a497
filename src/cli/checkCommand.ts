import { readFileSync } from 'node:fs';
import { type PlanError, isPlanError } from '../domain/errors';
import { type FileReport, inspectPlanFile } from '../storage/inspect';
import { openPlanInMemory } from '../storage/planFile';

export interface CheckOutcome {
  lines: string[];
  /** Why the file is not a usable plan, or null when it is. */
  damage: string | null;
}

/**
 * `paraat check <file>`: the header facts, SQLite's integrity check, and the same structure check
 * `plan.open` makes (a table, index, trigger or view changed by hand is damage, listed). The
 * structure is checked on a copy in memory, migrated there if the format is older, so the file is
 * never written.
 */
export function checkCommand(file: string): CheckOutcome {
  let report: FileReport | undefined;
  let failure: PlanError | undefined;
  try {
    report = inspectPlanFile(file);
  } catch (error) {
    // Not a plan, another application's, newer, missing: said as it is. Other failures (a table
    // that is not there to count) may be explained by the structure check below.
    if (!isPlanError(error) || !['damaged', 'internal'].includes(error.code)) throw error;
    failure = error;
  }
  const lines = report
    ? [
        `file: ${report.path}`,
        `size: ${report.sizeBytes} bytes`,
        `format: ${report.formatVersion} (this Paraat reads up to ${report.supportedVersion})`,
        `integrity: ${report.integrity}`,
      ]
    : [];
  if (report && report.integrity !== 'ok') return { lines, damage: report.integrity };
  const structure = structureChanges(file);
  if (structure)
    return {
      lines: [...lines, `structure: changed outside Paraat`],
      damage: `its structure was changed outside Paraat (${structure})`,
    };
  if (failure || !report) throw failure;
  return {
    lines: [...lines, 'structure: as Paraat made it', `items: ${report.items}, recorded changes: ${report.changes}`],
    damage: null,
  };
}

/** What differs from the structure Paraat makes, or null when nothing does. */
function structureChanges(file: string): string | null {
  try {
    openPlanInMemory(readFileSync(file), file, 'file').close();
    return null;
  } catch (error) {
    // The same refusal as plan.open's; other damage (integrity) is reported by inspectPlanFile.
    if (isPlanError(error) && error.code === 'damaged' && error.message.includes('structure'))
      return String(error.params.detail ?? '');
    if (isPlanError(error) && error.code === 'damaged') return null;
    throw error;
  }
}
