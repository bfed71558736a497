/**
 * A file or folder name made from plan text (an organisation's name), valid on Windows, macOS and
 * Linux: no characters Windows forbids, no control, invisible or direction-changing characters (a
 * right-to-left override can disguise `gpj.exe` as `exe.jpg`), no half of an emoji, no leading dot
 * (hidden) or trailing dot or space (Windows drops them), never a device name Windows reserves
 * (CON, NUL, COM1… whatever the extension), at most `maxCharacters` characters and 255 bytes.
 */
const FORBIDDEN = /[<>:"/\\|?*]/g;
// C0 and C1 controls, DEL, the zero-width space (joiners stay: emoji and scripts need them), direction marks, embeddings, overrides and isolates, BOM.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
const MAX_BYTES = 255;

const bytesOf = (text: string) => Buffer.byteLength(text, 'utf8');

/** Cuts text to whole characters as a reader sees them (an emoji family stays whole). */
function cutToFit(text: string, maxCharacters: number, maxBytes: number): string {
  const segments = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
  let result = '';
  let count = 0;
  for (const segment of segments) {
    if (count + 1 > maxCharacters || bytesOf(result + segment) > maxBytes) break;
    result += segment;
    count++;
  }
  return result;
}

export function safeFileName(
  text: string,
  extension = '',
  options: { maxCharacters?: number; fallback?: string } = {},
): string {
  const suffix = extension ? `.${extension}` : '';
  const cleaned = text
    .normalize('NFC')
    .replace(LONE_SURROGATE, '')
    .replace(INVISIBLE, ' ')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let stem = cutToFit(cleaned, options.maxCharacters ?? 100, MAX_BYTES - bytesOf(suffix)).replace(
    /^[\s.]+|[\s.]+$/g,
    '',
  );
  if (!stem) stem = options.fallback ?? 'plan';
  if (RESERVED.test(stem.split('.')[0]!.trim())) stem = stem.replace(/^[^.]*/, (device) => `${device.trim()}_`);
  return `${stem}${suffix}`;
}
