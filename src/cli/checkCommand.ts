import { isPlanError } from '../domain/errors';
import { inspectPlanFile } from '../storage/inspect';

export interface CheckOutcome {
  lines: string[];
  /** Why the file is not a usable plan, or null when it is. */
  damage: string | null;
}

/**
 * `paraat check <file>`: the header facts, the same structure check `plan.open` makes (a table,
 * index, trigger or view changed by hand is damage, listed), and SQLite's integrity check. The
 * structure is read from the file's first page before SQLite runs anything, and the file is never
 * written, nor a journal beside it.
 */
export function checkCommand(file: string): CheckOutcome {
  let report;
  try {
    report = inspectPlanFile(file);
  } catch (error) {
    if (isPlanError(error) && error.code === 'damaged' && error.params.part === 'structure')
      return {
        lines: [`file: ${file}`, 'structure: changed outside Paraat'],
        damage: `its structure was changed outside Paraat (${String(error.params.detail ?? '')})`,
      };
    throw error;
  }
  const lines = [
    `file: ${report.path}`,
    `size: ${report.sizeBytes} bytes`,
    `format: ${report.formatVersion} (this Paraat reads up to ${report.supportedVersion})`,
    'structure: as Paraat made it',
    `integrity: ${report.integrity}`,
  ];
  if (report.integrity !== 'ok') return { lines, damage: report.integrity };
  return { lines: [...lines, `items: ${report.items}, recorded changes: ${report.changes}`], damage: null };
}
