import { describe, expect, it } from 'vitest';
import { checkBackups } from '../../src/domain/rules/backupChecks';
import type { Backup } from '../../src/domain/sections/backups';
import { type SystemItem, inheritObjectives } from '../../src/domain/rules/restartObjectives';

const mail = { id: 'mail', name: 'E-mail', rtoHours: 4, rpoHours: 1, systems: ['exchange'] };
const services = [mail];
const systems: SystemItem[] = [
  { id: 'exchange', name: 'Exchange Online', type: 'email', dependsOn: ['signin'] },
  { id: 'signin', name: 'Microsoft 365 sign-in', type: 'cloud-service', dependsOn: ['firewall'] },
  { id: 'firewall', name: 'Firewall FortiGate', type: 'network', dependsOn: [] },
];

describe('the RPO of a service', () => {
  it('applies to the systems that hold its data, while every system it needs inherits its RTO', () => {
    const objectives = inheritObjectives(services, systems);
    expect(objectives.get('exchange')).toMatchObject({ rto: 4, rpo: 1 });
    expect(objectives.get('signin')).toMatchObject({ rto: 4, rpo: null });
    expect(objectives.get('firewall')).toMatchObject({ rto: 4, rpo: null });
  });

  it('does not apply to a firewall a service names directly: a firewall holds configuration', () => {
    const objectives = inheritObjectives([{ ...mail, systems: ['exchange', 'firewall'] }], systems);
    expect(objectives.get('firewall')).toMatchObject({ rto: 4, rpo: null });
    expect(objectives.get('exchange')).toMatchObject({ rpo: 1 });
  });

  it('does not hold a weekly configuration backup of the firewall to the mail RPO of one hour', () => {
    const objectives = inheritObjectives([{ ...mail, systems: ['exchange', 'firewall'] }], systems);
    const backup = (contents: Backup['contents']) => ({
      id: 'b1',
      name: 'Configuration firewall and switches',
      systems: ['firewall', 'exchange'],
      contents,
      frequencyHours: 168,
      locations: ['cloud', 'offline'] satisfies Backup['locations'],
      lastRestoreTest: '2026-10-01',
    });
    const codes = (contents: Backup['contents']) =>
      checkBackups(systems, [backup(contents)], objectives, '2026-12-06').map((finding) => finding.code);
    expect(codes(['configuration'])).not.toContain('backup-interval-exceeds-rpo');
    // The same backup holding the mailboxes' data is too slow for an RPO of one hour.
    expect(codes(['configuration', 'data'])).toContain('backup-interval-exceeds-rpo');
  });
});
