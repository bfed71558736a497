/**
 * The line syntax vCard (RFC 2426 / 6350) and iCalendar (RFC 5545) share: text values escaped,
 * lines of at most 75 octets folded with CRLF and a space, and CRLF after every line.
 */

/**
 * A text value as both formats write it: backslash, comma, semicolon and line breaks escaped;
 * control characters dropped. A vCard leaves the semicolon of a single text value (FN, TITLE,
 * NOTE) as it is, since only its compound values (N, ORG) split on semicolons.
 */
export function escapeText(value: string, { semicolons = true } = {}): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, semicolons ? '\\;' : ';')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

const encoder = new TextEncoder();

/** Splits a line into pieces of at most 75 octets (74 after the leading space), never inside a character. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/** The lines as a file: each folded, each ended by CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
