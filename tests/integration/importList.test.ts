import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/run';
import { rowsToStore } from '../../src/domain/csv/listImport';
import { layoutKey } from '../../src/domain/csv/recognise';
import { proposeFor } from '../builders/importCorpus';
import { newPlan } from '../builders/newPlan';
import { sha256, withPlan } from '../builders/planFiles';
import { tempDir } from '../builders/tempDir';
import { inventoryOverSheets } from '../fixtures/import-corpus/files';
import { paraat } from '../builders/commandLine';

type Item = { id: string } & Record<string, unknown>;

const corpusFile = (name: string) => join(import.meta.dirname, '../fixtures/import-corpus', name);
const encoder = new TextEncoder();

const INVENTORY = [
  'Naam;Soort;Serienummer;Locatie',
  'Firewall;firewall;FGT-1;Serverlokaal',
  'NAS;NAS;SYN-1;Serverlokaal',
  'Printer onthaal;MFP;KYO-1;Onthaal',
].join('\r\n');

describe('importing a list again next quarter', () => {
  it('updates what is there, adds what is new and names what disappeared, without duplicates', async () => {
    const { harness } = await newPlan();
    const store = async (text: string) => {
      const { preview } = await proposeFor('systems', encoder.encode(text));
      return harness.ok('lists.import', { section: 'systems', rows: rowsToStore(preview), dryRun: false });
    };
    await store(INVENTORY);
    const [firewall] = await harness.ok<Item[]>('items.list', { section: 'systems' });
    await harness.ok('items.update', {
      section: 'systems',
      id: firewall!.id,
      patch: { redundancy: 'Tweede firewall in de kast' },
    });

    // Next quarter: the NAS is renamed (same serial), the printer is gone, a switch is new.
    const next = [
      'Naam;Soort;Serienummer;Locatie',
      'Firewall;firewall;FGT-1;Serverlokaal 0.12',
      'Back-up NAS;NAS;SYN-1;Serverlokaal',
      'Switch;switch;SW-1;Serverlokaal',
    ].join('\r\n');
    expect(await store(next)).toEqual({
      added: 1,
      updated: 2,
      unchanged: 0,
      disappeared: ['Printer onthaal'],
      unresolved: [],
    });
    const systems = await harness.ok<Item[]>('items.list', { section: 'systems' });
    expect(systems.map((s) => [s.name, s.location])).toEqual([
      ['Firewall', 'Serverlokaal 0.12'],
      ['Back-up NAS', 'Serverlokaal'],
      ['Printer onthaal', 'Onthaal'],
      ['Switch', 'Serverlokaal'],
    ]);
    // What the coordinator added by hand is not overwritten by a file that does not have it.
    expect(systems[0]!.redundancy).toBe('Tweede firewall in de kast');
    // The same file again changes nothing.
    expect(await store(next)).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
  });

  it('says what a dry run would do and writes nothing', async () => {
    const { harness } = await newPlan();
    const { preview } = await proposeFor('systems', encoder.encode(INVENTORY));
    expect(
      await harness.ok('lists.import', { section: 'systems', rows: rowsToStore(preview), dryRun: true }),
    ).toMatchObject({
      added: 3,
    });
    expect(await harness.ok('items.list', { section: 'systems' })).toEqual([]);
  });

  it('stores all rows or none: one row the plan cannot hold leaves the list as it was', async () => {
    const { harness } = await newPlan();
    const { preview } = await proposeFor('systems', encoder.encode(INVENTORY));
    const rows = rowsToStore(preview);
    rows[2] = { ...rows[2]!, data: { ...rows[2]!.data, quantity: -4 } };
    await harness.fails('invalid-request', 'lists.import', { section: 'systems', rows, dryRun: false });
    expect(await harness.ok('items.list', { section: 'systems' })).toEqual([]);
  });
});

describe('the columns a coordinator chose', () => {
  it('are proposed again for a file of the same layout, and not for another', async () => {
    const { harness } = await newPlan();
    const layout = layoutKey(['Naam', 'Omschrijving', 'Gsm']);
    expect(await harness.ok('imports.mappingFor', { list: 'people', layout })).toBeNull();
    await harness.ok('imports.rememberMapping', {
      list: 'people',
      layout,
      mapping: ['name', 'function', 'mobilePhone'],
    });
    expect(await harness.ok('imports.mappingFor', { list: 'people', layout })).toEqual([
      'name',
      'function',
      'mobilePhone',
    ]);
    expect(await harness.ok('imports.mappingFor', { list: 'suppliers', layout })).toBeNull();
    expect(
      await harness.ok('imports.mappingFor', { list: 'people', layout: layoutKey(['Naam', 'Gsm', 'Omschrijving']) }),
    ).toBeNull();
  });
});

describe('paraat import-list', () => {
  const plan = async () => {
    const path = join(tempDir(), 'plan.paraat');
    expect((await paraat('example', path)).code).toBe(EXIT.ok);
    return path;
  };

  it('imports an Outlook export into people with the proposal, and says what it did', async () => {
    const path = await plan();
    const before = withPlan(path, (p) => p.list('people').list().length);
    const result = await paraat('import-list', path, 'people', corpusFile('outlook-contacten-nl.csv'));
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain('Outlook contacts export (Dutch)');
    expect(result.out).toContain('Stored: 6 new, 0 updated, 0 unchanged.');
    const people = withPlan(path, (p) => p.list('people').list());
    expect(people.length).toBe(before + 6);
    expect(people.find((p) => p.name === 'Bram van Dijk')).toMatchObject({
      mobilePhone: '+31 6 23456789',
      privatePhone: '020 765 4321',
      function: 'Informatiemanager',
    });
  });

  it('with --dry-run says what it would store and leaves the plan file as it was', async () => {
    const path = await plan();
    const before = sha256(path);
    const result = await paraat('import-list', path, 'systems', corpusFile('lansweeper-assets.csv'), '--dry-run');
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain('Would store (dry run, nothing written): 9 new');
    expect(sha256(path)).toBe(before);
  });

  it('refuses a program renamed to .csv with a clear message, and writes nothing', async () => {
    const path = await plan();
    const before = sha256(path);
    const fake = join(tempDir(), 'inventaris.csv');
    writeFileSync(fake, Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(2000, 0)]));
    const result = await paraat('import-list', path, 'systems', fake);
    expect(result.code).toBe(1);
    expect(result.err).toContain('This is not a table');
    expect(sha256(path)).toBe(before);
  });

  it('reads the first sheet with data of a workbook, or the one named with --sheet', async () => {
    const file = join(tempDir(), 'inventaris.xlsx');
    writeFileSync(file, inventoryOverSheets());
    const first = await paraat('import-list', await plan(), 'systems', file, '--dry-run');
    expect(first.out).toContain('Sheet: "Laptops" (of "Uitleg", "Laptops", "Servers"; another with --sheet <name>)');
    expect(first.out).toContain('Would store (dry run, nothing written): 1 new');

    const path = await plan();
    const servers = await paraat('import-list', path, 'systems', file, '--sheet', 'Servers');
    expect(servers.code).toBe(EXIT.ok);
    expect(servers.out).toContain('Stored: 2 new');
    const names = withPlan(path, (p) =>
      p
        .list('systems')
        .list()
        .map((system) => system.name),
    );
    expect(names).toEqual(expect.arrayContaining(['Fileserver', 'Mailserver']));
    expect(names).not.toContain('Laptop onthaal');

    const missing = await paraat('import-list', path, 'systems', file, '--sheet', 'Printers');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('This workbook has no sheet “Printers”.');
    expect(missing.err).toContain('Sheets: "Uitleg", "Laptops", "Servers"');
  });

  it('refuses a list it does not know, as wrong usage', async () => {
    const path = await plan();
    const result = await paraat('import-list', path, 'backups', corpusFile('lansweeper-assets.csv'));
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain('systems, people, suppliers');
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path).length).toBeGreaterThan(0);
  });
});
