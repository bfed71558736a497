import { describe, expect, it } from 'vitest';
import { PlanError } from '../../src/domain/errors';
import {
  ENCRYPTED_MAGIC,
  HEADER_SIZE,
  TAG_SIZE,
  decryptBytes,
  deriveKey,
  encryptBytes,
  hasEncryptedMagic,
  openEnvelope,
  parseEnvelope,
} from '../../src/storage/encryptedFormat';
import { passphraseProblem, passphraseStrength } from '../../src/domain/passphrase';

// The lowest cost the format accepts, so the many refusals below run in seconds.
const COST = { logN: 15, r: 8, p: 1 };
const PASSPHRASE = 'correct horse battery staple';
const PLAIN = Buffer.from('SQLite format 3\u0000 … Jan Peeters, privé 0470 55 66 01 … '.repeat(4), 'utf8');

const flipped = (bytes: Buffer, offset: number) => {
  const copy = Buffer.from(bytes);
  copy[offset] = copy[offset]! ^ 0x01;
  return copy;
};

async function refusal(work: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await work();
  } catch (error) {
    if (error instanceof PlanError) return error.code;
    throw error;
  }
  return 'opened';
}

// scrypt at N = 2^17 takes a few hundred milliseconds alone and seconds on a loaded machine.
describe('the encrypted plan copy format', { timeout: 240_000 }, () => {
  it('gives back exactly the plan bytes with the right passphrase', async () => {
    const sealed = await encryptBytes(PLAIN, PASSPHRASE, COST);
    expect(await decryptBytes(sealed, PASSPHRASE)).toEqual(PLAIN);
  });

  it('starts with its magic and format version and holds no readable plan text', async () => {
    const sealed = await encryptBytes(PLAIN, PASSPHRASE, COST);
    expect(sealed.subarray(0, 16)).toEqual(ENCRYPTED_MAGIC);
    expect(sealed.readUInt16BE(16)).toBe(1);
    expect(sealed.length).toBe(HEADER_SIZE + PLAIN.length + TAG_SIZE);
    expect(hasEncryptedMagic(sealed)).toBe(true);
    expect(sealed.includes(Buffer.from('0470 55 66 01'))).toBe(false);
    expect(sealed.includes(Buffer.from('SQLite format 3'))).toBe(false);
  });

  it('uses a fresh salt and IV each time, so two copies of one plan look unrelated', async () => {
    const [first, second] = await Promise.all([
      encryptBytes(PLAIN, PASSPHRASE, COST),
      encryptBytes(PLAIN, PASSPHRASE, COST),
    ]);
    expect(first.subarray(24, 68).equals(second.subarray(24, 68))).toBe(false);
    expect(first.subarray(HEADER_SIZE).equals(second.subarray(HEADER_SIZE))).toBe(false);
  });

  it('refuses a wrong passphrase with its own code', async () => {
    const sealed = await encryptBytes(PLAIN, PASSPHRASE, COST);
    expect(await refusal(() => decryptBytes(sealed, 'correct horse battery stapler'))).toBe('wrong-passphrase');
    expect(await refusal(() => decryptBytes(sealed, ''))).toBe('wrong-passphrase');
  });

  it('refuses a file with any single header byte changed', async () => {
    const sealed = await encryptBytes(PLAIN, PASSPHRASE, COST);
    const offsets = Array.from({ length: HEADER_SIZE }, (_, offset) => offset);
    const codes = await Promise.all(
      offsets.map((offset) => refusal(() => decryptBytes(flipped(sealed, offset), PASSPHRASE))),
    );
    codes.forEach((code, offset) =>
      expect(['not-a-plan', 'damaged', 'wrong-passphrase', 'newer-version'], `header byte ${offset}`).toContain(code),
    );
  }, 120_000);

  it('refuses as damaged a file with any single byte of ciphertext or tag changed', async () => {
    const sealed = await encryptBytes(PLAIN, PASSPHRASE, COST);
    const envelope = parseEnvelope(sealed);
    const key = await deriveKey(PASSPHRASE, envelope.salt, envelope.cost);
    for (let offset = HEADER_SIZE; offset < sealed.length; offset++) {
      expect(await refusal(() => openEnvelope(parseEnvelope(flipped(sealed, offset)), key)), `byte ${offset}`).toBe(
        'damaged',
      );
    }
    // The same path through the public entry point, for one byte of each part.
    expect(await refusal(() => decryptBytes(flipped(sealed, HEADER_SIZE + 3), PASSPHRASE))).toBe('damaged');
    expect(await refusal(() => decryptBytes(flipped(sealed, sealed.length - 1), PASSPHRASE))).toBe('damaged');
  });

  it('refuses a file cut short at any length', async () => {
    const sealed = await encryptBytes(PLAIN, PASSPHRASE, COST);
    const key = await deriveKey(PASSPHRASE, parseEnvelope(sealed).salt, parseEnvelope(sealed).cost);
    for (let length = 0; length < sealed.length; length++) {
      const cut = sealed.subarray(0, length);
      const code =
        length < HEADER_SIZE + TAG_SIZE
          ? await refusal(() => decryptBytes(cut, PASSPHRASE))
          : await refusal(() => openEnvelope(parseEnvelope(cut), key));
      expect(['not-a-plan', 'damaged'], `length ${length}`).toContain(code);
    }
  });

  it('refuses a copy made by a newer Paraat, naming both versions', async () => {
    const sealed = await encryptBytes(PLAIN, PASSPHRASE, COST);
    sealed.writeUInt16BE(2, 16);
    await expect(decryptBytes(sealed, PASSPHRASE)).rejects.toMatchObject({
      code: 'newer-version',
      params: { fileVersion: 2, supportedVersion: 1 },
    });
  });

  it('refuses key derivation settings that would cost gigabytes before the passphrase is even checked', async () => {
    const sealed = await encryptBytes(PLAIN, PASSPHRASE, COST);
    sealed[20] = 30;
    expect(await refusal(() => decryptBytes(sealed, PASSPHRASE))).toBe('damaged');
  });

  it('asks for a passphrase of at least 12 characters', () => {
    expect(passphraseProblem('kort')).toBe('too-short');
    expect(passphraseProblem('elf tekens!')).toBe('too-short');
    expect(passphraseProblem('twaalf teken')).toBeNull();
    expect(passphraseProblem('x'.repeat(4097))).toBe('too-long');
  });

  it('hints at the strength of a passphrase while it is typed', () => {
    expect(passphraseStrength('kort')).toBe('too-short');
    expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('Wachtwoord12')).toBe('weak');
    expect(passphraseStrength('twaalf tekens lang')).toBe('fair');
    expect(passphraseStrength('lente in Beekzande 2026')).toBe('strong');
  });
});
