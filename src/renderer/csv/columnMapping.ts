import type { ColumnMapping, ParsedCsv } from '../../domain/csv/sheet';

/** Gives a column a field (or none); a field taken from another column leaves that column unmapped. */
export function assignColumn(mapping: ColumnMapping, column: number, fieldName: string | null): ColumnMapping {
  return mapping.map((name, i) => (i === column ? fieldName : name === fieldName ? null : name));
}

/** The mapped columns in file order, for the preview table's columns. */
export function mappedColumns(mapping: ColumnMapping): { name: string; column: number }[] {
  return mapping.flatMap((name, column) => (name === null ? [] : [{ name, column }]));
}

/** The first filled cell of a column, to show what the column holds. */
export function exampleOf(parsed: ParsedCsv, column: number): string {
  return parsed.rows.find((row) => (row[column] ?? '').trim() !== '')?.[column] ?? '';
}

/** A column's header as the coordinator sees it; a column without one by its position. */
export function columnName(parsed: ParsedCsv, column: number): string {
  return parsed.headers[column] || `#${column + 1}`;
}

/** The catalogue word for the separator the file used. */
export function delimiterName(delimiter: string): 'semicolon' | 'comma' | 'other' {
  if (delimiter === ';') return 'semicolon';
  if (delimiter === ',') return 'comma';
  return 'other';
}
