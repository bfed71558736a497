import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';

export interface HandMadeEntry {
  name: string;
  /** What the entry holds; deflated here unless `deflated` is given. */
  content?: Uint8Array;
  /** The entry's deflated bytes as they are to be stored. */
  deflated?: Uint8Array;
  /** The unpacked size the zip states, true or not. */
  statedSize?: number;
}

/**
 * A zip written byte by byte, so a test can make it state what it likes about its entries: a
 * real unzipper must not believe the sizes a file gives for itself.
 */
export function handMadeZip(entries: readonly HandMadeEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.from(entry.deflated ?? deflateSync(entry.content ?? new Uint8Array()));
    const size = entry.statedSize ?? entry.content?.length ?? 0;
    const crc = entry.content ? crc32(entry.content) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
