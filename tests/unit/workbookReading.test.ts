import { deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TABLE_LIMITS, readTable } from '../../src/domain/csv/readTable';
import { unzipBounded } from '../../src/domain/csv/boundedUnzip';
import { handMadeZip } from '../builders/handMadeZip';
import { sheetXml, workbook } from '../fixtures/import-corpus/files';

const INVENTORY = [
  ['Naam', 'Soort'],
  ['Firewall', 'firewall'],
  ['NAS', 'NAS'],
];
const SUPPLIERS = [
  ['Leverancier', 'Noodlijn'],
  ['Westkust ICT', '050 12 34 56'],
];

/** A workbook as coordinators keep one: an explanation first, then the lists. */
const book = workbook([
  { name: 'Toelichting', xml: '<sheetData/>' },
  { name: 'Inventaris', xml: sheetXml(INVENTORY) },
  {
    name: 'Leveranciers & SLA',
    xml: sheetXml([...SUPPLIERS, ['', '']], '<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>'),
  },
]);

describe('a workbook with several sheets', () => {
  it('is read from its first sheet with data, and says which sheets there are', async () => {
    expect(await readTable(book)).toMatchObject({
      ok: true,
      table: { headers: INVENTORY[0], rows: INVENTORY.slice(1) },
      sheets: { names: ['Toelichting', 'Inventaris', 'Leveranciers & SLA'], chosen: 'Inventaris' },
    });
  });

  it('is read from the sheet chosen by name, with that sheet’s own checks', async () => {
    // The merged cells of the suppliers' sheet do not stop the inventory from being read…
    expect(await readTable(book, { sheet: 'Inventaris' })).toMatchObject({ ok: true });
    // …but that sheet itself is refused for them, by name.
    expect(await readTable(book, { sheet: 'Leveranciers & SLA' })).toEqual({
      ok: false,
      problem: 'mergedCells',
      detail: 'A2:A3',
    });
  });

  it('refuses a sheet it does not have, naming it, and an empty sheet chosen on purpose', async () => {
    expect(await readTable(book, { sheet: 'Blad9' })).toEqual({ ok: false, problem: 'sheetNotFound', detail: 'Blad9' });
    expect(await readTable(book, { sheet: 'Toelichting' })).toEqual({
      ok: false,
      problem: 'sheetEmpty',
      detail: 'Toelichting',
    });
  });
});

describe('a workbook whose zip states false sizes', () => {
  const parts = unzipSync(workbook(sheetXml(INVENTORY)));
  const lying = (sheet: { deflated?: Uint8Array; content?: Uint8Array; statedSize: number }) =>
    handMadeZip(
      Object.entries(parts).map(([name, content]) =>
        name === 'xl/worksheets/sheet1.xml' ? { name, ...sheet } : { name, content },
      ),
    );

  it('is refused once what actually inflates passes the limit, whatever the zip says', async () => {
    // A sheet that says it is 1 kB and inflates to more than the limit: a zip bomb.
    const bomb = deflateRawSync(Buffer.alloc(TABLE_LIMITS.unpackedBytes + 1024 * 1024, 0x20), { level: 1 });
    expect(bomb.length).toBeLessThan(TABLE_LIMITS.bytes);
    const bytes = lying({ deflated: bomb, statedSize: 1024 });
    expect(await readTable(bytes)).toEqual({ ok: false, problem: 'tooLargeUnpacked', detail: '200' });
    expect(unzipBounded(bytes, { limit: 64 * 1024, wanted: () => true })).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('is read by what it holds when the sizes it states are wrong but the content is small', async () => {
    const bytes = lying({ content: parts['xl/worksheets/sheet1.xml']!, statedSize: 10 });
    expect(await readTable(bytes)).toMatchObject({
      ok: true,
      table: { headers: INVENTORY[0], rows: INVENTORY.slice(1) },
    });
  });

  it('is refused as unreadable when its directory points outside the file', () => {
    const bytes = lying({ content: parts['xl/worksheets/sheet1.xml']!, statedSize: 10 });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The end record's offset of the central directory, pointed past the end.
    view.setUint32(bytes.length - 6, bytes.length + 100, true);
    expect(unzipBounded(bytes, { limit: 1024 * 1024, wanted: () => true })).toEqual({
      ok: false,
      problem: 'unreadable',
    });
  });
});
