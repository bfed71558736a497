import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, defaultCountry, wordingRegion } from '../../src/domain/organisationKinds';
import { readStored } from '../../src/domain/section';
import { organisationSection } from '../../src/domain/sections/organisation';
import { peopleSection } from '../../src/domain/sections/people';
import { contactsCsv } from '../../src/export/contactsCsv';
import { exportTranslator } from '../../src/export/translator';

describe('the wording a plan is written in', () => {
  it('follows a municipality’s kind, whatever country is filled in', () => {
    for (const country of ['', 'belgium', 'netherlands', 'other']) {
      expect(wordingRegion('municipality-flanders', country)).toBe('flanders');
      expect(wordingRegion('municipality-netherlands', country)).toBe('netherlands');
    }
  });

  it('follows a company’s country, and stays neutral for another or no country', () => {
    expect(wordingRegion('company', 'belgium')).toBe('be');
    expect(wordingRegion('company', 'netherlands')).toBe('nl');
    expect(wordingRegion('company', 'other')).toBe('company');
    expect(wordingRegion('company', '')).toBe('company');
    expect(wordingRegion('company')).toBe('company');
    expect(wordingRegion('', 'netherlands')).toBe('nl');
  });

  it('starts a municipality in its own country and leaves a company’s open', () => {
    expect(defaultCountry('municipality-flanders')).toBe('belgium');
    expect(defaultCountry('municipality-netherlands')).toBe('netherlands');
    expect(defaultCountry('company')).toBe('');
    expect(ORGANISATION_KINDS.map(defaultCountry)).toHaveLength(3);
  });

  it('opens an organisation stored before the country existed, with no country', () => {
    expect(readStored(organisationSection, { name: 'Bakkerij Janssens', kind: 'company' })).toMatchObject({
      name: 'Bakkerij Janssens',
      country: '',
    });
  });
});

describe('Belgian and Netherlands words', () => {
  const mobile = (region: string) => exportTranslator('nl', region)('fields.people.mobilePhone.label');
  const dpa = (region: string) => exportTranslator('nl', region)('choices.supplierCategory.dpa');
  const cert = (region: string) => exportTranslator('nl', region)('choices.supplierCategory.cert');

  it('give a Dutch company and a Dutch municipality the Netherlands words for the whole country', () => {
    expect(mobile('nl')).toBe('Mobiel');
    expect(mobile('netherlands')).toBe('Mobiel');
    expect(mobile('be')).toBe('Gsm');
    expect(mobile('flanders')).toBe('Gsm');
  });

  it('name the national authority for a company but the municipal one for a municipality', () => {
    expect(dpa('be')).toBe('Gegevensbeschermingsautoriteit (GBA)');
    expect(dpa('flanders')).toBe('Vlaamse Toezichtcommissie (VTC)');
    expect(dpa('nl')).toBe('Autoriteit Persoonsgegevens (AP)');
    expect(dpa('netherlands')).toBe('Autoriteit Persoonsgegevens (AP)');
    expect(dpa('company')).toBe('Toezichthouder gegevensbescherming');
    expect(cert('be')).toContain('CCB');
    expect(cert('flanders')).toContain('CCB');
    expect(cert('nl')).toContain('NCSC');
    expect(cert('netherlands')).toContain('IBD');
  });

  it('call a department “afdeling” in every context, so “dienst” only means a service', () => {
    for (const context of ['flanders', 'netherlands', 'be', 'nl', 'company'])
      expect(exportTranslator('nl', context)('fields.departments.name.label')).toBe('Afdeling');
  });
});

describe('a company’s contacts as CSV', () => {
  const header = (country: string) =>
    contactsCsv(peopleSection, [], 'nl', 'company', false, country).split(/\r?\n/)[0]!;

  it('heads the mobile number the way the company’s country says it', () => {
    expect(header('netherlands')).toContain('Mobiel');
    expect(header('belgium')).toContain('Gsm');
    expect(header('belgium')).not.toContain('Mobiel');
  });
});
