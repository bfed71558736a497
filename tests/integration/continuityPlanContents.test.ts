import { describe, expect, it } from 'vitest';
import { findSection } from '../../src/domain/plan';
import { defaultRoles } from '../../src/domain/templates/roles';
import { exportTranslator } from '../../src/export/translator';
import { readStored } from '../../src/domain/section';
import { planDocumentModel } from '../../src/export/exportPlan';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';

/**
 * What the domain brief says an IT continuity plan must hold, checked where a reader meets it: in
 * the example plan's document model (what the Word export prints), and in a plan file written
 * before the field existed.
 */
const exportedText = (language: 'nl' | 'en') =>
  JSON.stringify(planDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, language), { language, includePrivate: false }));

function storedWithout(sectionKey: string, record: Record<string, unknown>, field: string): Record<string, unknown> {
  const section = findSection(sectionKey)!;
  expect(section.fields.map((f) => f.name)).toContain(field);
  return readStored(section, record);
}

describe('the inventory', () => {
  it('keeps IP addresses, VPN and mail settings per asset, and the export prints them', () => {
    const nl = exportedText('nl');
    expect(nl).toContain('Netwerk en toegang');
    expect(nl).toContain('vpn.beekzande.be');
    const en = exportedText('en');
    expect(en).toContain('Network and access');
    expect(en).toContain('MX record points to Exchange Online');
  });

  it('says who uses an asset or where its user list is kept', () => {
    expect(exportedText('nl')).toContain('Microsoft 365-beheercentrum, met een maandelijkse export in de noodmap');
    expect(exportedText('en')).toContain('Users');
    expect(storedWithout('systems', { name: 'Civitas' }, 'users')).toMatchObject({ users: '' });
  });

  it('opens an asset stored before it had network and access details, with them empty', () => {
    expect(storedWithout('systems', { name: 'Firewall', type: 'network' }, 'accessDetails')).toMatchObject({
      name: 'Firewall',
      accessDetails: '',
    });
  });
});

describe('the backup policy', () => {
  it('says per backup how a restore is done and where backups and restores are logged, in the export too', () => {
    const nl = exportedText('nl');
    expect(nl).toContain('Herstelprocedure');
    expect(nl).toContain('Logboek van back-ups en terugzettingen');
    expect(exportedText('en')).toContain('Log of backups and restores');
  });

  it('opens a backup stored before it had a restore procedure and log, with both empty', () => {
    expect(storedWithout('backups', { name: 'NAS' }, 'restoreProcedure')).toMatchObject({
      restoreProcedure: '',
      logLocation: '',
    });
  });
});

describe('the people and the plan’s framing', () => {
  it('print a second contact per department and the plan’s assumptions', () => {
    const nl = exportedText('nl');
    expect(nl).toContain('Tweede contactpersoon');
    expect(nl).toContain('Uitgangspunten');
    expect(nl).toContain('algemeen nood- en interventieplan');
    expect(exportedText('en')).toContain('Second contact person');
  });

  it('link each department to the services it relies on, as the recovery plan per department', () => {
    const plan = loadExamplePlan(EXAMPLES_DIRECTORY, 'nl');
    const departments = plan.sections.departments as Record<string, unknown>[];
    expect(
      departments.every((department) => Array.isArray(department.services) && department.services.length > 0),
    ).toBe(true);
    expect(exportedText('nl')).toContain('Processen waarop deze afdeling steunt');
    expect(storedWithout('departments', { name: 'Burgerzaken' }, 'services')).toMatchObject({ services: [] });
  });

  it('open a department and an organisation stored before these fields, with them empty', () => {
    expect(storedWithout('departments', { name: 'Burgerzaken', contact: 'person-an' }, 'deputy')).toMatchObject({
      contact: 'person-an',
      deputy: '',
    });
    expect(storedWithout('organisation', { name: 'Beekzande' }, 'assumptions')).toMatchObject({
      name: 'Beekzande',
      assumptions: '',
    });
  });
});

describe('Flemish and Netherlands wording', () => {
  it('names the data protection supervisor a local government reports breaches to', () => {
    expect(exportTranslator('nl', 'flanders')('choices.audience.dpa')).toBe('Vlaamse Toezichtcommissie (VTC)');
    expect(exportTranslator('nl', 'netherlands')('choices.audience.dpa')).toBe('Autoriteit Persoonsgegevens (AP)');
    expect(exportTranslator('nl', 'company')('choices.supplierCategory.dpa')).toBe(
      'Toezichthouder gegevensbescherming',
    );
    expect(exportTranslator('en', 'flanders')('choices.audience.dpa')).toBe('Flemish Supervisory Commission (VTC)');
  });

  it('has the Flemish example tell the VTC, not the federal authority, about a data breach', () => {
    const nl = exportedText('nl');
    expect(nl).toContain('Vlaamse Toezichtcommissie (VTC)');
    expect(nl).not.toContain('GBA');
    expect(nl).not.toContain('Gegevensbeschermingsautoriteit');
  });

  it('has the English example call the vast bureau by one name', () => {
    const en = exportedText('en');
    expect(en).toContain('executive board (vast bureau)');
    expect(en).not.toContain('standing committee');
  });

  it('starts a plan with the roles each kind of organisation knows', () => {
    const flemishDpo = defaultRoles('municipality-flanders', 'nl').find(
      (role) => role.id === 'role-information-security',
    );
    expect(flemishDpo?.duties).toContain('Vlaamse Toezichtcommissie');
    expect(defaultRoles('municipality-netherlands', 'nl').map((role) => role.name)).toContain(
      'Adviseur openbare orde en veiligheid (AOV) / crisiscoördinator',
    );
  });
});

describe('external contacts', () => {
  it('include the grid operator the power playbook tells the helpdesk to call, with its fault line', () => {
    const plan = loadExamplePlan(EXAMPLES_DIRECTORY, 'nl');
    const power = (plan.sections.scenarios as Record<string, unknown>[]).find(
      (scenario) => scenario.id === 'scenario-power',
    );
    expect(power?.suppliers).toEqual(['supplier-grid']);
    const nl = exportedText('nl');
    expect(nl).toContain('Kustnet (netbeheerder)');
    expect(nl).toContain('Netbeheerder of nutsbedrijf');
    expect(nl).toContain('0800 65 432');
  });
});
