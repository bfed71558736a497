import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSection } from '../../src/domain/plan';
import { validatePatch } from '../../src/domain/section';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';

type Item = Record<string, unknown> & { id: string };
const read = (language: string) =>
  (
    JSON.parse(readFileSync(join(EXAMPLES_DIRECTORY, language, 'peoplePlaces.json'), 'utf8')) as {
      sections: Record<string, Item[]>;
    }
  ).sections;

const PEOPLE_IDS = [
  'person-eline',
  'person-jan',
  'person-sofie',
  'person-pieter',
  'person-an',
  'person-tom',
  'person-lotte',
  'person-koen',
];

describe('the people-and-places example', () => {
  const nl = read('nl');
  const en = read('en');

  it('has the people every area of the example refers to', () => {
    expect(nl.people!.map((p) => p.id)).toEqual(PEOPLE_IDS);
  });

  it('only refers to people who exist', () => {
    for (const [key, items] of Object.entries(nl)) {
      const refFields = findSection(key)!.fields.filter((f) => f.widget === 'ref' && f.ref === 'people');
      for (const item of items)
        for (const f of refFields)
          if (item[f.name]) expect(PEOPLE_IDS, `${key}.${item.id}.${f.name}`).toContain(item[f.name]);
    }
  });

  it('is valid in both languages', () => {
    for (const sections of [nl, en]) {
      for (const [key, items] of Object.entries(sections)) {
        for (const { id: _id, ...fields } of items) {
          const checked = validatePatch(findSection(key)!, fields);
          expect(checked.ok ? [] : checked.problems, key).toEqual([]);
        }
      }
    }
  });

  it('tells the same story in Dutch and English: same items, links, numbers, dates and choices', () => {
    for (const [key, items] of Object.entries(nl)) {
      const section = findSection(key)!;
      const shared = section.fields.filter((f) => !['text', 'longText'].includes(f.widget) || f.name === 'versionHeld');
      const pick = (list: Item[]) => list.map((item) => [item.id, ...shared.map((f) => item[f.name])]);
      expect(pick(en[key]!), key).toEqual(pick(items));
    }
  });
});
