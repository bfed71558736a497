import { describe, expect, it } from 'vitest';
import { proposeFor } from '../builders/importCorpus';

const importList = (list: 'people' | 'systems', text: string) => proposeFor(list, new TextEncoder().encode(text));
const names = async (text: string) => (await importList('people', text)).preview.accepted.map((row) => row.data.name);

describe('a people sheet as people really save it', () => {
  it('reads a sheet of two columns ending with a line break (found by the importer fuzzing)', async () => {
    const { preview } = await importList(
      'people',
      'naam;gsm\r\nEline Vermeersch;0470 12 34 56\r\nJan Peeters;0471 00 00 00\r\n',
    );
    expect(preview.rejected).toEqual([]);
    expect(preview.accepted.map((row) => row.data)).toEqual([
      { name: 'Eline Vermeersch', mobilePhone: '0470 12 34 56' },
      { name: 'Jan Peeters', mobilePhone: '0471 00 00 00' },
    ]);
  });

  it('keeps commas and tabs inside the cells of a semicolon sheet', async () => {
    const { preview } = await importList('people', 'naam;functie\nVermeersch, Eline;Schepen, ICT\tGDPR\n');
    expect(preview.accepted.map((row) => row.data)).toEqual([
      { name: 'Vermeersch, Eline', function: 'Schepen, ICT\tGDPR' },
    ]);
  });

  it('keeps a name with a comma whole in a sheet of one column', async () => {
    expect(await names('naam\nVermeersch, Eline\nPeeters, Jan\n')).toEqual(['Vermeersch, Eline', 'Peeters, Jan']);
  });

  it('honours a "sep=" line in a sheet with old Mac line ends (CR only)', async () => {
    expect(await names('sep=,\rnaam,functie\rEline; de schepen,ICT\r')).toEqual(['Eline; de schepen']);
  });

  it('tells apart names written without Latin letters, and merges real repeats', async () => {
    const { preview } = await importList('people', 'naam;functie\nΕλένη;a\nΣοφία;b\n🚒;c\n👍;d\nΣΟΦΊΑ;e\n🚒 ;f\n');
    expect(preview.accepted.map((row) => row.data.name)).toEqual(['Ελένη', 'Σοφία', '🚒', '👍']);
    expect(preview.merged.map((row) => [row.row, row.into])).toEqual([
      [6, 3],
      [7, 4],
    ]);
  });
});

describe('an inventory sheet as people really save it', () => {
  it('reads systems named in another script as different systems', async () => {
    const { preview } = await importList('systems', 'IT-inventaris\nnaam;soort\nСервер;server\nПринтер;printer\n');
    expect(preview.accepted.map((row) => row.data.name)).toEqual(['Сервер', 'Принтер']);
  });
});

describe('an inventory row whose dependencies cannot be linked', () => {
  it('keeps the row, with the text in its notes instead of a list no plan can hold (found by the importer fuzzing)', async () => {
    const longName = 'x'.repeat(1001);
    const manyNames = Array.from({ length: 1001 }, (_, i) => `srv${i}`).join('; ');
    const { preview } = await importList(
      'systems',
      `naam;soort;afhankelijk van\nA;server;${longName}\nB;server;"${manyNames}"\nC;server;A, B\n`,
    );
    expect(preview.accepted.map((row) => [row.data.name, row.dependsOnNames])).toEqual([
      ['A', []],
      ['B', []],
      ['C', ['A', 'B']],
    ]);
    expect(String(preview.accepted[0]!.data.notes)).toContain('Heeft nodig om te werken: xxx');
  });
});
