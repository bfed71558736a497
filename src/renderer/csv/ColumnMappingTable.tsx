import type { FieldDescriptor } from '../../domain/fields';
import type { ColumnMapping } from '../../domain/csv/sheet';
import type { Recognition } from '../../domain/csv/recognise';
import { useWordingContext } from '../forms/useSection';
import { assignColumn, columnName, exampleOf } from './columnMapping';
import { TableScroll } from '../forms/TableScroll';
import { useImportMessages } from './useImportMessages';

const combinable = (field: FieldDescriptor | undefined) => field?.widget === 'text' || field?.widget === 'longText';

/**
 * Each column of the file with an example value and the field it goes into, which the
 * coordinator can change; text fields can take several columns, joined.
 */
export function ColumnMappingTable({
  section,
  messages,
  fields,
  recognition,
  mapping,
  onChange,
  pasted = false,
}: {
  section: string;
  messages: string;
  fields: readonly FieldDescriptor[];
  recognition: Pick<Recognition, 'headers' | 'rows'>;
  mapping: ColumnMapping;
  onChange: (update: (current: ColumnMapping) => ColumnMapping) => void;
  /** The rows were pasted, not read from a file: the columns are called pasted columns. */
  pasted?: boolean;
}) {
  const { t, message } = useImportMessages(messages);
  const context = useWordingContext();
  const isCombinable = (name: string) => combinable(fields.find((f) => f.name === name));
  return (
    <TableScroll>
      <table className="list-table csv-mapping">
        <caption>
          {message('mapping')} <span className="muted">{t('imports.combined')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{pasted ? t('imports.paste.column') : message('column')}</th>
            <th scope="col">{message('example')}</th>
            <th scope="col">{message('field')}</th>
          </tr>
        </thead>
        <tbody>
          {recognition.headers.map((_header, column) => (
            <tr key={column}>
              <th scope="row">{columnName(recognition, column)}</th>
              <td>{exampleOf(recognition, column)}</td>
              <td>
                <select
                  aria-label={message('fieldFor', { column: columnName(recognition, column) })}
                  value={mapping[column] ?? ''}
                  onChange={(event) => {
                    const fieldName = event.target.value || null;
                    onChange((current) => assignColumn(current, column, fieldName, isCombinable));
                  }}
                >
                  <option value="">{message('skip')}</option>
                  {fields.map((field) => (
                    <option key={field.name} value={field.name}>
                      {t(`fields.${section}.${field.name}.label`, { context })}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
