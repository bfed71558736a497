import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowsToStore } from '../../src/domain/csv/listImport';
import type { ListKey } from '../../src/domain/csv/importWords';
import { proposeFor } from '../builders/importCorpus';
import type { Harness } from '../builders/handlerHarness';
import { newPlan } from '../builders/newPlan';

type Item = { id: string } & Record<string, unknown>;

/** Text a spreadsheet would run as a formula: the export guards it with an apostrophe. */
const PEOPLE = [
  {
    name: '@Eline Vermeersch',
    function: '-coördinator ICT',
    department: '=ICT',
    email: 'eline@beekzande.be',
    mobilePhone: '+32 470 11 22 33',
    notes: '=HYPERLINK("http://example.com","klik")',
  },
  { name: "'s-Gravenhage wachtdienst", function: "'=met eigen apostrof", workPhone: '-' },
];
const SUPPLIERS = [
  {
    name: '+Plus ICT',
    category: 'it-services',
    emergencyLine: '+32 50 12 34 56',
    delivers: '-back-ups\n-herstel',
    supportHours: '@24/7',
    notes: '+cmd|calc',
  },
];

const lookups = async (harness: Harness) => {
  const index = async (section: string) =>
    (await harness.ok<Item[]>('items.list', { section })).map((item) => ({ id: item.id, name: String(item.name) }));
  return { people: await index('people'), suppliers: await index('suppliers') };
};

async function exportList(harness: Harness, list: ListKey): Promise<Uint8Array> {
  const target = join(harness.dir, `${list}.csv`);
  harness.dialogs.answers.exportPath = target;
  if (list === 'systems') await harness.ok('inventory.exportCsv');
  else await harness.ok('items.exportCsv', { section: list, includePrivate: true });
  return readFileSync(target);
}

async function importList(harness: Harness, list: ListKey, bytes: Uint8Array) {
  const { preview } = await proposeFor(list, bytes, await lookups(harness));
  expect(preview.rejected).toEqual([]);
  return harness.ok('lists.import', { section: list, rows: rowsToStore(preview), dryRun: false });
}

const withoutIds = (items: Item[]) => items.map(({ id: _id, ...data }) => data);

describe('a list exported to CSV and imported again', () => {
  it('gives back the same people, suppliers and systems, formula-like text included', async () => {
    const { harness } = await newPlan();
    for (const person of PEOPLE) await harness.ok('items.add', { section: 'people', data: person });
    for (const supplier of SUPPLIERS) await harness.ok('items.add', { section: 'suppliers', data: supplier });
    const [eline] = await harness.ok<Item[]>('items.list', { section: 'people' });
    const [plus] = await harness.ok<Item[]>('items.list', { section: 'suppliers' });
    const firewall = await harness.ok<Item>('items.add', {
      section: 'systems',
      data: { name: '=Firewall', type: 'network', owner: eline!.id, vendor: plus!.id, location: '@serverlokaal' },
    });
    await harness.ok('items.add', {
      section: 'systems',
      data: { name: '-Mail', type: 'software', owner: eline!.id, dependsOn: [firewall.id], accessDetails: '=1+1' },
    });

    const files = {
      people: await exportList(harness, 'people'),
      suppliers: await exportList(harness, 'suppliers'),
      systems: await exportList(harness, 'systems'),
    };
    // The files are guarded for Excel…
    expect(new TextDecoder().decode(files.people)).toContain("'@Eline Vermeersch");
    expect(new TextDecoder().decode(files.systems)).toContain("'=Firewall");

    // …and read back as what was exported: the same plan finds every row unchanged,
    for (const list of ['people', 'suppliers', 'systems'] as const)
      expect(await importList(harness, list, files[list]), list).toMatchObject({ added: 0, updated: 0 });

    // and a new plan holds the same values.
    const other = (await newPlan()).harness;
    for (const list of ['people', 'suppliers', 'systems'] as const) await importList(other, list, files[list]);
    for (const list of ['people', 'suppliers'] as const)
      expect(withoutIds(await other.ok<Item[]>('items.list', { section: list })), list).toEqual(
        withoutIds(await harness.ok<Item[]>('items.list', { section: list })),
      );
    const systems = await other.ok<Item[]>('items.list', { section: 'systems' });
    expect(systems.map((system) => [system.name, system.location ?? '', system.accessDetails ?? ''])).toEqual([
      ['=Firewall', '@serverlokaal', ''],
      ['-Mail', '', '=1+1'],
    ]);
    expect(systems[1]!.dependsOn).toEqual([systems[0]!.id]);
  });
});
