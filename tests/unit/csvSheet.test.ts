import { describe, expect, it } from 'vitest';
import { guessColumns, parseCsv, toExcelCsv } from '../../src/domain/csv/sheet';
import type { FieldDescriptor } from '../../src/domain/fields';

const field = (name: string): FieldDescriptor => ({ name, widget: 'text' }) as FieldDescriptor;
const fields = [field('name'), field('email'), field('mobilePhone')];
const labels = (f: FieldDescriptor) =>
  ({ name: ['Naam', 'Name'], email: ['E-mail'], mobilePhone: ['Gsm-nummer', 'Mobile'] })[f.name] ?? [];

describe('proposing which field each column of a sheet holds', () => {
  it('recognises a header by the field name, its labels in either language or an alias, whatever the case or accents', () => {
    expect(
      guessColumns(['NAAM', 'e mail', 'Portable', 'Opmerking'], fields, labels, { mobilePhone: ['portable'] }),
    ).toEqual(['name', 'email', 'mobilePhone', null]);
  });

  it('gives each field to its first column only', () => {
    expect(guessColumns(['Name', 'Naam', 'mobile'], fields, labels)).toEqual(['name', null, 'mobilePhone']);
  });
});

describe('writing a sheet for Excel', () => {
  it('starts with a byte order mark, separates by semicolons, ends lines with CRLF and quotes what needs it', () => {
    const csv = toExcelCsv(
      ['Naam', 'Opmerking'],
      [
        ['De Smet; Jan', 'zegt "ja"'],
        ['Eline', ''],
      ],
    );
    expect(csv).toBe('\uFEFFNaam;Opmerking\r\n"De Smet; Jan";"zegt ""ja"""\r\nEline;\r\n');
  });

  it('reads back what it wrote', () => {
    const rows = [
      ['Jan', 'Dienst; ICT', '0470 11 22 01'],
      ['Eline', 'lijn 1\r\nlijn 2', ''],
    ];
    const parsed = parseCsv(toExcelCsv(['Naam', 'Nota', 'Gsm'], rows));
    expect(parsed).toEqual({ headers: ['Naam', 'Nota', 'Gsm'], rows, delimiter: ';' });
  });
});
