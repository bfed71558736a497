import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ParsedCsv } from '../../domain/csv/sheet';
import { useWordingContext } from '../forms/useSection';
import { assignColumn, columnName, exampleOf } from './columnMapping';
import type { CsvImportSpec } from './importSpec';

/** Each column of the file with an example value and the field it goes into, which the coordinator can change. */
export function ColumnMappingTable({
  spec,
  parsed,
  mapping,
  onChange,
}: {
  spec: Pick<CsvImportSpec, 'section' | 'messages' | 'fields'>;
  parsed: ParsedCsv;
  mapping: ColumnMapping;
  onChange: (update: (current: ColumnMapping) => ColumnMapping) => void;
}) {
  const { t } = useTranslation();
  const context = useWordingContext();
  const message = (key: string, params?: Record<string, unknown>) => t(`${spec.messages}.${key}`, params);
  return (
    <table className="list-table csv-mapping">
      <caption>{message('mapping')}</caption>
      <thead>
        <tr>
          <th scope="col">{message('column')}</th>
          <th scope="col">{message('example')}</th>
          <th scope="col">{message('field')}</th>
        </tr>
      </thead>
      <tbody>
        {parsed.headers.map((_header, column) => (
          <tr key={column}>
            <th scope="row">{columnName(parsed, column)}</th>
            <td>{exampleOf(parsed, column)}</td>
            <td>
              <select
                aria-label={message('fieldFor', { column: columnName(parsed, column) })}
                value={mapping[column] ?? ''}
                onChange={(event) => {
                  const fieldName = event.target.value || null;
                  onChange((current) => assignColumn(current, column, fieldName));
                }}
              >
                <option value="">{message('skip')}</option>
                {spec.fields.map((field) => (
                  <option key={field.name} value={field.name}>
                    {t(`fields.${spec.section}.${field.name}.label`, { context })}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
