import { describe, expect, it } from 'vitest';
import type { FieldDescriptor } from '../../src/domain/fields';
import { inventoryToCsv, resolveDependencies } from '../../src/domain/rules/inventoryCsv';
import { proposeFor } from '../builders/importCorpus';
import { choiceLabels, fieldLabelsOf } from '../../src/i18n/sheetLabels';

// The labels the import dialog recognises headers and choices by.
const labels = fieldLabelsOf('systems');

const lookups = {
  people: [{ id: 'person-pieter', name: 'Pieter Wouters' }],
  suppliers: [{ id: 'supplier-ict', name: 'Westkust ICT Partners' }],
  systems: [{ id: 'sys-lan', name: 'Netwerk gemeentehuis' }],
};

/** An inventory as a coordinator keeps it in Excel: a title line, semicolons, odd rows. */
const EXCEL_SHEET = [
  'IT-inventaris Lokaal bestuur Testdorp;;;;;',
  ';;;;;',
  'Naam;Soort;Leverancier;Verantwoordelijke;Aantal;Afhankelijk van',
  'Firewall;firewall;Westkust ICT Partners;Pieter Wouters;1;Netwerk gemeentehuis',
  'Laptops;Laptop;westkust ict partners;;38 stuks;',
  ';;;;;',
  'Printers;MFP;Printshop Noord;Pieter Wouters;4;"Netwerk gemeentehuis, Firewall"',
  'Netwerk gemeentehuis;Netwerk en internet;;;;',
  ';Laptop;;;2;',
  'Tablet raadsleden;koffiezet;;;abc;',
  'Totaal;;;;43;',
].join('\r\n');

const propose = (text: string) =>
  proposeFor('systems', new TextEncoder().encode(text), { people: lookups.people, suppliers: lookups.suppliers });

describe('importing an inventory from a spreadsheet', async () => {
  const { recognition, preview } = await propose(`\uFEFF${EXCEL_SHEET}`);

  it('finds the header below a title line and maps the columns by their names', () => {
    expect(recognition.headerRow).toBe(2);
    expect(recognition.mapping).toEqual(['name', 'type', 'vendor', 'owner', 'quantity', 'dependsOn']);
  });

  it('reads kinds as people write them, suppliers and owners by name, and "38 stuks" as 38', () => {
    expect(
      preview.accepted.map((r) => [
        r.row,
        r.data.name,
        r.data.type,
        r.data.vendor ?? '',
        r.data.owner ?? '',
        r.data.quantity,
      ]),
    ).toEqual([
      [4, 'Firewall', 'network', 'supplier-ict', 'person-pieter', 1],
      [5, 'Laptops', 'laptop', 'supplier-ict', '', 38],
      [7, 'Printers', 'printer', '', 'person-pieter', 4],
      [8, 'Netwerk gemeentehuis', 'network', '', '', undefined],
      [10, 'Tablet raadsleden', 'other', '', '', undefined],
    ]);
    expect(preview.accepted[2]?.dependsOnNames).toEqual(['Netwerk gemeentehuis', 'Firewall']);
  });

  it('reports a supplier it does not know instead of inventing one, and keeps its name in the notes', () => {
    expect(preview.accepted[2]?.unresolved).toEqual([{ field: 'vendor', value: 'Printshop Noord' }]);
    expect(preview.accepted[2]?.data.notes).toBe('Leverancier: Printshop Noord');
  });

  it('keeps a row with an unknown kind or number, refuses only a row without a name, and skips empty and total rows', () => {
    expect(preview.accepted[4]?.data.notes).toBe('Soort: koffiezet\nAantal: abc');
    expect(preview.rejected).toEqual([{ row: 9, problems: [{ field: 'name', problem: 'noName', value: '' }] }]);
    expect(preview.skipped.map((s) => s.reason)).toEqual(['empty', 'total']);
  });

  it('links dependencies by name to systems already in the plan and just imported', () => {
    const systems = [...lookups.systems, { id: 'new-firewall', name: 'Firewall' }];
    expect(resolveDependencies(['netwerk gemeentehuis', 'Firewall', 'Kluis'], systems)).toEqual({
      ids: ['sys-lan', 'new-firewall'],
      unresolved: ['Kluis'],
    });
  });
});

describe('exporting the inventory', () => {
  it('writes labels, kinds, names of suppliers, owners and dependencies, and reads back the same', async () => {
    const systems = [
      {
        id: 'sys-lan',
        name: 'Netwerk gemeentehuis',
        type: 'network',
        vendor: 'supplier-ict',
        owner: 'person-pieter',
        quantity: 6,
        dependsOn: [],
      },
      {
        id: 'sys-fw',
        name: 'Firewall; VPN',
        type: 'network',
        vendor: '',
        owner: '',
        quantity: 1,
        dependsOn: ['sys-lan'],
      },
    ];
    const csv = inventoryToCsv(systems, {
      header: (f: FieldDescriptor) => labels(f)[0]!,
      choice: (f, v) => choiceLabels(f, v)[0]!,
      lookups: { ...lookups, systems: systems.map((s) => ({ id: s.id, name: s.name })) },
    });
    expect(csv.startsWith('\uFEFFNaam;Soort;Leverancier;Verantwoordelijke;')).toBe(true);
    expect(csv).toContain('Netwerk gemeentehuis;Netwerk en internet;Westkust ICT Partners;Pieter Wouters;');

    const { preview } = await propose(csv);
    expect(preview.rejected).toEqual([]);
    expect(
      preview.accepted.map((r) => [r.data.name, r.data.type, r.data.vendor ?? '', r.data.quantity, r.dependsOnNames]),
    ).toEqual([
      ['Netwerk gemeentehuis', 'network', 'supplier-ict', 6, []],
      ['Firewall; VPN', 'network', '', 1, ['Netwerk gemeentehuis']],
    ]);
  });
});
