import { describe, expect, it } from 'vitest';
import { forwardPickers, linksToSection, pickerCreates } from '../../src/domain/links';
import { findSection } from '../../src/domain/plan';

describe('the walk through the steps has no dead-end picker', () => {
  it('offers to create on the spot every list a picker needs before that list has its own step', () => {
    const forward = forwardPickers();
    expect(forward.map((picker) => `${picker.section}.${picker.field}`)).toEqual(
      expect.arrayContaining(['services.systems', 'systems.vendor', 'scenarios.location']),
    );
    for (const picker of forward)
      expect({ ...picker, creates: pickerCreates(picker.target) }).toMatchObject({ creates: true });
  });

  it('never creates on the spot what needs more than a name to mean anything (an incident, a playbook)', () => {
    for (const section of ['incidents', 'reviews', 'scenarios', 'activations'])
      expect(pickerCreates(section)).toBe(false);
  });

  it('edits from both sides only links that exist as references to that section', () => {
    for (const target of ['systems', 'services', 'suppliers']) {
      expect(linksToSection(target).length).toBeGreaterThan(0);
      for (const link of linksToSection(target)) {
        const field = findSection(link.section)?.fields.find((candidate) => candidate.name === link.field);
        expect(field).toMatchObject({ widget: expect.stringMatching(/^refs?$/), ref: target });
      }
    }
    expect(linksToSection('suppliers')).toEqual([{ section: 'systems', field: 'vendor' }]);
  });
});
