import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ParsedCsv } from '../../domain/csv/sheet';
import { useWordingContext } from '../forms/useSection';
import { mappedColumns } from './columnMapping';
import type { CsvImportSpec, ImportPreview, ImportRow } from './importSpec';

/** The first rows that will be imported, in the mapped columns, as they will be stored. */
export function AcceptedRows<Parsed extends ParsedCsv, Row extends ImportRow>({
  spec,
  rows,
  mapping,
  fileName,
}: {
  spec: CsvImportSpec<Parsed, Row>;
  rows: readonly Row[];
  mapping: ColumnMapping;
  fileName: string;
}) {
  const { t } = useTranslation();
  const context = useWordingContext();
  const message = (key: string, params?: Record<string, unknown>) => t(`${spec.messages}.${key}`, params);
  const columns = mappedColumns(mapping).flatMap(({ name }) => spec.fields.filter((field) => field.name === name));
  return (
    <table className="list-table">
      <caption className="visually-hidden">
        {spec.look.caption === 'previewTitle' ? message('previewTitle', { file: fileName }) : message('previewRows')}
      </caption>
      <thead>
        <tr>
          {spec.look.rowNumbers && <th scope="col">{message('row', { row: '' }).trim()}</th>}
          {columns.map((field) => (
            <th key={field.name} scope="col">
              {t(`fields.${spec.section}.${field.name}.label`, { context })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, spec.look.rows).map((row) => (
          <tr key={row.row}>
            {spec.look.rowNumbers && <td>{row.row}</td>}
            {columns.map((field) => (
              <td key={field.name}>{spec.cell(row, field)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every row that will not be imported, with its reasons, so the coordinator can fix the sheet. */
export function RejectedRows({
  spec,
  rejected,
}: {
  spec: Pick<CsvImportSpec, 'section' | 'messages'>;
  rejected: ImportPreview<ImportRow>['rejected'];
}) {
  const { t } = useTranslation();
  const context = useWordingContext();
  const message = (key: string, params?: Record<string, unknown>) => t(`${spec.messages}.${key}`, params);
  const label = (fieldName: string) => t(`fields.${spec.section}.${fieldName}.label`, { context });
  return (
    <div className="csv-rejected" role="note">
      <p>
        <strong>{message('rejected', { count: rejected.length })}</strong>
      </p>
      <ul>
        {rejected.map(({ row, problems }) => (
          <li key={row}>
            {message('row', { row })}:{' '}
            {problems
              .map((p) => message(`problems.${p.problem}`, { field: label(p.field), value: p.value }))
              .join('; ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
