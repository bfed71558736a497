import { Paragraph, type IParagraphOptions, SoftHyphen, TextRun, type IRunOptions } from 'docx';
import { SOFT_HYPHEN } from '../hyphenation';

/**
 * Characters XML 1.0 cannot hold (most control characters, lone surrogates, U+FFFE/U+FFFF) would
 * make Word refuse the whole file; a pasted text may contain them, so they are left out.
 */
export function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text for XML written by hand, as docx escapes it: the five XML specials, and control characters dropped. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => ESCAPES[char] ?? '');
}

/** A line's pieces between its soft hyphens, with Word's optional hyphen between them. */
const hyphenated = (line: string) =>
  line.split(SOFT_HYPHEN).flatMap((piece, index) => (index > 0 ? [new SoftHyphen(), piece] : [piece]));

/** One run per line, so a line break typed in Paraat is a line break in Word; a soft hyphen is Word's optional hyphen. */
export function textRuns(text: string, style: Omit<IRunOptions, 'text' | 'break'> = {}): TextRun[] {
  return xmlSafe(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, index) => {
      const content = line.includes(SOFT_HYPHEN) ? { children: hyphenated(line) } : { text: line };
      return new TextRun({ ...style, ...content, break: index > 0 ? 1 : undefined });
    });
}

export function textParagraph(
  text: string,
  options: Omit<IParagraphOptions, 'children' | 'text'> = {},
  run: Omit<IRunOptions, 'text' | 'break'> = {},
): Paragraph {
  return new Paragraph({ ...options, children: textRuns(text, run) });
}
