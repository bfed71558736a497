import type { FieldDescriptor } from '../fields';
import { findSection } from '../plan';
import type { ListSection } from '../section';
import type { ImportedRow } from './importPlan';
import { type ImportLookups, type ImportPreview, previewListImport } from './importPreview';
import type { ListKey } from './importWords';
import { type Recognition, recognise } from './recognise';
import type { ColumnMapping, FieldLabels, ParsedCsv } from './sheet';

/**
 * One import of a list file, the same in the dialog and on the command line: the table is
 * recognised (header line, tool, columns), read with the proposed or chosen mapping, and the
 * accepted rows are what `lists.import` stores.
 */

export const IMPORT_LISTS = ['systems', 'people', 'suppliers'] as const satisfies readonly ListKey[];

export interface ListImportContext {
  /** A field's labels in both languages, to recognise headers written in either. */
  labels: FieldLabels;
  choiceLabels: (field: FieldDescriptor, option: string) => readonly string[];
  /** A field's label in the plan's language, for the notes. */
  noteLabel: (field: FieldDescriptor) => string;
  lookups: ImportLookups;
}

export const listSection = (list: ListKey) => findSection(list) as ListSection;

/** The fields a column can go into: the restart group is decided on the priorities step, not in a file. */
export function importableFields(list: ListKey): FieldDescriptor[] {
  return listSection(list).fields.filter(
    (f) => f.name !== 'tierOverride' && f.name !== 'tierOverrideReason' && (list === 'systems' || f.widget !== 'refs'),
  );
}

export function recogniseList(
  list: ListKey,
  table: ParsedCsv,
  context: Pick<ListImportContext, 'labels'>,
): Recognition {
  return recognise(list, table, importableFields(list), context.labels);
}

export function previewList(
  list: ListKey,
  recognition: Recognition,
  mapping: ColumnMapping,
  context: ListImportContext,
): ImportPreview {
  return previewListImport(list, listSection(list), recognition, mapping, context);
}

/** What `lists.import` takes for the accepted rows. */
export function rowsToStore(preview: ImportPreview): (ImportedRow & { dependsOnNames: string[] })[] {
  return preview.accepted.map(({ data, dependsOnNames }) => ({ data, dependsOnNames }));
}
