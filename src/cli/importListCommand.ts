import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ListKey } from '../domain/csv/importWords';
import { IMPORT_LISTS, previewList, recogniseList, rowsToStore } from '../domain/csv/listImport';
import { TABLE_LIMITS, readTable } from '../domain/csv/readTable';
import { exportTranslator } from '../export/translator';
import { choiceLabels, fieldLabelIn, fieldLabelsOf } from '../i18n/sheetLabels';
import { importList } from '../ipc/importHandlers';
import { PlanDocument } from '../storage/planDocument';
import { openPlanFile } from '../storage/planFile';

export interface ImportListOutcome {
  /** Exit code: 0 when rows were stored (or would be, with --dry-run). */
  code: 0 | 1 | 2;
  out: string[];
  err: string[];
}

const nameIndex = (items: readonly Record<string, unknown>[]) =>
  items.map((item) => ({ id: String(item.id), name: String(item.name ?? '') }));

/**
 * `paraat import-list <plan.paraat> <systems|people|suppliers> <file> [--sheet <name>] [--dry-run]`:
 * the dialog's import with the automatic proposal, through the same reading, recognition and storing code.
 */
export async function importListCommand(
  planPath: string,
  list: string,
  filePath: string,
  { dryRun, sheet }: { dryRun: boolean; sheet?: string },
): Promise<ImportListOutcome> {
  if (!(IMPORT_LISTS as readonly string[]).includes(list))
    return { code: 2, out: [], err: [`paraat: the list must be one of ${IMPORT_LISTS.join(', ')}, not "${list}".`] };
  const key = list as ListKey;
  const t = exportTranslator('en', '');
  // The size is checked before the file is read into memory.
  if (statSync(filePath).size > TABLE_LIMITS.bytes)
    return {
      code: 1,
      out: [],
      err: [`paraat: ${t('imports.problems.tooLarge', { detail: Math.ceil(statSync(filePath).size / 1024 / 1024) })}`],
    };
  const read = await readTable(new Uint8Array(readFileSync(filePath)), { sheet });
  if (!read.ok) {
    const err = [`paraat: ${t(`imports.problems.${read.problem}`, { detail: read.detail })}`];
    if (read.problem === 'sheetNotFound') {
      const names = await readTable(new Uint8Array(readFileSync(filePath)));
      if (names.ok && names.sheets) err.push(`Sheets: ${names.sheets.names.map((name) => `"${name}"`).join(', ')}`);
    }
    return { code: 1, out: [], err };
  }
  if (sheet !== undefined && !read.sheets)
    return {
      code: 2,
      out: [],
      err: [`paraat: --sheet is for a workbook (.xlsx); ${basename(filePath)} is a text file.`],
    };

  const document = new PlanDocument(openPlanFile(planPath));
  try {
    const language = String(document.meta.get('language') ?? 'nl');
    const context = {
      labels: fieldLabelsOf(key),
      choiceLabels,
      noteLabel: fieldLabelIn(language, key),
      lookups: {
        people: nameIndex(document.list('people').list()),
        suppliers: nameIndex(document.list('suppliers').list()),
      },
    };
    const recognition = recogniseList(key, read.table, context);
    const preview = previewList(key, recognition, recognition.mapping, context);
    const out: string[] = [];
    out.push(
      `${basename(filePath)}: ${t(`imports.formats.${read.format}`)}, header on line ${recognition.headerRow + 1}` +
        (recognition.tool ? `; ${t(`imports.tools.${recognition.tool}`)}` : ''),
    );
    if (read.sheets && read.sheets.names.length > 1)
      out.push(
        `Sheet: "${read.sheets.chosen}" (of ${read.sheets.names.map((name) => `"${name}"`).join(', ')}; another with --sheet <name>)`,
      );
    const columns = recognition.mapping.flatMap((field, column) =>
      field ? [`${recognition.headers[column] || `#${column + 1}`} → ${field}`] : [],
    );
    out.push(`Columns: ${columns.join(', ')}`);
    const dataRows = recognition.rows.length;
    out.push(
      `Rows read: ${dataRows}; accepted: ${preview.accepted.length}; skipped: ${preview.skipped.length}; ` +
        `merged: ${preview.merged.length}; rejected: ${preview.rejected.length}`,
    );
    for (const skipped of preview.skipped.filter((s) => s.reason !== 'empty'))
      out.push(`  row ${skipped.row} skipped: ${t(`imports.skippedLines.${skipped.reason}`)} "${skipped.text}"`);
    for (const merged of preview.merged) out.push(`  ${t('imports.merged', merged)}`);
    for (const renamed of preview.renamed) out.push(`  ${t('imports.renamed', renamed)}`);
    for (const rejected of preview.rejected)
      out.push(
        `  row ${rejected.row} rejected: ${rejected.problems.map((p) => (p.problem === 'noName' ? 'no name' : `invalid values (${p.value})`)).join('; ')}`,
      );
    if (recognition.hints.refused.length > 0)
      out.push(
        t('imports.refusedColumns', {
          columns: recognition.hints.refused.map((c) => recognition.headers[c]).join(', '),
        }),
      );
    if (preview.accepted.length === 0) return { code: 1, out, err: ['paraat: no row of the file can be imported.'] };
    const summary = importList(document, key, rowsToStore(preview), dryRun);
    out.push(
      `${dryRun ? 'Would store (dry run, nothing written)' : 'Stored'}: ${t('imports.changes', { ...summary })}`,
    );
    if (summary.unresolved.length > 0) out.push(`Dependencies naming no system: ${summary.unresolved.join(', ')}`);
    if (summary.disappeared.length > 0) out.push(t('imports.disappeared', { names: summary.disappeared.join(', ') }));
    return { code: 0, out, err: [] };
  } finally {
    document.close();
  }
}
