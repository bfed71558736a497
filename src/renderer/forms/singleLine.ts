/**
 * A one-line field's text as typed or pasted: a row copied from Excel arrives with tabs between its
 * cells (and a line break at its end), which would be stored as invisible gaps. They become spaces.
 */
export function singleLine(value: string): string {
  return value.replace(/[\t\r\n]+/g, (gap, offset: number) => (offset + gap.length === value.length ? '' : ' '));
}
