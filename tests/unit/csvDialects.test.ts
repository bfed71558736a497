import { describe, expect, it } from 'vitest';
import { guessMapping, parseCsv, previewImport } from '../../src/domain/csv/contactsCsv';
import { findHeader, guessInventoryMapping, previewInventoryImport } from '../../src/domain/rules/inventoryCsv';
import { findSection } from '../../src/domain/plan';
import type { ListSection } from '../../src/domain/section';

const people = findSection('people') as ListSection;
const importPeople = (text: string) => {
  const parsed = parseCsv(text);
  return previewImport(
    parsed,
    guessMapping(parsed.headers, people, () => []),
    people,
    [],
  );
};
const names = (preview: ReturnType<typeof importPeople>) => preview.accepted.map((row) => row.data.name);

describe('a people sheet as people really save it', () => {
  it('reads a sheet of two columns ending with a line break (found by the importer fuzzing)', () => {
    const preview = importPeople('naam;gsm\r\nEline Vermeersch;0470 12 34 56\r\nJan Peeters;0471 00 00 00\r\n');
    expect(preview.rejected).toEqual([]);
    expect(preview.accepted.map((row) => row.data)).toEqual([
      { name: 'Eline Vermeersch', mobilePhone: '0470 12 34 56' },
      { name: 'Jan Peeters', mobilePhone: '0471 00 00 00' },
    ]);
  });

  it('keeps commas and tabs inside the cells of a semicolon sheet', () => {
    const preview = importPeople('naam;functie\nVermeersch, Eline;Schepen, ICT\tGDPR\n');
    expect(preview.accepted.map((row) => row.data)).toEqual([
      { name: 'Vermeersch, Eline', function: 'Schepen, ICT\tGDPR' },
    ]);
  });

  it('keeps a name with a comma whole in a sheet of one column', () => {
    expect(names(importPeople('naam\nVermeersch, Eline\nPeeters, Jan\n'))).toEqual([
      'Vermeersch, Eline',
      'Peeters, Jan',
    ]);
  });

  it('honours a "sep=" line in a sheet with old Mac line ends (CR only)', () => {
    expect(names(importPeople('sep=,\rnaam,functie\rEline; de schepen,ICT\r'))).toEqual(['Eline; de schepen']);
  });

  it('tells apart names written without Latin letters, and still finds real duplicates', () => {
    const preview = importPeople('naam;functie\nΕλένη;a\nΣοφία;b\n🚒;c\n👍;d\nΣΟΦΊΑ;e\n🚒 ;f\n');
    expect(names(preview)).toEqual(['Ελένη', 'Σοφία', '🚒', '👍']);
    expect(preview.rejected.map((row) => [row.row, row.problems[0]!.problem])).toEqual([
      [6, 'duplicate'],
      [7, 'duplicate'],
    ]);
  });
});

describe('an inventory sheet as people really save it', () => {
  it('reads systems named in another script as different systems', () => {
    const parsed = findHeader(parseCsv('IT-inventaris\nnaam;soort\nСервер;server\nПринтер;printer\n'));
    const preview = previewInventoryImport(parsed, guessInventoryMapping(parsed.headers), {
      people: [],
      suppliers: [],
      systems: [],
    });
    expect(preview.accepted.map((row) => row.data.name)).toEqual(['Сервер', 'Принтер']);
  });
});

describe('an inventory row whose dependencies cannot be imported', () => {
  it('is refused in the preview, not after the whole import failed (found by the importer fuzzing)', () => {
    const longName = 'x'.repeat(1001);
    const manyNames = Array.from({ length: 1001 }, (_, i) => `srv${i}`).join('; ');
    const parsed = findHeader(
      parseCsv(`naam;soort;afhankelijk van\nA;server;${longName}\nB;server;"${manyNames}"\nC;server;A, B\n`),
    );
    const preview = previewInventoryImport(parsed, guessInventoryMapping(parsed.headers), {
      people: [],
      suppliers: [],
      systems: [],
    });
    expect(preview.accepted.map((row) => [row.data.name, row.dependsOnNames])).toEqual([['C', ['A', 'B']]]);
    expect(preview.rejected.map((row) => [row.row, row.problems.map((p) => `${p.field} ${p.problem}`)])).toEqual([
      [2, ['dependsOn invalid']],
      [3, ['dependsOn invalid']],
    ]);
  });
});
