import { deflateSync, inflateSync } from 'node:zlib';

/**
 * A PDF as Chromium writes it (Skia, in the app and on the command line): one classic cross-reference
 * table, objects as plain text with only stream data compressed. Enough of a reader to find pages,
 * their resources and content streams, and to append an incremental update that replaces some
 * objects while every other byte of the file stays as printed (tags, bookmarks, links untouched).
 * Anything it cannot read that way makes `readPdf` return null, so callers can take another road.
 */
export interface PdfFile {
  bytes: Uint8Array;
  /** The whole file as latin1 text: one character per byte, so string offsets are byte offsets. */
  text: string;
  /** Each object's byte offset, from the cross-reference table. */
  offsets: Map<number, number>;
  /** The trailer dictionary's text and the offset of its cross-reference table. */
  trailer: string;
  xrefOffset: number;
  /** The page objects' numbers in page order. */
  pages: number[];
}

export function readPdf(bytes: Uint8Array): PdfFile | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!startxref) return null;
  const xrefOffset = Number(startxref[1]);
  if (!text.startsWith('xref', xrefOffset)) return null;
  const trailerAt = text.indexOf('trailer', xrefOffset);
  if (trailerAt < 0) return null;
  const offsets = new Map<number, number>();
  const table = text.slice(xrefOffset + 4, trailerAt);
  let next = 0;
  for (const line of table.split(/\r?\n|\r/)) {
    const section = /^(\d+) (\d+)\s*$/.exec(line);
    const entry = /^(\d{10}) (\d{5}) ([nf])\s*$/.exec(line);
    if (section) next = Number(section[1]);
    else if (entry) {
      if (entry[3] === 'n') offsets.set(next, Number(entry[1]));
      next++;
    }
  }
  const trailer = text.slice(trailerAt, text.indexOf('startxref', trailerAt));
  // An update appended before (a /Prev) is beyond this reader; so are object streams (their
  // objects have no offset here, so whatever needs them is not found).
  if (/\/Prev\b/.test(trailer)) return null;
  const file: PdfFile = { bytes, text, offsets, trailer, xrefOffset, pages: [] };
  const catalog = dictionary(file, reference(trailer, 'Root'));
  const visit = (id: number | undefined, depth: number) => {
    const node = dictionary(file, id);
    if (id === undefined || !node || depth > 64) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1];
    if (/\/Type\s*\/Pages\b/.test(node) && kids) {
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) visit(Number(kid[1]), depth + 1);
    } else file.pages.push(id);
  };
  visit(catalog ? reference(catalog, 'Pages') : undefined, 0);
  return file.pages.length ? file : null;
}

/** The object a dictionary entry refers to (`/Key N 0 R`). */
export function reference(dictionaryText: string, key: string): number | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dictionaryText);
  return match ? Number(match[1]) : undefined;
}

/** An object's text up to its stream's data (or its end): its dictionary, for Skia's objects. */
export function dictionary(file: PdfFile, id: number | undefined): string | undefined {
  const offset = id === undefined ? undefined : file.offsets.get(id);
  if (offset === undefined) return undefined;
  const end = file.text.indexOf('endobj', offset);
  const stream = file.text.indexOf('stream', offset);
  return file.text.slice(offset, stream >= 0 && stream < end ? stream : end);
}

/** A stream object's data, inflated when it is compressed with Flate (the only filter Skia uses for text). */
export function streamData(file: PdfFile, id: number): Buffer | undefined {
  const head = dictionary(file, id);
  const offset = file.offsets.get(id);
  if (!head || offset === undefined) return undefined;
  const lengthText = /\/Length\s+(\d+)(\s+0 R)?/.exec(head);
  if (!lengthText) return undefined;
  const length = lengthText[2]
    ? Number(/obj\s*(\d+)\s*endobj/.exec(dictionary(file, Number(lengthText[1])) + 'endobj')?.[1])
    : Number(lengthText[1]);
  let start = offset + head.length + 'stream'.length;
  if (file.text[start] === '\r') start++;
  if (file.text[start] === '\n') start++;
  if (!Number.isFinite(length) || start + length > file.bytes.byteLength) return undefined;
  const raw = Buffer.from(file.bytes.buffer, file.bytes.byteOffset + start, length);
  if (!/\/Filter\s*\/FlateDecode\b/.test(head)) return /\/Filter\b/.test(head) ? undefined : raw;
  try {
    return inflateSync(raw);
  } catch {
    return undefined;
  }
}

/**
 * The file with an incremental update appended: each given object replaced by a Flate-compressed
 * stream with the given data (PDF 1.4, §3.4.5). Readers take the newest version of each object.
 */
export function withReplacedStreams(file: PdfFile, streams: Map<number, Buffer>): Uint8Array {
  const parts: Buffer[] = [Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength)];
  let position = file.bytes.byteLength;
  const push = (part: Buffer) => {
    parts.push(part);
    position += part.byteLength;
  };
  push(Buffer.from('\n', 'latin1'));
  const written: [number, number][] = [];
  for (const [id, data] of [...streams].sort(([a], [b]) => a - b)) {
    const compressed = deflateSync(data);
    written.push([id, position]);
    push(Buffer.from(`${id} 0 obj\n<< /Filter /FlateDecode /Length ${compressed.byteLength} >>\nstream\n`, 'latin1'));
    push(compressed);
    push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }
  const xref = position;
  const entries = written.map(([id, offset]) => `${id} 1\n${String(offset).padStart(10, '0')} 00000 n\r\n`);
  const size = /\/Size\s+(\d+)/.exec(file.trailer)?.[1];
  const kept = ['Root', 'Info', 'ID'].flatMap((key) => {
    const value = new RegExp(`/${key}\\s*(\\d+ 0 R|\\[[^\\]]*\\])`).exec(file.trailer)?.[1];
    return value ? [`/${key} ${value}`] : [];
  });
  push(
    Buffer.from(
      `xref\n${entries.join('')}trailer\n<< /Size ${size} ${kept.join(' ')} /Prev ${file.xrefOffset} >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}
