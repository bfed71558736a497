import { AWAY_FROM_SITE } from '../sections/backups';
import { DATA_KINDS } from '../sections/systems';
import { monthsBefore } from './overdue';
import type { SystemItem, SystemObjectives } from './restartObjectives';
import type { BackupItem } from './restartOrder';
import { type PlanWarning, type WarningParams, hoursOf, idsOf, nameOf, textOf } from './warnings';

/** A system is critical when the services that need it allow at most this many hours of outage. */
export const CRITICAL_RTO_HOURS = 24;

/** How old the last restore test may be, in months. */
export const RESTORE_TEST_MAX_AGE_MONTHS = 12;

/** A backup of settings only (a firewall's configuration) is not held to the RPO of any data. */
function holdsBackedUpData(backup: BackupItem): boolean {
  const contents = idsOf(backup.contents);
  return contents.length === 0 || contents.includes('data');
}

function tightest(
  ids: string[],
  objectives: Map<string, SystemObjectives>,
  key: 'rto' | 'rpo',
): { value: number; systemId: string } | null {
  let best: { value: number; systemId: string } | null = null;
  for (const id of ids) {
    const value = objectives.get(id)?.[key] ?? null;
    if (value !== null && (best === null || value < best.value)) best = { value, systemId: id };
  }
  return best;
}

/**
 * Whether the backups can deliver what the services were promised: interval against RPO, a copy
 * away from the building, a restore test in the last year that is fast enough for the RTO, and a
 * backup for every critical system that holds data. `today` is `YYYY-MM-DD`.
 */
export function checkBackups(
  systems: readonly SystemItem[],
  backups: readonly BackupItem[],
  objectives: Map<string, SystemObjectives>,
  today: string,
): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const byId = new Map(systems.map((system) => [system.id, system]));
  const oldestAcceptedTest = monthsBefore(today, RESTORE_TEST_MAX_AGE_MONTHS);

  for (const backup of backups) {
    const backupName = nameOf(backup);
    const warn = (code: string, field: string, params: WarningParams = {}) =>
      warnings.push({ code, params: { backup: backupName, ...params }, section: 'backups', itemId: backup.id, field });
    const covered = idsOf(backup.systems).filter((id) => byId.has(id));
    /** `hours` (how often, how long) against the tightest objective among the systems covered, if it falls short. */
    const shortfall = (
      name: 'frequency' | 'duration',
      hours: number | null,
      objective: 'rpo' | 'rto',
    ): WarningParams | null => {
      const tight = tightest(covered, objectives, objective);
      if (hours === null || tight === null || hours <= tight.value) return null;
      return { [name]: hours, [objective]: tight.value, system: nameOf(byId.get(tight.systemId)) };
    };

    const intervalShortfall = holdsBackedUpData(backup)
      ? shortfall('frequency', hoursOf(backup.frequencyHours), 'rpo')
      : null;
    if (intervalShortfall) warn('backup-interval-exceeds-rpo', 'frequencyHours', intervalShortfall);

    if (!idsOf(backup.locations).some((location) => AWAY_FROM_SITE.has(location)))
      warn('backup-no-offsite-copy', 'locations');

    const lastTest = textOf(backup.lastRestoreTest);
    if (lastTest === '') warn('restore-never-tested', 'lastRestoreTest');
    else if (lastTest < oldestAcceptedTest)
      warn('restore-test-outdated', 'lastRestoreTest', { date: lastTest, months: RESTORE_TEST_MAX_AGE_MONTHS });

    const restoreShortfall = shortfall('duration', hoursOf(backup.restoreTestDurationHours), 'rto');
    if (restoreShortfall) warn('restore-slower-than-rto', 'restoreTestDurationHours', restoreShortfall);
  }

  const backedUp = new Set(backups.flatMap((backup) => idsOf(backup.systems)));
  for (const system of systems) {
    const rto = objectives.get(system.id)?.rto ?? null;
    if (rto === null || rto > CRITICAL_RTO_HOURS) continue;
    // Laptops, printers, phones and network lines are replaced or reinstalled, not restored, so
    // their lack of a backup is no finding.
    if (!DATA_KINDS.has(textOf(system.type)) || backedUp.has(system.id)) continue;
    warnings.push({
      code: 'critical-system-without-backup',
      params: { system: nameOf(system), rto },
      section: 'systems',
      itemId: system.id,
      field: 'name',
    });
  }
  return warnings;
}
