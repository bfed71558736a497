import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../src/domain/health';
import type { PlanSnapshot } from '../../src/domain/healthTypes';

const today = { today: '2026-11-23' };
const rulesFor = (plan: PlanSnapshot) => collectWarnings(plan, today);

/** A backup that meets the policy: two places, an authoriser, a written procedure. */
const goodBackup = {
  id: 'bk',
  name: 'Back-up Microsoft 365',
  locations: ['cloud', 'offline'],
  restoreAuthorisedBy: 'person-eline',
  restoreProcedure: 'Noodmap, tabblad 3',
};

describe('the backup policy checks', () => {
  it('ask for every version in at least two places, even when the one place is in the cloud', () => {
    const warnings = rulesFor({ backups: [{ ...goodBackup, locations: ['cloud'] }] }).filter(
      (w) => w.code === 'backup-single-location',
    );
    expect(warnings).toEqual([
      expect.objectContaining({
        severity: 'medium',
        step: 'backups',
        section: 'backups',
        itemId: 'bk',
        field: 'locations',
        params: { backup: 'Back-up Microsoft 365' },
      }),
    ]);
  });

  it('leave a backup kept only on site to the sharper off-site finding', () => {
    const rules = rulesFor({ backups: [{ ...goodBackup, locations: ['on-site'] }] }).map((w) => w.code);
    expect(rules).toContain('backup-no-offsite-copy');
    expect(rules).not.toContain('backup-single-location');
  });

  it('ask who may authorise a restore and where the restore procedure is written', () => {
    const rules = rulesFor({ backups: [{ ...goodBackup, restoreAuthorisedBy: '', restoreProcedure: '  ' }] }).map(
      (w) => w.code,
    );
    expect(rules).toEqual(expect.arrayContaining(['restore-without-authoriser', 'restore-without-procedure']));
  });

  it('find nothing to say about a backup that meets the policy', () => {
    const rules = rulesFor({ backups: [goodBackup] }).map((w) => w.code);
    expect(
      rules.filter((rule) =>
        ['backup-single-location', 'restore-without-authoriser', 'restore-without-procedure'].includes(rule),
      ),
    ).toEqual([]);
  });

  it('flag a password typed into an asset’s network and access details, but not addresses and host names', () => {
    const systems = [
      { id: 'fw', name: 'Firewall', accessDetails: 'Beheer op 10.10.0.1, wachtwoord: Beek2026!' },
      {
        id: 'mail',
        name: 'E-mail',
        accessDetails: 'MX naar Exchange Online; VPN via vpn.beekzande.be; beheer-VLAN 10.10.99.0/24',
      },
    ];
    const warnings = rulesFor({ systems }).filter((w) => w.code === 'access-details-look-like-password');
    expect(warnings).toEqual([
      expect.objectContaining({
        severity: 'high',
        step: 'inventory',
        itemId: 'fw',
        field: 'accessDetails',
        params: { system: 'Firewall' },
      }),
    ]);
  });
});
