import { describe, expect, it } from 'vitest';
import { checkEmail, checkPhone } from '../../src/domain/rules/contactFormats';
import {
  distributionWarnings,
  isOlderThan,
  reviewIntervalMonths,
  roleWarnings,
  stepWarnings,
  supplierWarnings,
} from '../../src/domain/rules/peopleRules';
import { referencesTo, replaceReference } from '../../src/domain/rules/references';
import { defaultRoles } from '../../src/domain/templates/roles';
import { findSection } from '../../src/domain/plan';
import { validatePatch } from '../../src/domain/section';

const eline = { id: 'person-eline', name: 'Eline Vermeersch' };
const jan = { id: 'person-jan', name: 'Jan De Smet' };
const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code);

describe('roles and their deputies', () => {
  it('flags a role without a deputy, pointing at the deputy field', () => {
    const warnings = roleWarnings([{ id: 'r1', name: 'Helpdesk', main: eline.id, deputy: '' }]);
    expect(warnings).toEqual([
      { code: 'roleNoDeputy', section: 'roles', itemId: 'r1', field: 'deputy', params: { name: 'Helpdesk' } },
    ]);
  });

  it('flags a deputy who is the main contact as well', () => {
    expect(codes(roleWarnings([{ id: 'r1', name: 'CISO', main: eline.id, deputy: eline.id }]))).toEqual([
      'roleDeputyIsMain',
    ]);
  });

  it('says nothing about a role with two different people', () => {
    expect(roleWarnings([{ id: 'r1', name: 'CISO', main: eline.id, deputy: jan.id }])).toEqual([]);
  });

  it('flags a role with nobody at all once, and a role with only a deputy for its main contact', () => {
    expect(codes(roleWarnings([{ id: 'r1', name: 'CISO', main: '', deputy: '' }]))).toEqual(['roleNoPeople']);
    expect(codes(roleWarnings([{ id: 'r1', name: 'CISO', main: '', deputy: jan.id }]))).toEqual(['roleNoMain']);
  });
});

describe('last verified dates', () => {
  it('counts the review interval in months from the verification date', () => {
    expect(isOlderThan('2025-06-01', 12, '2026-06-01')).toBe(false);
    expect(isOlderThan('2025-06-01', 12, '2026-06-02')).toBe(true);
    expect(isOlderThan('', 12, '2026-06-02')).toBe(false);
  });

  it('uses the organisation review interval, or twelve months when none is set', () => {
    expect(reviewIntervalMonths({ reviewIntervalMonths: 6 })).toBe(6);
    expect(reviewIntervalMonths({ reviewIntervalMonths: null })).toBe(12);
    expect(reviewIntervalMonths(undefined)).toBe(12);
  });

  it('warns about a person checked longer ago than the interval', () => {
    const people = [
      { ...eline, lastVerified: '2026-01-10' },
      { ...jan, lastVerified: '2025-10-01' },
    ];
    const warnings = stepWarnings(
      'people',
      { organisation: { reviewIntervalMonths: 6 }, people, roles: [] },
      '2026-05-01',
    );
    expect(warnings.map((w) => [w.code, w.itemId])).toEqual([['contactStale', 'person-jan']]);
  });
});

describe('phone numbers', () => {
  it.each([
    '050 12 34 56',
    '0470 12 34 56',
    '+32 470 12 34 56',
    '+32 (0)50 12 34 56',
    '0032 50 12 34 56',
    '050/12.34.56',
    '06-12345678',
    '+31 6 12345678',
    '020 123 4567',
    '0800 12 345',
    '0800-1234',
    '112',
    '1813',
    '+44 20 7946 0000',
  ])('accepts %s', (number) => expect(checkPhone(number)).toBe('ok'));

  it.each(['0470 12 34', '+32 470 12 34 56 78', '+31 6 1234', 'call the office', '050 12 34 56 ext. 4', '4701234567'])(
    'flags %s as worth a second look',
    (number) => expect(checkPhone(number)).toBe('suspicious'),
  );

  it('calls an empty number empty, not suspicious', () => expect(checkPhone('  ')).toBe('empty'));
});

describe('e-mail addresses', () => {
  it.each(['eline.vermeersch@beekzande.be', 'it+plan@gemeente-beekzande.nl', 'jürgen@bäckerei.de'])(
    'accepts %s',
    (address) => expect(checkEmail(address)).toBe('ok'),
  );
  it.each([
    'eline.vermeersch@beekzande',
    'eline vermeersch@beekzande.be',
    'eline@@beekzande.be',
    'eline@beekzande,be',
    'eline@beekzande..be',
  ])('flags %s', (address) => expect(checkEmail(address)).toBe('suspicious'));

  it('reports a suspicious address on the person, and never refuses to store it', () => {
    const warnings = stepWarnings('people', { people: [{ ...eline, email: 'eline@beekzande' }] }, '2026-01-01');
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'emailSuspicious', itemId: 'person-eline', field: 'email' }),
    ]);
    expect(validatePatch(findSection('people')!, { email: 'eline@beekzande' }).ok).toBe(true);
  });
});

describe('private numbers', () => {
  it('warns when a private number is kept without the person having agreed', () => {
    const people = [{ ...eline, privatePhone: '0470 99 88 77', privateConsent: false }];
    expect(codes(stepWarnings('people', { people }, '2026-01-01'))).toEqual(['privatePhoneWithoutConsent']);
    expect(
      stepWarnings(
        'people',
        { people: [{ ...eline, privatePhone: '0470 99 88 77', privateConsent: true }] },
        '2026-01-01',
      ),
    ).toEqual([]);
  });

  it('marks the private number as private, so wide exports leave it out', () => {
    expect(findSection('people')!.fields.find((f) => f.name === 'privatePhone')?.private).toBe(true);
  });
});

describe('suppliers', () => {
  it('warns about a supplier with fewer than two contacts', () => {
    const one = { id: 's1', name: 'Netwerk NV', contact1Name: 'Helpdesk', contact1Phone: '050 11 22 33' };
    const two = { ...one, id: 's2', contact2Email: 'accountbeheer@netwerk.example' };
    expect(supplierWarnings([one, two], '2026-01-01')).toEqual([
      {
        code: 'supplierFewContacts',
        section: 'suppliers',
        itemId: 's1',
        field: 'contact2Name',
        params: { name: 'Netwerk NV', count: 1 },
      },
    ]);
  });

  it('warns about a contract that has ended', () => {
    const supplier = { id: 's1', name: 'Netwerk NV', contact1Name: 'a', contact2Name: 'b', contractEnd: '2025-12-31' };
    expect(codes(supplierWarnings([supplier], '2026-01-01'))).toEqual(['supplierContractEnded']);
  });
});

describe('distribution of copies', () => {
  const people = [eline, jan];

  it('warns when a holder has an older version than the current plan', () => {
    const entries = [
      { id: 'd1', holder: 'person-jan', versionHeld: '0.9' },
      { id: 'd2', holder: 'person-eline', versionHeld: '1.0' },
    ];
    expect(distributionWarnings(entries, '1.0', people)).toEqual([
      {
        code: 'copyOutdated',
        section: 'distribution',
        itemId: 'd1',
        field: 'versionHeld',
        params: { name: 'Jan De Smet', held: '0.9', current: '1.0' },
      },
    ]);
  });

  it('accepts a holder outside the directory by name, and asks which version they hold', () => {
    const warnings = distributionWarnings(
      [{ id: 'd1', holder: '', holderName: 'Schepen van ICT', versionHeld: '' }],
      '1.0',
      people,
    );
    expect(warnings.map((w) => [w.code, w.params.name])).toEqual([['copyVersionUnknown', 'Schepen van ICT']]);
  });
});

describe('where a person is used', () => {
  const plan = {
    people: [eline, jan],
    roles: [
      { id: 'r1', name: 'Helpdesk', main: 'person-eline', deputy: 'person-jan' },
      { id: 'r2', name: 'CISO', main: 'person-jan', deputy: '' },
    ],
    departments: [{ id: 'd1', name: 'Burgerzaken', contact: 'person-eline' }],
    distribution: [{ id: 'c1', holder: 'person-eline' }],
  };

  it('lists every role, department and copy that points at the person', () => {
    expect(referencesTo(plan, 'person-eline')).toEqual([
      { section: 'roles', itemId: 'r1', field: 'main', title: 'Helpdesk' },
      { section: 'departments', itemId: 'd1', field: 'contact', title: 'Burgerzaken' },
      { section: 'distribution', itemId: 'c1', field: 'holder', title: 'person-eline' },
    ]);
    expect(referencesTo(plan, 'person-jan').map((r) => `${r.itemId}.${r.field}`)).toEqual(['r1.deputy', 'r2.main']);
  });

  it('finds nothing for a person nobody points at', () => {
    expect(referencesTo(plan, 'person-nobody')).toEqual([]);
  });

  it('empties a single reference and drops the id from a list of references', () => {
    expect(replaceReference('person-eline', 'person-eline')).toBe('');
    expect(replaceReference(['person-eline', 'person-jan'], 'person-eline')).toEqual(['person-jan']);
    expect(replaceReference('person-jan', 'person-eline')).toBe('person-jan');
  });

  it("puts another person in the removed person's place, once", () => {
    expect(replaceReference('person-eline', 'person-eline', 'person-jan')).toBe('person-jan');
    expect(replaceReference(['person-eline', 'person-jan'], 'person-eline', 'person-jan')).toEqual(['person-jan']);
  });
});

describe('roles a new plan starts with', () => {
  it('are named the way a Flemish local government names them, in the plan language', () => {
    const names = defaultRoles('municipality-flanders', 'nl').map((r) => r.name);
    expect(names).toContain('Algemeen directeur');
    expect(names).toContain('Preventieadviseur / noodplanningsambtenaar');
    expect(defaultRoles('municipality-flanders', 'en').map((r) => r.name)).toContain('General director');
  });

  it('differ for a Dutch municipality and a company', () => {
    expect(defaultRoles('municipality-netherlands', 'nl').map((r) => r.name)).toContain('Gemeentesecretaris');
    // A company's country is not known when its plan is made: a title both Belgians and Dutch use.
    expect(defaultRoles('company', 'nl').map((r) => r.name)).toContain('Zaakvoerder of directeur');
  });

  it('are valid role items with unique ids and no people yet', () => {
    const roles = findSection('roles')!;
    for (const kind of ['municipality-flanders', 'municipality-netherlands', 'company'] as const) {
      const items = defaultRoles(kind, 'en');
      expect(new Set(items.map((r) => r.id)).size).toBe(items.length);
      for (const { id: _id, ...fields } of items) expect(validatePatch(roles, fields).ok).toBe(true);
    }
  });
});
