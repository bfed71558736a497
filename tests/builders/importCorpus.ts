import { type ListKey } from '../../src/domain/csv/importWords';
import { type ListImportContext, previewList, recogniseList } from '../../src/domain/csv/listImport';
import { readTable } from '../../src/domain/csv/readTable';
import { choiceLabels, fieldLabelIn, fieldLabelsOf } from '../../src/i18n/sheetLabels';
import type { Expected } from '../fixtures/import-corpus/corpus';

/** The dialog's reading of a file with its automatic proposal, for a plan with these people and suppliers. */
export async function proposeFor(
  list: ListKey,
  bytes: Uint8Array,
  lookups: ListImportContext['lookups'] = { people: [], suppliers: [] },
) {
  const read = await readTable(bytes);
  if (!read.ok) throw new Error(`refused: ${read.problem}`);
  const context: ListImportContext = {
    labels: fieldLabelsOf(list),
    choiceLabels,
    noteLabel: fieldLabelIn('nl', list),
    lookups,
  };
  const recognition = recogniseList(list, read.table, context);
  const preview = previewList(list, recognition, recognition.mapping, context);
  return { read, recognition, preview };
}

/** Whether a stored item is what the coordinator expects: its name, kind and numbers. */
export function storedRight(item: Record<string, unknown> | undefined, expected: Expected): boolean {
  if (!item) return false;
  const kindField = 'type' in item ? 'type' : 'category';
  const checks: [unknown, string | undefined][] = [
    [item.name, expected.name],
    [item[kindField], expected.kind],
    [item.workPhone, expected.workPhone],
    [item.mobilePhone, expected.mobilePhone],
    [item.privatePhone, expected.privatePhone],
    [item.emergencyLine, expected.emergencyLine],
  ];
  const phonesGiven = expected.workPhone || expected.mobilePhone || expected.privatePhone;
  return checks.every(([actual, wanted], index) => {
    // A person's numbers are right only when the ones not expected are empty too.
    if (wanted === undefined) return !(phonesGiven && index >= 2 && index <= 4 && actual);
    return actual === wanted;
  });
}
