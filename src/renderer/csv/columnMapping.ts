import type { ColumnMapping, ParsedCsv } from '../../domain/csv/sheet';

/**
 * Gives a column a field (or none). A field that takes one value moves from its old column; a
 * text field (`combinable`) may take several columns, whose values are joined.
 */
export function assignColumn(
  mapping: ColumnMapping,
  column: number,
  fieldName: string | null,
  combinable: (fieldName: string) => boolean = () => false,
): ColumnMapping {
  const keepOthers = fieldName !== null && combinable(fieldName);
  return mapping.map((name, i) => (i === column ? fieldName : name === fieldName && !keepOthers ? null : name));
}

/** The mapped fields in file order, each once, for the preview table's columns. */
export function mappedColumns(mapping: ColumnMapping): { name: string; column: number }[] {
  const seen = new Set<string>();
  return mapping.flatMap((name, column) => {
    if (name === null || seen.has(name)) return [];
    seen.add(name);
    return [{ name, column }];
  });
}

/** The first filled cell of a column, to show what the column holds. */
export function exampleOf(parsed: Pick<ParsedCsv, 'rows'>, column: number): string {
  return parsed.rows.find((row) => (row[column] ?? '').trim() !== '')?.[column] ?? '';
}

/** A column's header as the coordinator sees it; a column without one by its position. */
export function columnName(parsed: Pick<ParsedCsv, 'headers'>, column: number): string {
  return parsed.headers[column] || `#${column + 1}`;
}

/** The catalogue word for the separator the file used. */
export function delimiterName(delimiter: string): 'semicolon' | 'comma' | 'other' {
  if (delimiter === ';') return 'semicolon';
  if (delimiter === ',') return 'comma';
  return 'other';
}
