import type { SystemType } from '../sections/systems';
import type { SystemObjectives } from './restartOrder';
import { type LooseItem, type PlanWarning, hoursOf, idsOf, nameOf, textOf } from './warnings';

/** A system is critical when the services that need it allow at most this many hours of outage. */
export const CRITICAL_RTO_HOURS = 24;

/** How old the last restore test may be, in months. */
export const RESTORE_TEST_MAX_AGE_MONTHS = 12;

/** Where a copy survives the loss of the building. */
const AWAY_FROM_SITE = new Set(['off-site', 'offline', 'cloud']);

/**
 * Kinds of system that hold data or configuration worth a backup. Laptops, printers, phones and
 * network lines are replaced or reinstalled, not restored, so their lack of a backup is no finding.
 */
const HOLDS_DATA: ReadonlySet<SystemType> = new Set(['server-cloud', 'saas', 'software', 'cloud-service', 'email']);

/** The date `months` months before `today` (both `YYYY-MM-DD`), clamped to the month's last day. */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

function tightest(ids: string[], objectives: Map<string, SystemObjectives>, key: 'rto' | 'rpo'): { value: number; systemId: string } | null {
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
  systems: readonly LooseItem[],
  backups: readonly LooseItem[],
  objectives: Map<string, SystemObjectives>,
  today: string,
): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const byId = new Map(systems.map((system) => [system.id, system]));
  const oldestAcceptedTest = monthsBefore(today, RESTORE_TEST_MAX_AGE_MONTHS);

  for (const backup of backups) {
    const backupName = nameOf(backup);
    const target = (field: string) => ({ section: 'backups', id: backup.id, field });
    const covered = idsOf(backup.systems).filter((id) => byId.has(id));

    const frequency = hoursOf(backup.frequencyHours);
    const rpo = tightest(covered, objectives, 'rpo');
    if (frequency !== null && rpo !== null && frequency > rpo.value) {
      warnings.push({
        code: 'backup-interval-exceeds-rpo',
        params: { backup: backupName, frequency, rpo: rpo.value, system: nameOf(byId.get(rpo.systemId)) },
        target: target('frequencyHours'),
      });
    }

    const locations = idsOf(backup.locations);
    if (!locations.some((location) => AWAY_FROM_SITE.has(location))) {
      warnings.push({ code: 'backup-no-offsite-copy', params: { backup: backupName }, target: target('locations') });
    }

    const lastTest = textOf(backup.lastRestoreTest);
    if (lastTest === '') {
      warnings.push({ code: 'restore-never-tested', params: { backup: backupName }, target: target('lastRestoreTest') });
    } else if (lastTest < oldestAcceptedTest) {
      warnings.push({ code: 'restore-test-outdated', params: { backup: backupName, date: lastTest, months: RESTORE_TEST_MAX_AGE_MONTHS }, target: target('lastRestoreTest') });
    }

    const duration = hoursOf(backup.restoreTestDurationHours);
    const rto = tightest(covered, objectives, 'rto');
    if (duration !== null && rto !== null && duration > rto.value) {
      warnings.push({
        code: 'restore-slower-than-rto',
        params: { backup: backupName, duration, rto: rto.value, system: nameOf(byId.get(rto.systemId)) },
        target: target('restoreTestDurationHours'),
      });
    }
  }

  const backedUp = new Set(backups.flatMap((backup) => idsOf(backup.systems)));
  for (const system of systems) {
    const rto = objectives.get(system.id)?.rto ?? null;
    if (rto === null || rto > CRITICAL_RTO_HOURS) continue;
    if (!HOLDS_DATA.has(textOf(system.type) as SystemType) || backedUp.has(system.id)) continue;
    warnings.push({ code: 'critical-system-without-backup', params: { system: nameOf(system), rto }, target: { section: 'systems', id: system.id, field: 'name' } });
  }
  return warnings;
}
