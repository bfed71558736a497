import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../src/domain/health';
import { servicesInventoryRules } from '../../src/domain/rules/servicesInventoryHealth';
import { inheritObjectives } from '../../src/domain/rules/restartObjectives';
import { checkVersionLevels, criticalVersionedSystems } from '../../src/domain/rules/versionLevels';
import type { LooseItem } from '../builders/looseItem';

const services: LooseItem[] = [
  { id: 'counter', name: 'Counter', rtoHours: 4, systems: ['firewall', 'civil'] },
  { id: 'archive', name: 'Archive', rtoHours: 72, systems: ['nas'] },
];
const systems = (patch: Record<string, Partial<LooseItem>> = {}): LooseItem[] =>
  [
    { id: 'firewall', name: 'Firewall', type: 'network', dependsOn: [] },
    { id: 'civil', name: 'Civil registry', type: 'saas', dependsOn: [] },
    { id: 'nas', name: 'NAS', type: 'server-cloud', dependsOn: [] },
    { id: 'printer', name: 'Printer', type: 'printer', dependsOn: [] },
  ].map((system) => ({ ...system, ...patch[system.id] }));

const check = (list: LooseItem[]) => checkVersionLevels(list, inheritObjectives(services, list));

describe('version levels of critical systems', () => {
  it('flags a time-critical system that does not say which version it runs, at its version field', () => {
    expect(check(systems())).toEqual([
      {
        code: 'critical-system-without-version',
        params: { system: 'Firewall', rto: 4 },
        section: 'systems',
        itemId: 'firewall',
        field: 'versionLevel',
      },
    ]);
  });

  it('is satisfied once the version level is written down', () => {
    expect(check(systems({ firewall: { versionLevel: 'FortiOS 7.4.8' } }))).toEqual([]);
  });

  it('treats a version of only spaces as missing', () => {
    expect(check(systems({ firewall: { versionLevel: '   ' } })).map((w) => w.itemId)).toEqual(['firewall']);
  });

  it('does not ask it of a system whose services allow more than a day, nor of one no service needs', () => {
    const found = check(systems()).map((warning) => warning.itemId);
    expect(found).not.toContain('nas');
    expect(found).not.toContain('printer');
  });

  it('does not ask it of a SaaS application, whose supplier keeps it up to date', () => {
    const list = systems();
    expect(criticalVersionedSystems(list, inheritObjectives(services, list)).map(({ system }) => system.id)).toEqual([
      'firewall',
    ]);
  });

  it('is a low finding on the inventory step of the plan health', () => {
    const plan = { services, systems: systems(), backups: [], suppliers: [] };
    const finding = collectWarnings(plan, { today: '2026-12-06' }, servicesInventoryRules).find(
      (warning) => warning.code === 'critical-system-without-version',
    );
    expect(finding).toMatchObject({ severity: 'low', step: 'inventory', itemId: 'firewall', field: 'versionLevel' });
  });
});
