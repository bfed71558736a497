import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_LANGUAGES } from '../../src/domain/organisationKinds';
import { analyseContinuity } from '../../src/domain/rules/continuity';
import type { LooseItem } from '../builders/looseItem';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';

type Sections = { services: LooseItem[]; systems: LooseItem[]; backups: LooseItem[]; suppliers: LooseItem[] };
const readFile = (language: string, area: string): Partial<Sections> =>
  (JSON.parse(readFileSync(join(EXAMPLES_DIRECTORY, language, `${area}.json`), 'utf8')) as { sections: Sections })
    .sections;
const readArea = (language: string): Sections =>
  ({ ...readFile(language, 'servicesInventory'), suppliers: readFile(language, 'peoplePlaces').suppliers }) as Sections;

/*
 * The example municipality by hand. Services (RTO/RPO in hours) and the systems they use:
 *   civil registry 8/1 → civil app, printers        social services 24/4 → social app, files
 *   payroll 72/24 → payroll app, files               website 48/24 → website
 *   e-mail 8/4 → e-mail, files, laptops              telephony 4/24 → telephony, smartphones
 *   finance 72/24 → accounting server                technical service 168/24 → smartphones, NAS, e-mail
 * Dependencies: firewall → internet + LAN; M365 → firewall; e-mail, files → M365; civil app →
 * firewall + laptops; social, payroll, accounting → firewall; telephony → firewall + LAN;
 * printers, NAS → LAN.
 * Inherited: internet, LAN, firewall 4/1 (telephony's RTO, civil's RPO) → tier 1; telephony and
 * smartphones 4/24 → tier 1; M365, e-mail, files 8/4, laptops, civil app, printers 8/1 → tier 2;
 * social 24/4 → tier 2; website 48 → tier 3; payroll, accounting 72 → tier 3; NAS 168 → tier 4,
 * overridden to tier 3 with a reason (still last: its RTO is the loosest).
 * The RPO goes only to systems a service names and that hold data: the network, firewall, sign-in,
 * laptops and smartphones inherit an RTO but no RPO.
 * Order: dependencies first, then tier, then RTO, then inventory order.
 * Timeline (estimates by kind): the internet line, LAN, firewall, laptops, telephony, printers and
 * smartphones have redundancy or a spare: 1 h each, side by side. M365, e-mail and files are the
 * ICT partner's cloud services: its SLA of 8 h, running while the firewall is swapped, so back at 8
 * (e-mail's RTO 8 met). The civil registry SaaS waits for its supplier's SLA of 24 h: later than
 * its RTO of 8, which the supplier finding says (no second rto-not-met for the same cause). Social,
 * payroll and website are SaaS without a supplier: the default of 8 h. The accounting server and
 * the NAS are restored from backup after the firewall or LAN (1 h): tested 6 h and 2 h, back at 7
 * and 3.
 * Backups: M365 every 24 h against an RPO of 4 (e-mail); accounting tested on 2025-06-20, more than
 * 12 months before 2026-11-23; the NAS copy stays in the building; the social app (RTO 24, SaaS)
 * is in no backup.
 */
describe.each(PLAN_LANGUAGES)('the %s example municipality', (language) => {
  const { services, systems, backups, suppliers } = readArea(language);
  const analysis = analyseContinuity({ services, systems, backups, suppliers, today: '2026-11-23' });

  it('restarts network and telephony first, then sign-in, mail, civil registry, and the rest by urgency', () => {
    expect(analysis.restart.order.map((e) => `${e.tier} ${e.systemId}`)).toEqual([
      '1 sys-internet',
      '1 sys-lan',
      '1 sys-firewall',
      '1 sys-telephony',
      '1 sys-mobiles',
      '2 sys-m365',
      '2 sys-laptops',
      '2 sys-email',
      '2 sys-files',
      '2 sys-civil',
      '2 sys-printers',
      '2 sys-social',
      '3 sys-website',
      '3 sys-payroll',
      '3 sys-finance',
      '3 sys-nas',
    ]);
  });

  it('inherits the RTO and RPO computed by hand', () => {
    const inherited = Object.fromEntries(
      analysis.restart.order.map((e) => [e.systemId, [e.inherited.rto, e.inherited.rpo]]),
    );
    expect(inherited).toMatchObject({
      'sys-internet': [4, null],
      'sys-firewall': [4, null],
      'sys-m365': [8, null],
      'sys-laptops': [8, null],
      'sys-mobiles': [4, null],
      'sys-social': [24, 4],
      'sys-nas': [168, 24],
    });
    const ready = Object.fromEntries(analysis.restart.order.map((e) => [e.systemId, e.readyHour]));
    expect(ready).toMatchObject({
      'sys-firewall': 1,
      'sys-telephony': 1,
      'sys-m365': 8,
      'sys-email': 8,
      'sys-files': 8,
      'sys-civil': 24,
      'sys-social': 8,
      'sys-finance': 7,
      'sys-nas': 3,
    });
    const sources = Object.fromEntries(analysis.restart.order.map((e) => [e.systemId, e.estimate.source]));
    expect(sources).toMatchObject({
      'sys-firewall': 'spare',
      'sys-m365': 'supplier-sla',
      'sys-civil': 'supplier-sla',
      'sys-social': 'default',
      'sys-finance': 'restore-test',
    });
    expect(analysis.restart.serviceReadyHour.get('svc-email')).toBe(8);
    expect(analysis.restart.serviceReadyHour.get('svc-phone')).toBe(1);
  });

  it('raises exactly the four backup findings, each pointing at the field to fix', () => {
    expect(analysis.warnings.map((w) => [w.code, w.section, w.itemId, w.field])).toEqual([
      ['backup-interval-exceeds-rpo', 'backups', 'bk-m365', 'frequencyHours'],
      ['restore-test-outdated', 'backups', 'bk-finance', 'lastRestoreTest'],
      ['backup-no-offsite-copy', 'backups', 'bk-nas', 'locations'],
      ['critical-system-without-backup', 'systems', 'sys-social', 'name'],
    ]);
    expect(analysis.warnings[0]?.params).toMatchObject({ frequency: 24, rpo: 4 });
  });
});
