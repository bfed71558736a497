import type { Database } from 'better-sqlite3';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { PlanError } from '../domain/errors';
import { toPlanError } from './database';
import { passphraseProblem } from '../domain/passphrase';
import { type ScryptCost, DEFAULT_COST, decryptBytes, encryptBytes } from './encryptedFormat';
import { readHeader } from './fileFormat';
import { type PlanFile, assertNotInUse, openPlanInMemory } from './planFile';
import { bytes, writeWholeAsync } from './wholeFile';

const TABLES = ['meta', 'section_records', 'items', 'changes'] as const;

const countRows = (db: Database) =>
  TABLES.map((table) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n).join(',');

/** The format module knows no paths; its refusals get the file's path here. */
function withPath(error: unknown, path: string, during: 'open' | 'write'): PlanError {
  if (error instanceof PlanError)
    return new PlanError(error.code, `${error.message}: ${path}`, { ...error.params, path });
  return toPlanError(error, path, during);
}

export function assertAcceptablePassphrase(passphrase: string): void {
  const problem = passphraseProblem(passphrase);
  if (problem)
    throw new PlanError('invalid-request', `The passphrase is ${problem.replace('-', ' ')}`, {
      field: 'passphrase',
      problem,
    });
}

/** Whether the file at `path` is an encrypted plan copy, by its first bytes (not its name). */
export function isEncryptedPlanFile(path: string): boolean {
  try {
    return readHeader(path).isEncrypted === true;
  } catch {
    return false;
  }
}

/** Decrypted bytes must open as a whole plan with the same rows as the one they were made from. */
function verifyPlanBytes(bytes: Buffer, expectedRows: string, path: string): void {
  const file = openPlanInMemory(bytes, path, 'encrypted');
  try {
    const integrity = file.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new PlanError('copy-failed', `The encrypted copy failed its integrity check: ${integrity}`, { path });
    if (countRows(file.db) !== expectedRows)
      throw new PlanError('copy-failed', 'The encrypted copy differs from the plan', { path });
  } finally {
    file.close();
  }
}

/**
 * Writes an encrypted copy of an open plan. The plan is serialised in memory (no plaintext copy
 * ever touches the disk), sealed, written and synced under a temporary name, read back, decrypted
 * and checked, and only then renamed into place: the target is the old file or a verified copy.
 */
export async function saveEncryptedCopy(
  source: Database,
  sourcePath: string | null,
  target: string,
  passphrase: string,
  cost: ScryptCost = DEFAULT_COST,
): Promise<void> {
  assertAcceptablePassphrase(passphrase);
  if (sourcePath && resolve(sourcePath) === resolve(target)) {
    throw new PlanError('copy-failed', 'A copy cannot replace the plan itself', { path: target });
  }
  const plain = source.serialize();
  const rows = countRows(source);
  verifyPlanBytes(plain, rows, target);
  await writeWholeAsync(target, {
    purpose: 'encrypting',
    guard: assertNotInUse,
    write: async (temporary) => bytes(await encryptBytes(plain, passphrase, cost))(temporary),
    verify: async (temporary) => {
      const decrypted = await decryptBytes(readFileSync(temporary), passphrase);
      if (!decrypted.equals(plain))
        throw new PlanError('copy-failed', 'The encrypted copy does not decrypt to the plan', { path: target });
      verifyPlanBytes(decrypted, rows, target);
    },
    failure: (error) => {
      if (!(error instanceof PlanError)) return toPlanError(error, target, 'write');
      // What was written does not read back as the plan: the medium failed the copy.
      return error.code === 'damaged' || error.code === 'not-a-plan'
        ? new PlanError('copy-failed', error.message, { path: target })
        : error;
    },
  });
}

/** Far above any plan (the example is 136 KiB); the copy is decrypted in memory, so it is bounded. */
export const MAX_ENCRYPTED_BYTES = 256 * 1024 * 1024;

/** The plan file's bytes inside an encrypted copy: 'wrong-passphrase' or 'damaged', never a crash. */
export async function decryptPlanCopy(path: string, passphrase: string): Promise<Buffer> {
  let sealed: Buffer;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new PlanError('not-a-plan', `Not a file: ${path}`, { path });
    // Refused before a byte is read: a huge file that only starts like a copy never fills memory.
    if (stats.size > MAX_ENCRYPTED_BYTES)
      throw new PlanError('too-large', `An encrypted plan copy larger than ${MAX_ENCRYPTED_BYTES} bytes: ${path}`, {
        path,
        context: 'copy',
        limit: `${MAX_ENCRYPTED_BYTES / 1024 / 1024} MB`,
      });
    sealed = readFileSync(path);
  } catch (error) {
    throw toPlanError(error, path, 'open');
  }
  try {
    return await decryptBytes(sealed, passphrase);
  } catch (error) {
    throw withPath(error, path, 'open');
  }
}

/**
 * Opens an encrypted copy as a read-only plan held in memory only: the decrypted plan is never
 * written to disk. It passes the same identity, version, integrity and structure checks as a file.
 */
export async function openEncryptedPlan(path: string, passphrase: string): Promise<PlanFile> {
  return openPlanInMemory(await decryptPlanCopy(path, passphrase), path, 'encrypted');
}
