import { describe, expect, it } from 'vitest';
import { DEFAULT_RECOVERY_HOURS, SPARE_SWAP_HOURS, recoveryEstimates } from '../../src/domain/rules/recoveryEstimates';
import type { SystemItem } from '../../src/domain/rules/restartObjectives';
import { planRestart } from '../../src/domain/rules/restartOrder';

const suppliers = [
  { id: 'host', name: 'Hosting partner', slaRecoveryHours: 8 },
  { id: 'vague', name: 'Supplier without an SLA', slaRecoveryHours: null },
];
const backups = [
  { id: 'b1', systems: ['files-server'], restoreTestDurationHours: 2 },
  { id: 'b2', systems: ['files-server'], restoreTestDurationHours: 3 },
];
const estimateOf = (system: SystemItem) => recoveryEstimates([system], backups, suppliers)[0];

describe('recovery-time estimates by kind', () => {
  it('take the supplier’s SLA for a SaaS or cloud service, else a working day', () => {
    expect(estimateOf({ id: 'mail', type: 'email', vendor: 'host' })).toEqual({
      hours: 8,
      source: 'supplier-sla',
      way: 'supplier',
    });
    expect(estimateOf({ id: 'app', type: 'saas', vendor: 'vague' })).toEqual({
      hours: DEFAULT_RECOVERY_HOURS.supplier,
      source: 'default',
      way: 'supplier',
    });
    // Redundancy in house does not make the supplier restore its service faster.
    expect(estimateOf({ id: 'crm', type: 'cloud-service', vendor: 'host', redundancy: 'export weekly' })).toMatchObject(
      {
        source: 'supplier-sla',
      },
    );
  });

  it('take the longest tested restore for a server, else its supplier’s SLA, else the restore default', () => {
    expect(estimateOf({ id: 'files-server', type: 'server-cloud', vendor: 'host' })).toEqual({
      hours: 3,
      source: 'restore-test',
      way: 'backup',
    });
    expect(estimateOf({ id: 'accounting', type: 'software', vendor: 'host' })).toMatchObject({
      hours: 8,
      source: 'supplier-sla',
    });
    expect(estimateOf({ id: 'accounting', type: 'software' })).toMatchObject({
      hours: DEFAULT_RECOVERY_HOURS.backup,
      source: 'default',
    });
    // A system of no known kind is restored in house.
    expect(estimateOf({ id: 'thing' })).toMatchObject({ way: 'backup', source: 'default' });
  });

  it('take a short swap for equipment with a spare or redundancy, else its lead time, else next business day', () => {
    expect(estimateOf({ id: 'fw', type: 'network', redundancy: 'HA pair', replacementLeadTimeDays: 5 })).toEqual({
      hours: SPARE_SWAP_HOURS,
      source: 'spare',
      way: 'replacement',
    });
    expect(estimateOf({ id: 'laptops', type: 'laptop', replacementLeadTimeDays: 0 })).toMatchObject({
      source: 'spare',
    });
    expect(estimateOf({ id: 'printer', type: 'printer', replacementLeadTimeDays: 2 })).toEqual({
      hours: 48,
      source: 'lead-time',
      way: 'replacement',
    });
    expect(estimateOf({ id: 'phones', type: 'mobile' })).toMatchObject({
      hours: DEFAULT_RECOVERY_HOURS.replacement,
      source: 'default',
    });
  });

  it('let the coordinator’s own expected restore time override every default', () => {
    for (const type of ['saas', 'server-cloud', 'network'] as const)
      expect(
        estimateOf({ id: 'files-server', type, vendor: 'host', redundancy: 'yes', expectedRestoreHours: 0.5 }),
      ).toMatchObject({ hours: 0.5, source: 'own-estimate' });
  });
});

describe('a timeline where only real dependencies chain', () => {
  const service = (id: string, rtoHours: number, systems: string[]) => ({
    id,
    name: id,
    rtoHours,
    rpoHours: 4,
    systems,
  });

  it('recovers independent cloud services at the same time instead of one after the other', () => {
    const plan = planRestart(
      [service('office', 10, ['mail', 'files', 'crm'])],
      [
        { id: 'mail', name: 'Mail', type: 'email' },
        { id: 'files', name: 'Files', type: 'cloud-service' },
        { id: 'crm', name: 'CRM', type: 'saas' },
      ],
      [],
    );
    expect(plan.order.map((e) => [e.systemId, e.startHour, e.readyHour])).toEqual([
      ['mail', 0, 8],
      ['files', 0, 8],
      ['crm', 0, 8],
    ]);
    expect(plan.serviceReadyHour.get('office')).toBe(8);
    expect(plan.warnings).toEqual([]);
  });

  it('lets a supplier restore its service while the network is replaced, usable once both are back', () => {
    const plan = planRestart(
      [service('mail', 8, ['mail'])],
      [
        { id: 'fw', name: 'Firewall', type: 'network', replacementLeadTimeDays: 1 },
        { id: 'mail', name: 'Mail', type: 'saas', vendor: 'host', dependsOn: ['fw'] },
      ],
      [],
      suppliers,
    );
    const mail = plan.order.find((e) => e.systemId === 'mail')!;
    expect(mail).toMatchObject({ startHour: 0, restoreHours: 8, readyHour: 24, waitsFor: { systemId: 'fw' } });
    // The firewall's lead time alone is longer than the RTO: its own finding says so, not this one twice.
    expect(plan.warnings).toEqual([]);
  });

  it('chains a restore from backup after the server it runs on, and names the chain’s longest part', () => {
    const plan = planRestart(
      [service('finance', 6, ['accounting'])],
      [
        { id: 'hyper', name: 'Host server', type: 'server-cloud', expectedRestoreHours: 4 },
        { id: 'accounting', name: 'Accounting', type: 'software', dependsOn: ['hyper'], expectedRestoreHours: 3 },
      ],
      [],
    );
    expect(plan.order.map((e) => [e.systemId, e.startHour, e.readyHour])).toEqual([
      ['hyper', 0, 4],
      ['accounting', 4, 7],
    ]);
    expect(plan.warnings).toEqual([
      {
        code: 'rto-not-met',
        params: { service: 'finance', rto: 6, ready: 7, system: 'Host server', hours: 4 },
        section: 'systems',
        itemId: 'hyper',
        field: 'expectedRestoreHours',
      },
    ]);
  });
});
