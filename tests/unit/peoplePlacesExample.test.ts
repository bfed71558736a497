import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('has the people every area of the example refers to', () => {
    expect(nl.people!.map((p) => p.id)).toEqual(PEOPLE_IDS);
  });
});
