import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, readCell, toCsv } from '../../src/domain/csv/contactsCsv';
import { previewList } from '../../src/domain/csv/listImport';
import type { FieldDescriptor } from '../../src/domain/fields';
import { findSection } from '../../src/domain/plan';
import { stepWarnings } from '../../src/domain/rules/peopleRules';
import type { ListSection } from '../../src/domain/section';
import { catalogues } from '../../src/i18n/catalogues';
import { proposeFor } from '../builders/importCorpus';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/csv', name), 'utf8');
const propose = (list: 'people' | 'suppliers', text: string) => proposeFor(list, new TextEncoder().encode(text));
const people = findSection('people') as ListSection;

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);

describe('reading a people list saved by Excel', () => {
  const parsed = parseCsv(fixture('people-excel.csv'));

  it('drops the byte order mark, finds the semicolons and keeps quoted semicolons and line breaks', () => {
    expect(parsed.delimiter).toBe(';');
    expect(parsed.headers[0]).toBe('Naam');
    expect(parsed.rows[1]?.[0]).toBe('De Smet; Jan');
    expect(parsed.rows[2]?.every((cell) => cell === '')).toBe(true);
    expect(parsed.rows.find((row) => row[0] === 'Sofie Claes')?.[1]).toBe('DPO\r\n(informatieveiligheid)');
  });

  it('proposes a column for each known header, a remark column for the notes', async () => {
    const { recognition } = await propose('people', fixture('people-excel.csv'));
    expect(recognition.mapping).toEqual([
      'name',
      'function',
      'department',
      'email',
      'workPhone',
      'mobilePhone',
      'lastVerified',
      'notes',
    ]);
  });

  it('imports every row with a name, keeps what it cannot read in the notes and merges a repeated row', async () => {
    const { preview } = await propose('people', fixture('people-excel.csv'));
    expect(preview.accepted.map((a) => a.data.name)).toEqual([
      'Eline Vermeersch',
      'De Smet; Jan',
      'Sofie Claes',
      'Pieter Wouters',
    ]);
    expect(preview.accepted[0]?.data).toMatchObject({ lastVerified: '2026-09-01', mobilePhone: '0470 11 22 01' });
    expect(preview.accepted[1]?.data.lastVerified).toBe('2026-03-15');
    expect(preview.accepted[2]?.data.notes).toBe('Laatst nagekeken op: 31/02/2026');
    expect(preview.rejected).toEqual([{ row: 5, problems: [{ field: 'name', problem: 'noName', value: '' }] }]);
    expect(preview.merged).toEqual([{ row: 7, into: 2, name: 'Eline Vermeersch' }]);
  });

  it('keeps a number Excel stripped of its leading zero, and flags it afterwards instead of refusing it', async () => {
    const { preview } = await propose('people', fixture('people-excel.csv'));
    const jan = preview.accepted.find((a) => a.data.name === 'De Smet; Jan')!;
    expect(jan.data.mobilePhone).toBe('470112202');
    const warnings = stepWarnings('people', { people: [{ id: 'x', ...jan.data }] }, '2026-06-01');
    expect(warnings.map((w) => w.code)).toContain('phoneSuspicious');
  });
});

describe('reading a comma-separated supplier list', () => {
  it('reads comma-separated values, choice labels and decimal commas', async () => {
    const text = fixture('suppliers-comma.csv');
    expect(parseCsv(text).delimiter).toBe(',');
    const { recognition, preview } = await propose('suppliers', text);
    expect(recognition.mapping.slice(0, 4)).toEqual(['name', 'category', 'emergencyLine', 'customerNumber']);
    const mapping = [...recognition.mapping];
    mapping[4] = 'slaResponseHours';
    const chosen = previewList('suppliers', recognition, mapping, {
      labels: () => [],
      choiceLabels: (await import('../../src/i18n/sheetLabels')).choiceLabels,
      noteLabel: (f) => f.name,
      lookups: { people: [], suppliers: [] },
    });
    expect(chosen.accepted.map((a) => [a.data.name, a.data.category, a.data.slaResponseHours])).toEqual([
      ['Polderlink', 'internet', 4.5],
      ['Westkust ICT', 'it-services', 2],
      ['Onbekend bedrijf', 'other', undefined],
    ]);
    // A kind that is no choice is "other", with the word kept and shown as read.
    expect(chosen.accepted[2]?.readAs).toEqual([{ field: 'category', value: 'Bakker', as: 'other' }]);
    expect(preview.rejected).toEqual([]);
  });

  it('honours an Excel "sep=" line', () => {
    const parsed = parseCsv('sep=,\r\nNaam,Noodnummer\r\nPolderlink,0800 12 345\r\n');
    expect(parsed.delimiter).toBe(',');
    expect(parsed.headers).toEqual(['Naam', 'Noodnummer']);
    expect(parsed.rows[0]).toEqual(['Polderlink', '0800 12 345']);
  });
});

describe('reading single cells', () => {
  const field = (name: string) => people.fields.find((f) => f.name === name)!;
  it.each([
    ['ja', true],
    ['X', true],
    ['nee', false],
    ['', false],
  ])('reads %s as a yes/no answer', (raw, value) =>
    expect(readCell(field('privateConsent'), raw, () => [])).toEqual({ value }),
  );
  it('refuses a yes/no answer it cannot read rather than guessing', () => {
    expect(readCell(field('privateConsent'), 'misschien', () => [])).toEqual({ problem: 'boolean' });
  });
});

describe('writing a list for Excel', () => {
  it('writes a BOM, semicolons and labels, and leaves private numbers out', () => {
    const csv = toCsv(
      people,
      [
        {
          id: 'p1',
          name: 'De Smet; Jan',
          mobilePhone: '0470 11 22 02',
          privatePhone: '0470 99 88 77',
          privateConsent: true,
        },
      ],
      {
        header: (f) => String(lookup(catalogues.nl, `fields.people.${f.name}.label`)),
      },
    );
    expect(csv.startsWith('\uFEFFNaam;Functie;')).toBe(true);
    expect(csv).toContain('"De Smet; Jan"');
    expect(csv).not.toContain('0470 99 88 77');
    expect(csv).not.toContain('Privénummer');
  });

  it('reads back what it wrote', async () => {
    const items = [
      { id: 'p1', name: 'Eline', email: 'eline@beekzande.be', lastVerified: '2026-09-01', privateConsent: true },
    ];
    const header = (f: FieldDescriptor) => String(lookup(catalogues.en, `fields.people.${f.name}.label`));
    const { preview } = await propose('people', toCsv(people, items, { header }));
    expect(preview.accepted[0]?.data).toMatchObject({
      name: 'Eline',
      email: 'eline@beekzande.be',
      lastVerified: '2026-09-01',
      privateConsent: true,
    });
  });
});
