import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDescriptor } from '../../../domain/fields';
import {
  type InventoryCsv as ParsedInventory,
  type InventoryImportRow,
  type InventoryLookups,
  type NameIndex,
  findHeader,
  guessInventoryMapping,
  mappableFields,
  parseCsv,
  previewInventoryImport,
} from '../../../domain/rules/inventoryCsv';
import { invoke } from '../../api';
import { CsvImportDialog } from '../../csv/CsvImportDialog';
import { choiceLabels, fieldLabelsOf } from '../../../i18n/sheetLabels';
import type { CsvImportSpec } from '../../csv/importSpec';
import { useListSection, useWordingContext } from '../../forms/useSection';

const index = (items: readonly Record<string, unknown>[] | undefined): NameIndex =>
  (items ?? []).map((item) => ({ id: String(item.id), name: String(item.name ?? '') }));

/** A row's value in the preview: a kind by its label, a supplier or owner by name, dependencies by the names in the sheet. */
function InventoryCell({
  row,
  field,
  lookups,
}: {
  row: InventoryImportRow;
  field: FieldDescriptor;
  lookups: InventoryLookups;
}) {
  const { t } = useTranslation();
  const context = useWordingContext();
  const value = row.data[field.name];
  const missing = row.unresolved.find((u) => u.field === field.name);
  const refIndex = field.ref === 'people' ? lookups.people : lookups.suppliers;
  let shown = String(value ?? '');
  if (field.widget === 'choice' && value) shown = t(`choices.${field.optionSet}.${String(value)}`, { context });
  else if (field.widget === 'ref') shown = refIndex.find((entry) => entry.id === value)?.name ?? '';
  else if (field.widget === 'refs') shown = row.dependsOnNames.join(', ');
  return (
    <>
      {shown}
      {missing && (
        <span className="field-hint">
          {t('servicesInventory.csv.unresolved', {
            field: t(`fields.systems.${field.name}.label`, { context }),
            value: missing.value,
          })}
        </span>
      )}
    </>
  );
}

/** How the inventory is read from a spreadsheet (title lines, totals, names for references) and written back. */
function useInventoryCsvSpec(): CsvImportSpec<ParsedInventory, InventoryImportRow> {
  const systems = useListSection('systems');
  const people = useListSection('people');
  const suppliers = useListSection('suppliers');
  return useMemo(() => {
    const lookups = { systems: index(systems), people: index(people), suppliers: index(suppliers) };
    const labels = fieldLabelsOf('systems');
    return {
      section: 'systems',
      messages: 'servicesInventory.csv',
      fields: mappableFields(),
      read: (text) => findHeader(parseCsv(text), labels),
      guess: (headers) => guessInventoryMapping(headers, labels),
      preview: (parsed, mapping) => previewInventoryImport(parsed, mapping, lookups, choiceLabels),
      cell: (row, field) => <InventoryCell row={row} field={field} lookups={lookups} />,
      save: async (rows) => {
        // One transaction in main: a failing medium leaves the inventory as it was, never half imported.
        const result = await invoke('inventory.import', {
          rows: rows.map(({ data, dependsOnNames }) => ({ data, dependsOnNames })),
        });
        return { imported: result.added, unresolved: result.unresolved };
      },
      exportCsv: () => invoke('inventory.exportCsv'),
      look: { rows: 8, rowNumbers: true, detected: false, caption: 'previewTitle' },
    };
  }, [systems, people, suppliers]);
}

/** Import of the inventory from a spreadsheet (mapping, preview, rejected rows) and export to CSV. */
export function InventoryCsv() {
  return <CsvImportDialog spec={useInventoryCsvSpec()} />;
}
