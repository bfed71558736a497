import { Inflate } from 'fflate';

/**
 * The entries of an untrusted zip (an .xlsx), unpacked with the limit counted on the bytes that
 * actually come out of the inflater. A zip's own size fields are written by whoever made the file:
 * a zip bomb states a few kilobytes and inflates to gigabytes, and unzippers that size their
 * output by those fields (fflate's unzipSync, and read-excel-file through it) would inflate all of
 * it. Here inflation stops as soon as the limit is passed.
 */

export type UnzipResult =
  { ok: true; files: Record<string, Uint8Array> } | { ok: false; problem: 'tooLarge' | 'unreadable' };

/** Input fed to the inflater per step: one step inflates to at most about 1,000 times this. */
const STEP = 16 * 1024;

class Unreadable extends Error {}
class TooLarge extends Error {}

export function unzipBounded(
  bytes: Uint8Array,
  options: { limit: number; wanted: (name: string) => boolean },
): UnzipResult {
  try {
    const files: Record<string, Uint8Array> = {};
    let unpacked = 0;
    const wanted = centralDirectory(bytes).filter((entry) => options.wanted(entry.name));
    // A size the zip states may be believed when it refuses, never when it accepts.
    if (wanted.reduce((sum, entry) => sum + entry.statedSize, 0) > options.limit) throw new TooLarge();
    // Counted first without keeping a byte, so a bomb is refused in the memory of one step, not of the limit.
    let measured = 0;
    for (const entry of wanted) {
      const data = entryData(bytes, entry);
      measured += entry.method === 0 ? data.length : inflatedLength(data, options.limit - measured);
      if (measured > options.limit) throw new TooLarge();
    }
    for (const entry of wanted) {
      const data = entryData(bytes, entry);
      const count = (length: number) => {
        unpacked += length;
        if (unpacked > options.limit) throw new TooLarge();
      };
      if (entry.method === 0) count(data.length);
      files[entry.name] = entry.method === 0 ? data.slice() : inflateCounted(data, count);
    }
    return { ok: true, files };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, problem: 'tooLarge' };
    return { ok: false, problem: 'unreadable' };
  }
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  /** The unpacked size the zip states for the entry: whoever made the file wrote it. */
  statedSize: number;
  localOffset: number;
}

function reader(bytes: Uint8Array) {
  const check = (at: number, length: number) => {
    if (at < 0 || at + length > bytes.length) throw new Unreadable();
  };
  const u16 = (at: number) => (check(at, 2), bytes[at]! | (bytes[at + 1]! << 8));
  const u32 = (at: number) => (check(at, 4), (u16(at) + u16(at + 2) * 0x10000) >>> 0);
  // Offsets and sizes beyond 2^53 are no file this reader is given (25 MB at most).
  const u64 = (at: number) => u32(at) + u32(at + 4) * 0x1_0000_0000;
  return { check, u16, u32, u64 };
}

const ZIP64 = 0xffffffff;

function centralDirectory(bytes: Uint8Array): Entry[] {
  const { check, u16, u32, u64 } = reader(bytes);
  // The end record is in the last 22 bytes plus at most a 65,535-byte comment.
  let end = bytes.length - 22;
  while (end >= 0 && u32(end) !== 0x06054b50) {
    if (bytes.length - end > 22 + 0xffff) throw new Unreadable();
    end--;
  }
  if (end < 0) throw new Unreadable();
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if (end >= 20 && u32(end - 20) === 0x07064b50) {
    const zip64End = u64(end - 12);
    if (u32(zip64End) !== 0x06064b50) throw new Unreadable();
    count = u64(zip64End + 32);
    offset = u64(zip64End + 48);
  }
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (u32(offset) !== 0x02014b50) throw new Unreadable();
    const flags = u16(offset + 8);
    const nameLength = u16(offset + 28);
    const extraLength = u16(offset + 30);
    const commentLength = u16(offset + 32);
    check(offset + 46, nameLength + extraLength);
    let compressedSize = u32(offset + 20);
    let statedSize = u32(offset + 24);
    let localOffset = u32(offset + 42);
    // A zip64 entry keeps the fields that do not fit in its extra field, in this order.
    const wide = {
      size: u32(offset + 24) === ZIP64,
      compressed: compressedSize === ZIP64,
      local: localOffset === ZIP64,
    };
    if (wide.size || wide.compressed || wide.local) {
      let extra = offset + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd && u16(extra) !== 0x0001) extra += 4 + u16(extra + 2);
      if (extra + 4 > extraEnd) throw new Unreadable();
      let at = extra + 4;
      if (wide.size) {
        statedSize = u64(at);
        at += 8;
      }
      if (wide.compressed) {
        compressedSize = u64(at);
        at += 8;
      }
      if (wide.local) localOffset = u64(at);
    }
    // An encrypted entry cannot be a workbook Paraat reads.
    if (flags & 1) throw new Unreadable();
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.push({ name, method: u16(offset + 10), compressedSize, statedSize, localOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's stored bytes, found through its local header. */
function entryData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const { check, u16, u32 } = reader(bytes);
  if (u32(entry.localOffset) !== 0x04034b50) throw new Unreadable();
  if (entry.method !== 0 && entry.method !== 8) throw new Unreadable();
  const start = entry.localOffset + 30 + u16(entry.localOffset + 26) + u16(entry.localOffset + 28);
  check(start, entry.compressedSize);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** How much deflated data inflates to, counted and thrown away step by step; stops once past `limit`. */
function inflatedLength(data: Uint8Array, limit: number): number {
  let length = 0;
  inflateCounted(
    data,
    (chunk) => {
      length += chunk;
      if (length > limit) throw new TooLarge();
    },
    false,
  );
  return length;
}

/** Deflated data inflated step by step, each step's output counted before the next is inflated. */
function inflateCounted(data: Uint8Array, count: (length: number) => void, keep = true): Uint8Array {
  const chunks: Uint8Array[] = [];
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    count(chunk.length);
    if (keep) chunks.push(chunk);
    if (final) ended = true;
  });
  for (let at = 0; at < data.length; at += STEP) {
    const last = at + STEP >= data.length;
    inflater.push(data.subarray(at, at + STEP), last);
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  if (!ended) throw new Unreadable();
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
