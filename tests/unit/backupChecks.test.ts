import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../src/domain/health';
import { checkBackups } from '../../src/domain/rules/backupChecks';
import { monthsBefore } from '../../src/domain/rules/overdue';
import { servicesInventoryRules } from '../../src/domain/rules/servicesInventoryHealth';
import { looksLikePassword, checkServices, checkSystems } from '../../src/domain/rules/inventoryChecks';
import { inheritObjectives } from '../../src/domain/rules/restartObjectives';
import type { LooseItem } from '../builders/looseItem';

const TODAY = '2026-11-23';
const services: LooseItem[] = [{ id: 'mail', name: 'E-mail', rtoHours: 8, rpoHours: 4, systems: ['email'] }];
const systems: LooseItem[] = [
  { id: 'email', name: 'Exchange Online', type: 'email', versionLevel: 'Outlook 2410', dependsOn: [] },
  { id: 'archive', name: 'Archive', type: 'server-cloud', dependsOn: [] },
];
const objectives = inheritObjectives(services, systems);

/** A backup that passes every check; each test spoils one thing. */
const goodBackup = (patch: Record<string, unknown> = {}): LooseItem => ({
  id: 'b1',
  name: 'Mail backup',
  systems: ['email'],
  frequencyHours: 4,
  locations: ['on-site', 'cloud'],
  lastRestoreTest: '2026-03-01',
  restoreTestDurationHours: 2,
  ...patch,
});
const codes = (backup: LooseItem) => checkBackups(systems, [backup], objectives, TODAY).map((w) => w.code);

describe('backup checks', () => {
  it('find nothing wrong with a frequent, off-site, recently and quickly tested backup', () => {
    expect(checkBackups(systems, [goodBackup()], objectives, TODAY)).toEqual([]);
  });

  it('flag a backup interval longer than the RPO of the systems it holds', () => {
    expect(checkBackups(systems, [goodBackup({ frequencyHours: 24 })], objectives, TODAY)).toEqual([
      {
        code: 'backup-interval-exceeds-rpo',
        params: { backup: 'Mail backup', frequency: 24, rpo: 4, system: 'Exchange Online' },
        section: 'backups',
        itemId: 'b1',
        field: 'frequencyHours',
      },
    ]);
  });

  it('flag a backup with no copy away from the building (off site, offline or in the cloud)', () => {
    expect(codes(goodBackup({ locations: ['on-site'] }))).toEqual(['backup-no-offsite-copy']);
    expect(codes(goodBackup({ locations: [] }))).toEqual(['backup-no-offsite-copy']);
    expect(codes(goodBackup({ locations: ['on-site', 'offline'] }))).toEqual([]);
    expect(codes(goodBackup({ locations: ['off-site'] }))).toEqual([]);
  });

  it('flag a restore that was never tested, or not in the last twelve months', () => {
    expect(codes(goodBackup({ lastRestoreTest: '' }))).toEqual(['restore-never-tested']);
    expect(codes(goodBackup({ lastRestoreTest: '2025-11-22' }))).toEqual(['restore-test-outdated']);
    expect(codes(goodBackup({ lastRestoreTest: '2025-11-23' }))).toEqual([]);
  });

  it('flag a tested restore slower than the RTO of the systems it holds', () => {
    const warnings = checkBackups(systems, [goodBackup({ restoreTestDurationHours: 10 })], objectives, TODAY);
    expect(warnings).toEqual([
      {
        code: 'restore-slower-than-rto',
        params: { backup: 'Mail backup', duration: 10, rto: 8, system: 'Exchange Online' },
        section: 'backups',
        itemId: 'b1',
        field: 'restoreTestDurationHours',
      },
    ]);
  });

  it('flag a critical system that holds data and has no backup at all', () => {
    expect(checkBackups(systems, [], objectives, TODAY)).toEqual([
      {
        code: 'critical-system-without-backup',
        params: { system: 'Exchange Online', rto: 8 },
        section: 'systems',
        itemId: 'email',
        field: 'name',
      },
    ]);
  });

  it('do not ask a backup of systems that are replaced rather than restored, or that no urgent service needs', () => {
    const hardware: LooseItem[] = [{ id: 'laptops', name: 'Laptops', type: 'laptop', dependsOn: [] }];
    const urgent = inheritObjectives(
      [{ id: 's', rtoHours: 2, rpoHours: 1, systems: ['laptops', 'archive'] }],
      [...hardware, systems[1]!],
    );
    expect(checkBackups(hardware, [], urgent, TODAY)).toEqual([]);
    const slow = inheritObjectives([{ id: 's', rtoHours: 72, rpoHours: 24, systems: ['archive'] }], systems);
    expect(checkBackups(systems, [], slow, TODAY).map((w) => w.params.system)).toEqual([]);
  });

  it('skip the RPO and RTO checks while the backup holds no system with objectives', () => {
    const warnings = checkBackups(
      systems,
      [goodBackup({ systems: ['archive'], frequencyHours: 500, restoreTestDurationHours: 500 })],
      objectives,
      TODAY,
    );
    expect(warnings.filter((w) => w.section === 'backups')).toEqual([]);
  });
});

describe('twelve months before a date', () => {
  it('counts calendar months and stays inside short months', () => {
    expect(monthsBefore('2026-11-23', 12)).toBe('2025-11-23');
    expect(monthsBefore('2024-02-29', 12)).toBe('2023-02-28');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
  });
});

describe('where credentials are kept', () => {
  it('accepts descriptions of places', () => {
    for (const place of [
      'Kluis bureau IT, envelop 3',
      'Bitwarden, collectie "Netwerk"',
      'KeePass-bestand op de USB-stick in de brandkast',
      'Password manager of Kempen ICT (ticket 2024-118)',
      '',
    ]) {
      expect(looksLikePassword(place), place).toBe(false);
    }
  });

  it('recognises values that look like a password', () => {
    for (const secret of [
      'wachtwoord: zomer2026',
      'admin / Beek2026!',
      'pw=hunter2',
      'P@ssw0rd123',
      'in de kluis, code 1234#abcd',
    ]) {
      expect(looksLikePassword(secret), secret).toBe(true);
    }
  });

  it('warn on the system whose credentials field holds one', () => {
    expect(checkSystems([{ id: 'fw', name: 'Firewall', credentialsLocation: 'admin / Beek2026!' }])).toEqual([
      {
        code: 'credentials-look-like-password',
        params: { system: 'Firewall' },
        section: 'systems',
        itemId: 'fw',
        field: 'credentialsLocation',
      },
    ]);
  });
});

describe('service checks', () => {
  it('flag an RTO longer than the maximum tolerable outage', () => {
    expect(checkServices([{ id: 's', name: 'Payroll', rtoHours: 96, mtpdHours: 72 }]).map((w) => w.code)).toEqual([
      'rto-exceeds-mtpd',
    ]);
    expect(checkServices([{ id: 's', name: 'Payroll', rtoHours: 48, mtpdHours: 72 }])).toEqual([]);
  });

  it('flag an RTO longer than the moment the rated impact becomes unacceptable', () => {
    const civil = {
      id: 'c',
      name: 'Civil registry',
      impact4h: 'high',
      impact1d: 'critical',
      impact3d: 'critical',
    } as const;
    expect(checkServices([{ ...civil, rtoHours: 48 }])).toEqual([
      {
        code: 'rto-beyond-unacceptable-impact',
        params: { service: 'Civil registry', rto: 48, hours: 24 },
        section: 'services',
        itemId: 'c',
        field: 'rtoHours',
      },
    ]);
    expect(checkServices([{ ...civil, rtoHours: 24 }])).toEqual([]);
    expect(checkServices([{ id: 'p', name: 'Payroll', impact1w: 'high', rtoHours: 500 }])).toEqual([]);
  });
});

describe('the plan health overview', () => {
  it('lists the backup findings on the backups step, the serious ones as serious', () => {
    const warnings = collectWarnings(
      { services, systems, backups: [goodBackup({ locations: ['on-site'], lastRestoreTest: '' })] },
      { today: TODAY },
      servicesInventoryRules,
    );
    expect(warnings.map((w) => [w.code, w.step, w.severity, w.section, w.itemId, w.field])).toEqual([
      ['backup-no-offsite-copy', 'backups', 'high', 'backups', 'b1', 'locations'],
      ['restore-never-tested', 'backups', 'medium', 'backups', 'b1', 'lastRestoreTest'],
    ]);
    expect(warnings[0]?.message).toBe('servicesInventory.warnings.codes.backup-no-offsite-copy');
  });
});
