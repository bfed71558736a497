import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { PlanError } from '../domain/errors';

/**
 * The encrypted plan copy (`.paraatx`): a plan file's bytes sealed with AES-256-GCM under a key
 * derived from a passphrase with scrypt. Recognised by its magic, never by its name.
 *
 *   offset size  field
 *        0   16  magic "PARAAT-ENCRYPTED"
 *       16    2  format version (big-endian), 1
 *       18    1  key derivation: 1 = scrypt
 *       19    1  cipher: 1 = AES-256-GCM
 *       20    1  scrypt cost as log2(N), 15..17
 *       21    1  scrypt block size r, 1..8
 *       22    1  scrypt parallelism p, 1
 *       23    1  reserved, 0
 *       24   32  salt (random per file)
 *       56   12  IV (random per file)
 *       68   16  passphrase check: SHA-256 of the second half of the scrypt output, first 16 bytes
 *       84    n  ciphertext of the plan file
 *     84+n   16  GCM tag
 *
 * The whole 84-byte header is authenticated as additional data, so no field of it can be changed
 * unnoticed. The passphrase check tells a wrong passphrase (refused before decrypting) from a
 * damaged or altered file (the tag does not match); it costs an attacker the same scrypt run as
 * trying the tag would, so it gives nothing away.
 */
export const ENCRYPTED_EXTENSION = 'paraatx';
export const ENCRYPTED_MAGIC = Buffer.from('PARAAT-ENCRYPTED', 'latin1');
export const ENCRYPTED_FORMAT_VERSION = 1;
export const HEADER_SIZE = 84;
export const TAG_SIZE = 16;
/** OWASP's recommendation for scrypt: N = 2^17, r = 8, p = 1 (128 MiB, a fraction of a second). */
export const DEFAULT_COST = { logN: 17, r: 8, p: 1 } as const;

const KDF_SCRYPT = 1;
const CIPHER_AES_256_GCM = 1;
const MIN_LOG_N = 15;

export interface ScryptCost {
  logN: number;
  r: number;
  p: number;
}

export interface Envelope {
  header: Buffer;
  cost: ScryptCost;
  salt: Buffer;
  iv: Buffer;
  check: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

export interface DerivedKey {
  key: Buffer;
  check: Buffer;
}

/** Whether bytes start like an encrypted plan copy (the first 16 bytes are enough). */
export function hasEncryptedMagic(bytes: Uint8Array): boolean {
  return (
    bytes.length >= ENCRYPTED_MAGIC.length &&
    Buffer.from(bytes.buffer, bytes.byteOffset, ENCRYPTED_MAGIC.length).equals(ENCRYPTED_MAGIC)
  );
}

const damaged = (detail: string) =>
  new PlanError('damaged', `The encrypted plan copy is damaged: ${detail}`, { path: '', detail });

/** Reads the header and splits the file; refuses what is not (or no longer) a whole encrypted copy. */
export function parseEnvelope(bytes: Buffer): Envelope {
  if (!hasEncryptedMagic(bytes)) throw new PlanError('not-a-plan', 'Not an encrypted Paraat plan copy', { path: '' });
  if (bytes.length < HEADER_SIZE + TAG_SIZE) throw damaged('the file is cut short');
  const header = Buffer.from(bytes.subarray(0, HEADER_SIZE));
  const version = header.readUInt16BE(16);
  if (version > ENCRYPTED_FORMAT_VERSION) {
    throw new PlanError('newer-version', `Encrypted by a newer Paraat (format ${version})`, {
      path: '',
      fileVersion: version,
      supportedVersion: ENCRYPTED_FORMAT_VERSION,
    });
  }
  if (version < 1) throw damaged(`unknown format ${version}`);
  if (header[18] !== KDF_SCRYPT || header[19] !== CIPHER_AES_256_GCM || header[23] !== 0)
    throw damaged('unknown key derivation or cipher');
  const cost = { logN: header[20]!, r: header[21]!, p: header[22]! };
  // Never more work than Paraat itself asks for when it writes a copy, so a crafted header cannot make
  // it spend gigabytes or many seconds per try before refusing it.
  if (
    cost.logN < MIN_LOG_N ||
    cost.logN > DEFAULT_COST.logN ||
    cost.r < 1 ||
    cost.r > DEFAULT_COST.r ||
    cost.p < 1 ||
    cost.p > DEFAULT_COST.p
  ) {
    throw damaged('key derivation settings out of range');
  }
  return {
    header,
    cost,
    salt: header.subarray(24, 56),
    iv: header.subarray(56, 68),
    check: header.subarray(68, 84),
    ciphertext: bytes.subarray(HEADER_SIZE, bytes.length - TAG_SIZE),
    tag: bytes.subarray(bytes.length - TAG_SIZE),
  };
}

/** scrypt runs on libuv's thread pool, so the app stays responsive while it works. */
export function deriveKey(passphrase: string, salt: Buffer, cost: ScryptCost): Promise<DerivedKey> {
  const N = 2 ** cost.logN;
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      64,
      { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r },
      (error, output) => {
        if (error) return reject(error);
        resolve({
          key: output.subarray(0, 32),
          check: createHash('sha256').update(output.subarray(32)).digest().subarray(0, 16),
        });
      },
    );
  });
}

/** Decrypts with an already derived key: 'wrong-passphrase' or 'damaged', never a crash. */
export function openEnvelope(envelope: Envelope, derived: DerivedKey): Buffer {
  if (!timingSafeEqual(derived.check, envelope.check)) {
    throw new PlanError('wrong-passphrase', 'The passphrase does not open this plan copy', { path: '' });
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', derived.key, envelope.iv);
    decipher.setAAD(envelope.header);
    decipher.setAuthTag(envelope.tag);
    return Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()]);
  } catch {
    throw damaged('the content was changed or damaged after it was encrypted');
  }
}

/** Seals a plan file's bytes; a fresh salt and IV every time. */
export async function encryptBytes(
  plain: Buffer,
  passphrase: string,
  cost: ScryptCost = DEFAULT_COST,
): Promise<Buffer> {
  const salt = randomBytes(32);
  const iv = randomBytes(12);
  const derived = await deriveKey(passphrase, salt, cost);
  const header = Buffer.alloc(HEADER_SIZE);
  ENCRYPTED_MAGIC.copy(header, 0);
  header.writeUInt16BE(ENCRYPTED_FORMAT_VERSION, 16);
  header[18] = KDF_SCRYPT;
  header[19] = CIPHER_AES_256_GCM;
  header[20] = cost.logN;
  header[21] = cost.r;
  header[22] = cost.p;
  salt.copy(header, 24);
  iv.copy(header, 56);
  derived.check.copy(header, 68);
  const cipher = createCipheriv('aes-256-gcm', derived.key, iv);
  cipher.setAAD(header);
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, ciphertext, cipher.getAuthTag()]);
}

/** Opens sealed bytes with a passphrase. */
export async function decryptBytes(sealed: Buffer, passphrase: string): Promise<Buffer> {
  const envelope = parseEnvelope(sealed);
  return openEnvelope(envelope, await deriveKey(passphrase, envelope.salt, envelope.cost));
}
