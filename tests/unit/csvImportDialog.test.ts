import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/domain/csv/sheet';
import type { FieldDescriptor } from '../../src/domain/fields';
import { findSection } from '../../src/domain/plan';
import type { ListSection } from '../../src/domain/section';
import { choiceLabels, fieldLabelsOf } from '../../src/i18n/sheetLabels';
import {
  assignColumn,
  columnName,
  delimiterName,
  exampleOf,
  mappedColumns,
} from '../../src/renderer/csv/columnMapping';
import { readTable } from '../../src/domain/csv/readTable';

const people = findSection('people') as ListSection;
const suppliers = findSection('suppliers') as ListSection;
const fieldOf = (section: ListSection, name: string) => section.fields.find((f) => f.name === name) as FieldDescriptor;

describe('reading the file the coordinator chose', () => {
  it('reads a sheet saved as "CSV UTF-8", without its byte order mark', async () => {
    const bytes = new TextEncoder().encode('\uFEFFNaam;Dienst\r\nRené;Café\r\n');
    expect(await readTable(bytes)).toMatchObject({ table: { headers: ['Naam', 'Dienst'], rows: [['René', 'Café']] } });
  });

  it('reads a sheet saved as plain "CSV" in the Windows code page without garbling accents', async () => {
    // "René;Café" in Windows-1252: é is the single byte 0xE9, which is not valid UTF-8.
    const bytes = Uint8Array.from([0x52, 0x65, 0x6e, 0xe9, 0x3b, 0x43, 0x61, 0x66, 0xe9]);
    expect(await readTable(bytes)).toMatchObject({ format: 'windows-1252', table: { headers: ['René', 'Café'] } });
  });
});

describe('the words a sheet may use for a field or a choice', () => {
  it('are the field labels in Dutch and English, regional wordings included', () => {
    expect(fieldLabelsOf('people')(fieldOf(people, 'mobilePhone'))).toEqual(
      expect.arrayContaining(['Gsm', 'Mobiel', 'Mobile']),
    );
  });

  it('are nothing for a field the catalogues do not know', () => {
    expect(fieldLabelsOf('people')({ name: 'shoeSize', widget: 'text' } as FieldDescriptor)).toEqual([]);
  });

  it('are a choice label in each language', () => {
    expect(choiceLabels(fieldOf(suppliers, 'category'), 'it-services')).toEqual([
      'IT-dienstverlener',
      'IT service provider',
    ]);
  });
});

describe('choosing which field each column goes into', () => {
  it('moves a field to the column it is chosen for, leaving its old column unmapped', () => {
    expect(assignColumn(['name', 'email', null], 2, 'email')).toEqual(['name', null, 'email']);
  });

  it('gives a text field a second column when it takes several, to join them', () => {
    const text = (name: string) => name === 'name';
    expect(assignColumn(['name', null, 'email'], 1, 'name', text)).toEqual(['name', 'name', 'email']);
    expect(assignColumn(['name', null, 'email'], 1, 'email', text)).toEqual(['name', 'email', null]);
  });

  it('leaves a column out when "do not import" is chosen, and keeps the other columns', () => {
    expect(assignColumn(['name', 'email', null], 1, null)).toEqual(['name', null, null]);
  });

  it('lists the mapped columns in the order of the file', () => {
    expect(mappedColumns([null, 'email', null, 'name'])).toEqual([
      { name: 'email', column: 1 },
      { name: 'name', column: 3 },
    ]);
  });

  it('shows a column by its header, or by its position when the header is empty, with its first filled value', () => {
    const parsed = parseCsv('Naam;;Gsm\r\nJan;;\r\nEline;x;0470 11 22 01\r\n');
    expect([columnName(parsed, 0), columnName(parsed, 1)]).toEqual(['Naam', '#2']);
    expect([exampleOf(parsed, 1), exampleOf(parsed, 2)]).toEqual(['x', '0470 11 22 01']);
    expect(exampleOf(parsed, 5)).toBe('');
  });

  it('names the separator the file used', () => {
    expect([';', ',', '\t'].map(delimiterName)).toEqual(['semicolon', 'comma', 'other']);
  });
});
