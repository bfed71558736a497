import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportLookups, ImportPreview, ImportRow } from '../../domain/csv/importPreview';
import type { ColumnMapping } from '../../domain/csv/sheet';
import type { FieldDescriptor } from '../../domain/fields';
import { useWordingContext } from '../forms/useSection';
import { mappedColumns } from './columnMapping';
import type { ListImportSpec } from './importSpec';
import { TableScroll } from '../forms/TableScroll';
import { useImportMessages } from './useImportMessages';

/** A row's value as it will be stored: a choice by its label, a reference by name, with "read as …" where a synonym decided. */
function Cell({
  row,
  field,
  list,
  lookups,
}: {
  row: ImportRow;
  field: FieldDescriptor;
  list: string;
  lookups: ImportLookups;
}) {
  const { t } = useTranslation();
  const context = useWordingContext();
  const value = row.data[field.name];
  const readAs = row.readAs.find((r) => r.field === field.name);
  const missing = row.unresolved.find((u) => u.field === field.name);
  let shown = value === undefined || value === null ? '' : String(value);
  if (field.widget === 'choice' && value) shown = t(`choices.${field.optionSet}.${String(value)}`, { context });
  else if (field.widget === 'boolean') shown = value ? t('common.yes') : t('common.no');
  else if (field.widget === 'ref')
    shown =
      (field.ref === 'people' ? lookups.people : lookups.suppliers).find((entry) => entry.id === value)?.name ?? '';
  else if (field.widget === 'refs') shown = row.dependsOnNames.join(', ');
  return (
    <>
      {shown}
      {readAs && (
        <span className="field-hint">
          {readAs.as === 'other'
            ? t('imports.readAsOther', { value: readAs.value })
            : `“${readAs.value}”: ${t('imports.readAs', { as: shown })}`}
        </span>
      )}
      {missing && (
        <span className="field-hint">
          {t('servicesInventory.csv.unresolved', {
            field: t(`fields.${list}.${field.name}.label`, { context }),
            value: missing.value,
          })}
        </span>
      )}
    </>
  );
}

/** The first rows that will be imported, in the mapped columns, as they will be stored. */
export function AcceptedRows({
  spec,
  fields,
  rows,
  mapping,
  fileName,
  lookups,
}: {
  spec: ListImportSpec;
  fields: readonly FieldDescriptor[];
  rows: readonly ImportRow[];
  mapping: ColumnMapping;
  fileName: string;
  lookups: ImportLookups;
}) {
  const { t, message } = useImportMessages(spec.messages);
  const context = useWordingContext();
  const captionId = useId();
  const columns = mappedColumns(mapping).flatMap(({ name }) => fields.filter((field) => field.name === name));
  // What the automatic reading decided is shown even when its column is not mapped (a kind read from the OS).
  for (const name of ['name', 'type'])
    if (!columns.some((f) => f.name === name) && rows.some((row) => row.data[name])) {
      const field = fields.find((f) => f.name === name);
      if (field) columns.unshift(field);
    }
  return (
    <TableScroll labelledBy={captionId}>
      <table className="list-table">
        <caption id={captionId} className="visually-hidden">
          {spec.look.caption === 'previewTitle' ? message('previewTitle', { file: fileName }) : message('previewRows')}
        </caption>
        <thead>
          <tr>
            {spec.look.rowNumbers && <th scope="col">{message('row', { row: '' }).trim()}</th>}
            {columns.map((field) => (
              <th key={field.name} scope="col">
                {t(`fields.${spec.list}.${field.name}.label`, { context })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, spec.look.rows).map((row) => (
            <tr key={row.row}>
              {spec.look.rowNumbers && <td>{row.row}</td>}
              {columns.map((field) => (
                <td key={field.name}>
                  <Cell row={row} field={field} list={spec.list} lookups={lookups} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Every row that will not be imported with its reason, and what was skipped, merged or renamed. */
export function PreviewNotes({ spec, preview }: { spec: ListImportSpec; preview: ImportPreview }) {
  const { t, message } = useImportMessages(spec.messages);
  const context = useWordingContext();
  const label = (fieldName: string) => t(`fields.${spec.list}.${fieldName}.label`, { context });
  const reasons = [...new Set(preview.skipped.map((s) => s.reason))].map((r) => t(`imports.skippedLines.${r}`));
  const said = [
    ...preview.merged.map((m) => t('imports.merged', m)),
    ...preview.renamed.map((r) => t('imports.renamed', r)),
  ];
  return (
    <>
      {preview.skipped.length > 0 && (
        <p className="muted">
          {t('imports.skippedSummary', { count: preview.skipped.length, reasons: reasons.join(', ') })}
        </p>
      )}
      {said.length > 0 && (
        <ul className="csv-said">
          {said.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {preview.rejected.length > 0 && (
        <div className="csv-rejected" role="note">
          <p>
            <strong>{message('rejected', { count: preview.rejected.length })}</strong>
          </p>
          <ul>
            {preview.rejected.map(({ row, problems }) => (
              <li key={row}>
                {message('row', { row })}:{' '}
                {problems
                  .map((p) => message(`problems.${p.problem}`, { field: label(p.field), value: p.value }))
                  .join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
