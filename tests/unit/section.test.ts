import { describe, expect, it } from 'vitest';
import { MAX_TEXT } from '../../src/domain/fields';
import { isUntouched, readStored, validatePatch } from '../../src/domain/section';
import { organisationSection } from '../../src/domain/sections/organisation';
import { peopleSection } from '../../src/domain/sections/people';
import { systemsSection } from '../../src/domain/sections/systems';
import { contactsSection } from '../builders/listSection';

describe('checking what a form sends (validatePatch)', () => {
  it('accepts known fields with fitting values', () => {
    const result = validatePatch(organisationSection, {
      name: 'Gemeente Testdorp',
      staffCount: 12,
      approvedOn: '2026-01-31',
    });
    expect(result).toEqual({
      ok: true,
      value: { name: 'Gemeente Testdorp', staffCount: 12, approvedOn: '2026-01-31' },
    });
  });

  it('leaves fields that are not in the patch untouched instead of filling defaults', () => {
    const result = validatePatch(organisationSection, { sector: 'Zorg' });
    expect(result).toEqual({ ok: true, value: { sector: 'Zorg' } });
  });

  it('treats an empty patch as nothing to change', () => {
    expect(validatePatch(organisationSection, {})).toEqual({ ok: true, value: {} });
  });

  it('rejects a field the section does not have', () => {
    const result = validatePatch(organisationSection, { name: 'x', favouriteColour: 'blue' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(['favouriteColour: unknown field']);
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'rejects %s as an unknown field rather than crashing',
    (key) => {
      const result = validatePatch(organisationSection, JSON.parse(`{"${key}": "x"}`) as Record<string, unknown>);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems).toEqual([`${key}: unknown field`]);
    },
  );

  it.each([
    ['a number for a text', { name: 42 }],
    ['text for a number', { staffCount: '40' }],
    ['a fraction for a whole number', { staffCount: 2.5 }],
    ['a negative count', { siteCount: -1 }],
    ['a count above its maximum', { reviewIntervalMonths: 61 }],
    ['a choice that is not offered', { kind: 'province' }],
    ['a date in another notation', { approvedOn: '15/09/2026' }],
    ['an impossible date', { nextReviewDate: '2026-02-30' }],
    ['null for a text', { purpose: null }],
    ['text longer than the limit', { address: 'x'.repeat(MAX_TEXT + 1) }],
  ])('rejects %s', (_what, patch) => {
    const result = validatePatch(organisationSection, patch);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toHaveLength(1);
  });

  it('names every wrong field, not only the first', () => {
    const result = validatePatch(organisationSection, { name: 1, staffCount: 'many', nonsense: true });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((problem) => problem.split(':')[0])).toEqual(['name', 'staffCount', 'nonsense']);
    }
  });

  it('accepts clearing a field back to empty', () => {
    expect(validatePatch(organisationSection, { kind: '', staffCount: null, approvedOn: '' })).toEqual({
      ok: true,
      value: { kind: '', staffCount: null, approvedOn: '' },
    });
  });

  it('accepts text exactly at the limit', () => {
    expect(validatePatch(organisationSection, { address: 'x'.repeat(MAX_TEXT) }).ok).toBe(true);
  });

  it('checks list items with the same rules', () => {
    expect(validatePatch(contactsSection, { name: 'Piet', onCall: true }).ok).toBe(true);
    expect(validatePatch(contactsSection, { onCall: 'yes' }).ok).toBe(false);
    expect(validatePatch(contactsSection, { id: 'abc' }).ok).toBe(false);
  });
});

describe('reading what a plan file holds (readStored)', () => {
  it('fills every field, with defaults for what was never entered', () => {
    const record = readStored(organisationSection, { name: 'Testdorp' });
    expect(record.name).toBe('Testdorp');
    expect(record.kind).toBe('');
    expect(record.staffCount).toBeNull();
    expect(Object.keys(record)).toEqual(organisationSection.fields.map((f) => f.name));
  });

  it('falls back to the default for a stored value that no longer fits, keeping the rest', () => {
    const record = readStored(organisationSection, {
      name: 'Testdorp',
      staffCount: 'forty',
      kind: 'province',
      approvedOn: 'yesterday',
      sector: 7,
    });
    expect(record).toMatchObject({ name: 'Testdorp', staffCount: null, kind: '', approvedOn: '', sector: '' });
  });

  it('drops stored keys the section no longer has', () => {
    expect(readStored(organisationSection, { name: 'x', retiredField: 'old' })).not.toHaveProperty('retiredField');
  });

  it.each([null, undefined, 'text', 42, []])('reads %s as an empty record', (stored) => {
    expect(readStored(organisationSection, stored)).toEqual(readStored(organisationSection, {}));
  });

  it('does not pick up inherited names as stored values', () => {
    const record = readStored(contactsSection, JSON.parse('{"__proto__": {"name": "injected"}}'));
    expect(record.name).toBe('');
  });
});

describe('an item nothing was filled in (isUntouched)', () => {
  it('is the blank person or system "add" leaves, as stored', () => {
    expect(isUntouched(peopleSection, { ...readStored(peopleSection, {}), id: 'p1' })).toBe(true);
    expect(isUntouched(systemsSection, { ...readStored(systemsSection, {}), id: 's1' })).toBe(true);
  });

  it('stays untouched with spaces typed in the name or a box ticked and unticked again', () => {
    expect(isUntouched(peopleSection, { id: 'p1', name: '   ', privateConsent: false, notes: '' })).toBe(true);
  });

  it('is no longer untouched once any field holds something', () => {
    expect(isUntouched(peopleSection, { id: 'p1', name: 'An Peeters' })).toBe(false);
    expect(isUntouched(peopleSection, { id: 'p1', mobilePhone: '0470 11 22 33' })).toBe(false);
    expect(isUntouched(peopleSection, { id: 'p1', privateConsent: true })).toBe(false);
    expect(isUntouched(systemsSection, { id: 's1', dependsOn: ['s2'] })).toBe(false);
    expect(isUntouched(systemsSection, { id: 's1', quantity: 3 })).toBe(false);
  });
});
