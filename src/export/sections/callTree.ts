import { findSection } from '../../domain/plan';
import type { ListRecord } from '../../domain/records';
import { callTreeColumns, callTreeRows } from '../card/emergencyCard';
import type { Block } from '../model';
import { type RenderContext, registerSectionRenderer } from '../renderers';
import { PORTRAIT_COLUMNS, fieldLabel, listBlocks } from '../sectionBlocks';

/**
 * The call tree as it is used on the phone: in calling order, each step with the main contact and
 * the deputy of its role and their numbers. Any other column (notes, fields added later) is kept.
 */
export function callTreeBlocks(records: ListRecord<'callTree'>[], context: RenderContext): Block[] {
  const section = findSection('callTree');
  if (!section || section.kind !== 'list') return [];
  const generic = listBlocks(section, records, context);
  const table = generic.find((block) => block.kind === 'table');
  if (records.length === 0 || !table || table.kind !== 'table') return generic;
  const shown = new Set(
    section.fields
      .filter((field) => ['label', 'role', 'fromLevel'].includes(field.name))
      .map((field) => fieldLabel(section, field, context)),
  );
  const kept = table.columns.map((column, index) => ({ column, index })).filter(({ column }) => !shown.has(column));
  const rows = callTreeRows(context).map((row, r) => [
    ...row,
    ...kept.map(({ index }) => table.rows[r]?.[index] ?? ''),
  ]);
  const columns = [...callTreeColumns(context), ...kept.map(({ column }) => column)];
  return [
    { kind: 'table', columns, rows, wide: columns.length > PORTRAIT_COLUMNS },
    ...generic.filter((block) => block !== table),
  ];
}

registerSectionRenderer('callTree', callTreeBlocks);
