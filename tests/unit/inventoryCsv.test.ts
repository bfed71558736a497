import { describe, expect, it } from 'vitest';
import type { FieldDescriptor } from '../../src/domain/fields';
import {
  findHeader,
  guessInventoryMapping,
  inventoryToCsv,
  parseCsv,
  previewInventoryImport,
  resolveDependencies,
} from '../../src/domain/rules/inventoryCsv';
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

describe('importing an inventory from a spreadsheet', () => {
  const parsed = findHeader(parseCsv(`\uFEFF${EXCEL_SHEET}`), labels);
  const mapping = guessInventoryMapping(parsed.headers, labels);
  const preview = previewInventoryImport(parsed, mapping, lookups, choiceLabels);

  it('finds the header below a title line and maps the columns by their names', () => {
    expect(parsed.headers[0]).toBe('Naam');
    expect(mapping).toEqual(['name', 'type', 'vendor', 'owner', 'quantity', 'dependsOn']);
  });

  it('reads kinds as people write them, suppliers and owners by name, and "38 stuks" as 38', () => {
    expect(
      preview.accepted.map((r) => [r.row, r.data.name, r.data.type, r.data.vendor, r.data.owner, r.data.quantity]),
    ).toEqual([
      [4, 'Firewall', 'network', 'supplier-ict', 'person-pieter', 1],
      [5, 'Laptops', 'laptop', 'supplier-ict', '', 38],
      [7, 'Printers', 'printer', '', 'person-pieter', 4],
    ]);
    expect(preview.accepted[2]?.dependsOnNames).toEqual(['Netwerk gemeentehuis', 'Firewall']);
  });

  it('reports a supplier it does not know instead of inventing one', () => {
    expect(preview.accepted[2]?.unresolved).toEqual([{ field: 'vendor', value: 'Printshop Noord' }]);
  });

  it('rejects rows without a name, with an unknown kind or number, or already in the plan, and skips empty and total rows', () => {
    expect(preview.rejected).toEqual([
      { row: 8, problems: [{ field: 'name', problem: 'duplicate', value: 'Netwerk gemeentehuis' }] },
      { row: 9, problems: [{ field: 'name', problem: 'noName', value: '' }] },
      {
        row: 10,
        problems: [
          { field: 'type', problem: 'choice', value: 'koffiezet' },
          { field: 'quantity', problem: 'number', value: 'abc' },
        ],
      },
    ]);
    expect(preview.skipped).toBe(2);
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
  it('writes labels, kinds, names of suppliers, owners and dependencies, and reads back the same', () => {
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

    const back = findHeader(parseCsv(csv), labels);
    const mapping = guessInventoryMapping(back.headers, labels);
    const preview = previewInventoryImport(back, mapping, { ...lookups, systems: [] }, choiceLabels);
    expect(preview.rejected).toEqual([]);
    expect(
      preview.accepted.map((r) => [r.data.name, r.data.type, r.data.vendor, r.data.quantity, r.dependsOnNames]),
    ).toEqual([
      ['Netwerk gemeentehuis', 'network', 'supplier-ict', 6, []],
      ['Firewall; VPN', 'network', '', 1, ['Netwerk gemeentehuis']],
    ]);
  });
});
