import { closeSync, openSync, readSync } from 'node:fs';
import { hasEncryptedMagic } from './encryptedFormat';

/** "PRAT": marks a SQLite file as a Paraat plan (SQLite's application file format practice). */
export const APPLICATION_ID = 0x50524154;
export const PLAN_EXTENSION = 'paraat';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;

export interface HeaderFacts {
  isSqlite: boolean;
  /** An encrypted plan copy (`.paraatx`): opened with a passphrase, in memory only. */
  isEncrypted?: boolean;
  applicationId: number;
  userVersion: number;
}

/**
 * Reads the identity of a file from its 100-byte SQLite header without opening it with SQLite,
 * so a foreign or newer file is recognised before anything could write to it.
 */
export function readHeader(path: string): HeaderFacts {
  const buffer = Buffer.alloc(HEADER_SIZE);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, buffer, 0, HEADER_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  return parseHeader(buffer.subarray(0, read));
}

/** The same facts from a file's first bytes already in memory (a decrypted plan copy). */
export function parseHeader(buffer: Buffer): HeaderFacts {
  if (buffer.length < HEADER_SIZE || buffer.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    return { isSqlite: false, isEncrypted: hasEncryptedMagic(buffer), applicationId: 0, userVersion: 0 };
  }
  return { isSqlite: true, userVersion: buffer.readInt32BE(60), applicationId: buffer.readInt32BE(68) };
}
