import { describe, expect, it } from 'vitest';
import { stepStatus } from '../../src/domain/completeness';
import { STEPS } from '../../src/domain/plan';
import { readStored } from '../../src/domain/section';
import { organisationSection } from '../../src/domain/sections/organisation';
import type { StepDef } from '../../src/domain/steps';
import { contactsSection } from '../builders/listSection';
import { everyRequiredOrganisationField } from '../builders/organisation';

const organisationStep: StepDef = { id: 'organisation', sections: ['organisation'] };
const peopleStep: StepDef = { id: 'people', sections: ['contacts'] };

const organisation = (values: Record<string, unknown>) => readStored(organisationSection, values);
const contact = (values: Record<string, unknown>) => readStored(contactsSection, values);

describe('how far a step is (stepStatus)', () => {
  it('is empty when nothing has been entered', () => {
    expect(stepStatus(organisationStep, [{ section: organisationSection, records: [organisation({})] }])).toBe('empty');
  });

  it('is empty when only whitespace has been typed', () => {
    expect(
      stepStatus(organisationStep, [{ section: organisationSection, records: [organisation({ name: '   ' })] }]),
    ).toBe('empty');
  });

  it('is partial when some but not all required fields are filled', () => {
    const records = [organisation({ name: 'Gemeente Testdorp', kind: 'municipality-netherlands' })];
    expect(stepStatus(organisationStep, [{ section: organisationSection, records }])).toBe('partial');
  });

  it('is partial when only optional fields are filled', () => {
    const records = [organisation({ sector: 'Overheid', staffCount: 0 })];
    expect(stepStatus(organisationStep, [{ section: organisationSection, records }])).toBe('partial');
  });

  it('is complete when every required field is filled', () => {
    const records = [organisation(everyRequiredOrganisationField)];
    expect(stepStatus(organisationStep, [{ section: organisationSection, records }])).toBe('complete');
  });

  it('falls back to partial when a required field is cleared again', () => {
    const records = [organisation({ ...everyRequiredOrganisationField, planOwner: '' })];
    expect(stepStatus(organisationStep, [{ section: organisationSection, records }])).toBe('partial');
  });

  it('is derived for steps computed from other steps, whatever they hold', () => {
    const priorities = STEPS.find((step) => step.id === 'priorities')!;
    const health = STEPS.find((step) => step.id === 'health')!;
    expect(stepStatus(priorities, [])).toBe('derived');
    expect(
      stepStatus(health, [{ section: organisationSection, records: [organisation(everyRequiredOrganisationField)] }]),
    ).toBe('derived');
  });

  it('is empty for a step that has no sections yet', () => {
    expect(stepStatus({ id: 'suppliers', sections: [] }, [])).toBe('empty');
  });

  describe('for a list', () => {
    it('is empty with no items', () => {
      expect(stepStatus(peopleStep, [{ section: contactsSection, records: [] }])).toBe('empty');
    });

    it('is complete when every item has its required fields', () => {
      const records = [contact({ name: 'An' }), contact({ name: 'Bram', phone: '0470 00 00 00' })];
      expect(stepStatus(peopleStep, [{ section: contactsSection, records }])).toBe('complete');
    });

    it('is partial when one item misses a required field', () => {
      const records = [contact({ name: 'An' }), contact({ phone: '0470 00 00 00' })];
      expect(stepStatus(peopleStep, [{ section: contactsSection, records }])).toBe('partial');
    });
  });

  it('is partial when one of two sections of a step is still empty', () => {
    const step: StepDef = { id: 'organisation', sections: ['organisation', 'contacts'] };
    const contents = [
      { section: organisationSection, records: [organisation(everyRequiredOrganisationField)] },
      { section: contactsSection, records: [] },
    ];
    expect(stepStatus(step, contents)).toBe('partial');
  });
});
