import { describe, expect, it } from 'vitest';
import { readPastedTable, recognisePasted } from '../../src/domain/csv/clipboard';
import type { ListKey } from '../../src/domain/csv/importWords';
import { type ListImportContext, previewList, rowsToStore } from '../../src/domain/csv/listImport';
import { choiceLabels, fieldLabelIn, fieldLabelsOf } from '../../src/i18n/sheetLabels';
import { newPlan } from '../builders/newPlan';

type Item = { id: string } & Record<string, unknown>;

/** What the list's paste does before it stores: read the clipboard text, recognise, preview with the proposal. */
function pastedRows(list: ListKey, text: string, lookups: ListImportContext['lookups']) {
  const read = readPastedTable(text);
  if (!read.ok) throw new Error(`refused: ${read.problem}`);
  const context: ListImportContext = {
    labels: fieldLabelsOf(list),
    choiceLabels,
    noteLabel: fieldLabelIn('nl', list),
    lookups,
  };
  const { recognition } = recognisePasted(list, read.table, context);
  return rowsToStore(previewList(list, recognition, recognition.mapping, context));
}

const excel = (rows: string[][]) => rows.map((row) => row.join('\t')).join('\r\n') + '\r\n';

describe('rows pasted from Excel on a list', () => {
  it('are stored by lists.import in every list the import takes, and pasting them again changes nothing', async () => {
    const { harness } = await newPlan();
    const names = async (section: string) =>
      (await harness.ok<Item[]>('items.list', { section })).map((item) => ({ id: item.id, name: String(item.name) }));
    const paste = async (section: 'systems' | 'people' | 'suppliers', rows: string[][]) =>
      harness.ok('lists.import', {
        section,
        rows: pastedRows(section, excel(rows), { people: await names('people'), suppliers: await names('suppliers') }),
        dryRun: false,
      });

    const suppliers = [
      ['Leverancier', 'Soort', 'Noodnummer', 'Klantnummer'],
      ['Westkust ICT Partners', 'IT-partner', '050 12 34 56', 'K-1001'],
      ['Polderlink', 'Internetprovider', '0800 11 222', 'PL-77'],
    ];
    expect(await paste('suppliers', suppliers)).toMatchObject({ added: 2, updated: 0 });
    const people = [
      ['Naam', 'Functie', 'GSM', 'E-mail'],
      ['An Peeters', 'Algemeen directeur', '0470 11 22 33', 'an.peeters@beekzande.be'],
      ['Bart Claes', 'ICT-verantwoordelijke', '0471 44 55 66', 'bart.claes@beekzande.be'],
    ];
    expect(await paste('people', people)).toMatchObject({ added: 2 });
    const systems = [
      ['Naam', 'Soort', 'Leverancier', 'Verantwoordelijke'],
      ['Firewall', 'Firewall', 'Westkust ICT Partners', 'Bart Claes'],
      ['Glasvezellijn', 'Netwerk en internet', 'Polderlink', 'Bart Claes'],
    ];
    expect(await paste('systems', systems)).toMatchObject({ added: 2 });

    const stored = await harness.ok<Item[]>('items.list', { section: 'systems' });
    const supplierIds = Object.fromEntries((await names('suppliers')).map((s) => [s.name, s.id]));
    const bart = (await names('people')).find((p) => p.name === 'Bart Claes')!.id;
    expect(stored.map((s) => [s.name, s.type, s.vendor, s.owner])).toEqual([
      ['Firewall', 'network', supplierIds['Westkust ICT Partners'], bart],
      ['Glasvezellijn', 'network', supplierIds.Polderlink, bart],
    ]);
    const [an] = await harness.ok<Item[]>('items.list', { section: 'people' });
    expect(an).toMatchObject({ function: 'Algemeen directeur', mobilePhone: '0470 11 22 33' });

    expect(await paste('systems', systems)).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(await paste('people', people)).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
  });
});
