import { Unzlib } from 'fflate';
import { z } from 'zod';

/**
 * Pictures kept in the plan (a network diagram, a floor plan of the server room): PNG or JPEG only,
 * recognised by their bytes, never by a file name. An SVG is refused: it is a document that can
 * carry script and links to elsewhere, and Word prints it only with a PNG beside it anyway.
 */

export const PICTURE_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;
export type PictureMediaType = (typeof PICTURE_MEDIA_TYPES)[number];

export const PICTURE_LIMITS = {
  /** One picture's file. A scanned A3 network diagram as PNG is 1–3 MB. */
  bytes: 5 * 1024 * 1024,
  /** All pictures of a plan together: the plan still fits in a mail and on any stick. */
  totalBytes: 20 * 1024 * 1024,
  count: 20,
  /** Longest side in pixels: A3 at 300 dpi is 4,961. */
  side: 10_000,
  /**
   * Pixels in all: a viewer decodes a picture to 4 bytes per pixel, so this bounds the memory a
   * picture can cost the window, Word or the PDF printer (25 megapixels: 100 MB).
   */
  pixels: 25_000_000,
  caption: 500,
} as const;

/** Why a file is not taken as a picture; the interface words each one. */
export type PictureProblem = 'svg' | 'not-an-image' | 'damaged' | 'too-large' | 'too-many-pixels';

export interface PictureFacts {
  mediaType: PictureMediaType;
  width: number;
  height: number;
}

export type SniffResult = ({ ok: true } & PictureFacts) | { ok: false; problem: PictureProblem };

/** A picture's caption: a line or two that says what it shows and how current it is. */
export const captionSchema = z.string().max(PICTURE_LIMITS.caption);

/** A picture as it travels in plan JSON (the example plans, `paraat export --json`): its bytes as base64. */
export const pictureJsonSchema = z.object({
  id: z.string().min(1).max(64),
  caption: captionSchema.default(''),
  data: z.base64().max(Math.ceil(PICTURE_LIMITS.bytes / 3) * 4),
});
export type PictureJson = z.infer<typeof pictureJsonSchema>;

/** A picture of the plan with the facts read from its bytes. */
export interface Picture extends PictureFacts {
  id: string;
  caption: string;
  bytes: Uint8Array;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

class Damaged extends Error {}
class Oversized extends Error {}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG chunks carry it (ISO 3309, the same as zip's). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (bytes: Uint8Array, at: number) => {
  if (at + 4 > bytes.length) throw new Damaged();
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
};
const u16 = (bytes: Uint8Array, at: number) => {
  if (at + 2 > bytes.length) throw new Damaged();
  return (bytes[at]! << 8) | bytes[at + 1]!;
};

function checkDimensions(width: number, height: number): void {
  if (width < 1 || height < 1) throw new Damaged();
  if (width > PICTURE_LIMITS.side || height > PICTURE_LIMITS.side || width * height > PICTURE_LIMITS.pixels)
    throw new Oversized();
}

/** Bits per pixel for each PNG colour type and the bit depths it allows. */
const PNG_CHANNELS: Record<number, { channels: number; depths: number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};

/** The bytes a PNG's image data must inflate to: per row a filter byte and its pixels, per Adam7 pass when interlaced. */
function pngDataLength(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rowBytes = (w: number) => Math.ceil((w * bitsPerPixel) / 8);
  if (!interlaced) return height * (1 + rowBytes(width));
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ] as const;
  let total = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w > 0 && h > 0) total += h * (1 + rowBytes(w));
  }
  return total;
}

/**
 * A PNG read chunk by chunk with every checksum checked, and its image data inflated — counted,
 * never kept — to exactly the size its header announces, each row starting with a valid filter. A
 * header that lies about the size, a bomb that inflates to more, a file cut short: all refused.
 */
function sniffPng(bytes: Uint8Array): PictureFacts {
  let at = 8;
  let header: { width: number; height: number; expected: number; rowLength: number | null } | null = null;
  let inflated = 0;
  let ended = false;
  let sawEnd = false;
  let inflater: Unzlib | null = null;
  const consume = (chunk: Uint8Array) => {
    const { expected, rowLength } = header!;
    if (rowLength !== null) {
      // The first byte of every row says how it is filtered: 0 to 4.
      for (let row = Math.ceil(inflated / rowLength) * rowLength; row < inflated + chunk.length; row += rowLength)
        if (chunk[row - inflated]! > 4) throw new Damaged();
    }
    inflated += chunk.length;
    if (inflated > expected) throw new Damaged();
  };
  while (!sawEnd) {
    const length = u32(bytes, at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) throw new Damaged();
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== u32(bytes, at + 8 + length)) throw new Damaged();
    if (header === null && type !== 'IHDR') throw new Damaged();
    if (type === 'IHDR') {
      if (header !== null || length !== 13) throw new Damaged();
      const width = u32(data, 0);
      const height = u32(data, 4);
      const [depth, colourType, compression, filter, interlace] = data.subarray(8, 13);
      const kind = PNG_CHANNELS[colourType!];
      if (!kind || !kind.depths.includes(depth!) || compression !== 0 || filter !== 0 || interlace! > 1)
        throw new Damaged();
      checkDimensions(width, height);
      const bitsPerPixel = kind.channels * depth!;
      header = {
        width,
        height,
        expected: pngDataLength(width, height, bitsPerPixel, interlace === 1),
        rowLength: interlace === 1 ? null : 1 + Math.ceil((width * bitsPerPixel) / 8),
      };
      inflater = new Unzlib((chunk, final) => {
        consume(chunk);
        if (final) ended = true;
      });
    } else if (type === 'IDAT') {
      if (ended) throw new Damaged();
      inflater!.push(data, false);
    } else if (type === 'IEND') {
      sawEnd = true;
    }
    at = end;
  }
  if (!header || !inflater) throw new Damaged();
  if (!ended) inflater.push(new Uint8Array(0), true);
  if (!ended || inflated !== header.expected) throw new Damaged();
  return { mediaType: 'image/png', width: header.width, height: header.height };
}

/** Start-of-frame markers of every JPEG coding (baseline, progressive, lossless, arithmetic). */
const START_OF_FRAME = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/**
 * A JPEG walked marker by marker up to its scan, its frame's size read and checked, and its end
 * marker present. (Its entropy-coded data is not decoded here; the viewers decode it within the
 * pixel limit checked above.)
 */
function sniffJpeg(bytes: Uint8Array): PictureFacts {
  let at = 2;
  let size: { width: number; height: number } | null = null;
  for (;;) {
    if (at + 4 > bytes.length || bytes[at] !== 0xff) throw new Damaged();
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) throw new Damaged();
    const length = u16(bytes, at + 2);
    if (length < 2 || at + 2 + length > bytes.length) throw new Damaged();
    if (START_OF_FRAME.has(marker)) {
      if (length < 8 || size) throw new Damaged();
      size = { height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
      checkDimensions(size.width, size.height);
    }
    if (marker === 0xda) break;
    at += 2 + length;
  }
  if (!size) throw new Damaged();
  // Some cameras pad after the end marker; it must be there, near the end.
  let end = bytes.length - 2;
  while (end > at && bytes.length - end < 4096 && !(bytes[end] === 0xff && bytes[end + 1] === 0xd9)) end--;
  if (!(bytes[end] === 0xff && bytes[end + 1] === 0xd9) || end <= at) throw new Damaged();
  return { mediaType: 'image/jpeg', ...size };
}

/** What a text file that is an SVG (or any XML or HTML) starts with, after a byte-order mark and blanks. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const start = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return (
    start.startsWith('<?xml') || start.startsWith('<svg') || start.startsWith('<!doctype') || start.includes('<svg')
  );
}

/**
 * What a file is, from its bytes: a PNG or JPEG within the limits, with its size in pixels, or why
 * it is refused. Its name and the type it claims play no part.
 */
export function sniffPicture(bytes: Uint8Array): SniffResult {
  if (bytes.length > PICTURE_LIMITS.bytes) return { ok: false, problem: 'too-large' };
  try {
    if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return { ok: true, ...sniffPng(bytes) };
    if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { ok: true, ...sniffJpeg(bytes) };
  } catch (error) {
    if (error instanceof Oversized) return { ok: false, problem: 'too-many-pixels' };
    return { ok: false, problem: 'damaged' };
  }
  return { ok: false, problem: looksLikeMarkup(bytes) ? 'svg' : 'not-an-image' };
}

/** The bytes as a data: URL, for an <img> under a policy that allows only data: images. */
export function pictureDataUrl(picture: Pick<Picture, 'mediaType' | 'bytes'>): string {
  let binary = '';
  for (let at = 0; at < picture.bytes.length; at += 0x8000)
    binary += String.fromCharCode(...picture.bytes.subarray(at, at + 0x8000));
  return `data:${picture.mediaType};base64,${btoa(binary)}`;
}

/** The size a picture is shown at within `maxWidth` × `maxHeight`: never enlarged, its proportions kept. */
export function fitPicture(
  picture: Pick<PictureFacts, 'width' | 'height'>,
  maxWidth: number,
  maxHeight: number,
): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / picture.width, maxHeight / picture.height);
  return {
    width: Math.max(1, Math.round(picture.width * scale)),
    height: Math.max(1, Math.round(picture.height * scale)),
  };
}
