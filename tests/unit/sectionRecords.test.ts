import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/domain/plan';
import { SECTION_KINDS } from '../../src/domain/records';

describe('the typed records rules and exports read (SectionRecords)', () => {
  it('has every section of the plan, one record or a list as the section is, and no other', () => {
    expect(Object.fromEntries(SECTIONS.map((section) => [section.key, section.kind]))).toEqual(SECTION_KINDS);
  });
});
