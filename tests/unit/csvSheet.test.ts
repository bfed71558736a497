import { describe, expect, it } from 'vitest';
import { parseCsv, toExcelCsv } from '../../src/domain/csv/sheet';

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
