import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsRows, readPastedTable, recognisePasted, splitClipboardText } from '../../src/domain/csv/clipboard';
import { type ListImportContext, previewList } from '../../src/domain/csv/listImport';
import type { ListKey } from '../../src/domain/csv/importWords';
import { choiceLabels, fieldLabelIn, fieldLabelsOf } from '../../src/i18n/sheetLabels';
import { proposeFor } from '../builders/importCorpus';

const context = (list: ListKey): ListImportContext => ({
  labels: fieldLabelsOf(list),
  choiceLabels,
  noteLabel: fieldLabelIn('nl', list),
  lookups: { people: [{ id: 'person-pieter', name: 'Pieter Wouters' }], suppliers: [] },
});

/** A range copied in Excel on Windows: tabs, CRLF, a quoted cell with a line break, a closing CRLF. */
const EXCEL_INVENTORY = [
  'Naam\tSoort\tVerantwoordelijke\tLocatie\tOpmerking',
  'Firewall\tFirewall\tPieter Wouters\tServerlokaal\t',
  'Het "oude" archief\tNAS\t\tZolder\t"Back-up elke nacht\r\nschijf 2 vervangen"',
  'Printer onthaal\tMultifunctionele printer\t\tOnthaal\t',
  '',
].join('\r\n');

/** The same range from Google Sheets: LF, every cell with a quote or line break quoted, quotes doubled. */
const GOOGLE_INVENTORY = [
  'Naam\tSoort\tVerantwoordelijke\tLocatie\tOpmerking',
  'Firewall\tFirewall\tPieter Wouters\tServerlokaal\t',
  '"Het ""oude"" archief"\tNAS\t\tZolder\t"Back-up elke nacht\nschijf 2 vervangen"',
  'Printer onthaal\tMultifunctionele printer\t\tOnthaal\t',
].join('\n');

const pasted = (text: string) => {
  const read = readPastedTable(text);
  if (!read.ok) throw new Error(`refused: ${read.problem}`);
  return read.table;
};

describe('a table pasted from a spreadsheet', () => {
  it('reads Excel and Google Sheets copies into the same rows, quoted line breaks and literal quotes kept', () => {
    for (const text of [EXCEL_INVENTORY, GOOGLE_INVENTORY]) {
      const table = pasted(text);
      expect(table.headers).toEqual(['Naam', 'Soort', 'Verantwoordelijke', 'Locatie', 'Opmerking']);
      expect(table.rows.map((row) => row[0])).toEqual(['Firewall', 'Het "oude" archief', 'Printer onthaal']);
      expect(table.rows[1]![4]).toBe('Back-up elke nacht\nschijf 2 vervangen');
    }
  });

  it('is mapped and previewed exactly as the same sheet imported from a CSV file', async () => {
    const table = pasted(EXCEL_INVENTORY);
    const { recognition, header } = recognisePasted('systems', table, context('systems'));
    expect(header).toBe('recognised');
    const asFile = await proposeFor(
      'systems',
      new TextEncoder().encode(
        table.headers.join(';') + '\r\n' + table.rows.map((row) => row.map((c) => `"${c}"`).join(';')).join('\r\n'),
      ),
      context('systems').lookups,
    );
    expect(recognition.mapping).toEqual(asFile.recognition.mapping);
    expect(recognition.mapping).toEqual(['name', 'type', 'owner', 'location', 'notes']);
    const preview = previewList('systems', recognition, recognition.mapping, context('systems'));
    expect(preview).toEqual(asFile.preview);
    expect(preview.accepted.map((row) => row.data)).toEqual([
      expect.objectContaining({ name: 'Firewall', type: 'network', owner: 'person-pieter', location: 'Serverlokaal' }),
      expect.objectContaining({
        name: 'Het "oude" archief',
        type: 'server-cloud',
        location: 'Zolder',
        notes: expect.stringContaining('\nschijf 2'),
      }),
      expect.objectContaining({ name: 'Printer onthaal', type: 'printer' }),
    ]);
  });

  it('recognises a people list with English headers and a title row above them', () => {
    const table = pasted(
      'Staff list 2026\t\t\r\nName\tJob title\tMobile phone\r\nAn Peeters\tMayor\t0470 11 22 33\r\nBart Claes\tIT\t0471 44 55 66\r\n',
    );
    const { recognition, header } = recognisePasted('people', table, context('people'));
    expect({ header, headerRow: recognition.headerRow }).toEqual({ header: 'recognised', headerRow: 1 });
    const preview = previewList('people', recognition, recognition.mapping, context('people'));
    expect(preview.accepted.map((row) => [row.data.name, row.data.function, row.data.mobilePhone])).toEqual([
      ['An Peeters', 'Mayor', '0470 11 22 33'],
      ['Bart Claes', 'IT', '0471 44 55 66'],
    ]);
  });

  it('without a header it can be read with or without its first row as header, the first column as the name', () => {
    const table = pasted('Firewall\tServerlokaal\nNAS\tZolder\n');
    const assumed = recognisePasted('systems', table, context('systems'));
    expect(assumed.header).toBe('firstRow');
    expect(assumed.recognition.mapping[0]).toBe('name');
    expect(
      previewList('systems', assumed.recognition, assumed.recognition.mapping, context('systems')).accepted,
    ).toEqual([expect.objectContaining({ row: 2, data: expect.objectContaining({ name: 'NAS' }) })]);

    const none = recognisePasted('systems', table, context('systems'), false);
    expect(none.header).toBe('none');
    expect(none.recognition.headers).toEqual(['', '']);
    const preview = previewList('systems', none.recognition, none.recognition.mapping, context('systems'));
    expect(preview.accepted.map((row) => [row.row, row.data.name])).toEqual([
      [1, 'Firewall'],
      [2, 'NAS'],
    ]);
  });

  it('refuses what is no table of items with its reason: one column, empty, control characters, too big', () => {
    expect(readPastedTable('Firewall\r\nNAS\r\n')).toEqual({ ok: false, problem: 'oneColumn' });
    expect(readPastedTable('Naam\t\t\r\nFirewall\t\t\r\n')).toEqual({ ok: false, problem: 'oneColumn' });
    expect(readPastedTable(' \t \r\n')).toEqual({ ok: false, problem: 'empty' });
    expect(readPastedTable('Naam\tSoort\r\nFire\u0000wall\tfirewall')).toEqual({ ok: false, problem: 'notATable' });
    const rows = (count: number) =>
      ['Naam\tSoort', ...Array.from({ length: count }, (_, i) => `Toestel ${i}\tlaptop`)].join('\r\n');
    expect(readPastedTable(rows(10_001))).toEqual({ ok: false, problem: 'tooManyRows', detail: '10001' });
    expect(readPastedTable(rows(10_000)).ok).toBe(true);
    expect(readPastedTable(Array(502).fill('x').join('\t'))).toMatchObject({ ok: false, problem: 'tooManyColumns' });
    expect(readPastedTable('a\tb\n'.repeat(7_000_000))).toMatchObject({ ok: false, problem: 'tooLarge' });
  });

  it('tells rows copied from a spreadsheet from one row or a text with line breaks', () => {
    expect(holdsRows(EXCEL_INVENTORY)).toBe(true);
    expect(holdsRows('Telenet\tInternetlijn\t0800 66 000\r\n')).toBe(false);
    expect(holdsRows('"Back-up elke nacht\r\nschijf 2"\tZolder\r\n')).toBe(false);
    expect(holdsRows('Eerste regel\r\nTweede regel\r\n')).toBe(false);
  });

  it('reads back any cells a spreadsheet quotes where they hold a tab, line break or quote', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '"', '\t', '\n', 'é', ';', ',') });
    const quote = (value: string) => (/[\t\n"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = rows.map((row) => row.map(quote).join('\t')).join('\r\n') + '\r\n';
        expect(splitClipboardText(text)).toEqual(rows);
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});
