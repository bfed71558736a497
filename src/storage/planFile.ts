import type { Database } from 'better-sqlite3';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { PlanError } from '../domain/errors';
import { openDatabase, sqliteCode, toPlanError } from './database';
import { APPLICATION_ID, type HeaderFacts, parseHeader, readHeader } from './fileFormat';
import { FORMAT_VERSION, migrate } from './migrations';
import { assignNewPlanId } from './planIdentity';
import { rememberOpenPlan } from './openPlans';
import { writeWhole } from './wholeFile';
import {
  assertSchemaOnFirstPage,
  expectedSchema,
  journalBeside,
  readFirstPage,
  schemaDifferences,
  schemaRowsOf,
  structureError,
  withPrivateCopy,
} from './untrustedFile';

/** Why a plan is open without the right to write: the file, the medium it is on, or it is a decrypted view in memory. */
export type ReadOnlyReason = 'file' | 'medium' | 'encrypted';

export interface PlanFile {
  db: Database;
  path: string;
  readOnly: ReadOnlyReason | null;
  /**
   * Throws 'write-failed' when the file is no longer where it was opened (its folder removed or
   * moved, a share remounted): SQLite would go on writing to the detached file and every "saved"
   * edit would vanish when the plan is closed.
   */
  assertInPlace?(): void;
  close(): void;
}

/**
 * The settings that make a plan a single, crash-safe file: a rollback journal (no WAL or shared
 * memory files; in exclusive mode SQLite keeps an emptied `-journal` while the plan is open and
 * deletes it on close), a full fsync per commit, foreign
 * keys, and an exclusive lock for as long as the plan is open, so a second window or program
 * cannot write to it. The operating system drops that lock when a process dies, so a crash never
 * leaves the plan locked.
 */
function applyWritingPragmas(db: Database): void {
  db.pragma('foreign_keys = ON');
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
}

function takeExclusiveLock(db: Database): void {
  db.pragma('locking_mode = EXCLUSIVE');
  db.exec('BEGIN EXCLUSIVE; COMMIT;');
}

function assertIdentity(path: string): void {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw toPlanError(error, path, 'open');
  }
  if (!stats.isFile()) throw new PlanError('not-a-plan', `Not a file: ${path}`, { path });
  assertPlanHeader(readHeader(path), path);
}

function assertPlanHeader(header: HeaderFacts, path: string): void {
  if (header.isEncrypted)
    throw new PlanError('encrypted', `An encrypted plan copy; it opens with its passphrase: ${path}`, { path });
  if (!header.isSqlite) throw new PlanError('not-a-plan', `Not a Paraat plan: ${path}`, { path });
  if (header.applicationId !== APPLICATION_ID) {
    throw new PlanError('foreign-database', `A database of another application: ${path}`, { path });
  }
  if (header.userVersion < 0)
    throw new PlanError('damaged', `The plan file is damaged (format ${header.userVersion}): ${path}`, { path });
  if (header.userVersion > FORMAT_VERSION) {
    throw new PlanError('newer-version', `Made by a newer Paraat (format ${header.userVersion}): ${path}`, {
      path,
      fileVersion: header.userVersion,
      supportedVersion: FORMAT_VERSION,
    });
  }
}

function assertHealthy(db: Database, path: string): void {
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok')
    throw new PlanError('damaged', `The plan file is damaged: ${path}`, { path, detail: String(result) });
}

/**
 * A plan whose structure was changed by hand (a table dropped, a column changed, a trigger or view
 * added, even under one of SQLite's reserved `sqlite_` names) passes SQLite's own checks but would
 * fail on the first read, or worse, act on an edit (a trigger that deletes items). It is refused as
 * damaged, listing what differs; `version` is the format the schema must match.
 */
function assertExpectedSchema(db: Database, path: string, version: number): void {
  const problems = schemaDifferences(schemaRowsOf(db), expectedSchema(version));
  if (problems.length > 0) throw structureError(path, problems);
}

/**
 * What SQLite sees once it has the file open (a hot journal rolled back) must be what was accepted:
 * the same identity, a format this Paraat reads, the schema of that format.
 */
function assertAcceptedOnOpen(db: Database, path: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  assertPlanHeader({ isSqlite: true, applicationId, userVersion: version }, path);
  assertExpectedSchema(db, path, version);
}

/**
 * Accepts a plan file before SQLite opens it for Paraat: its header and its whole schema, read
 * from the first page without SQLite. With a hot journal beside it, this is done on a private copy
 * where the journal was rolled back, never on the original: what opening would make of the file.
 */
export function assertAcceptable(path: string): void {
  const accept = (file: string) => {
    const firstPage = readFirstPage(file);
    const header = parseHeader(firstPage.subarray(0, 100));
    assertPlanHeader(header, path);
    assertSchemaOnFirstPage(firstPage, header.userVersion, path);
  };
  if (journalBeside(path) !== 'hot') return accept(path);
  withPrivateCopy(path, (recovered) => {
    accept(recovered);
    const db = openDatabase(recovered, { readonly: true });
    try {
      assertHealthy(db, path);
    } finally {
      db.close();
    }
  });
}

function readOnlyReason(path: string): ReadOnlyReason | null {
  try {
    accessSync(dirname(path), constants.W_OK);
  } catch {
    return 'medium';
  }
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return 'file';
  }
  return null;
}

function withCleanup<T>(db: Database, path: string, work: () => T): T {
  return withCleanupOf(path, work, () => db.close());
}

function withCleanupOf<T>(path: string, work: () => T, cleanup: () => void = () => {}): T {
  try {
    return work();
  } catch (error) {
    cleanup();
    const planError = toPlanError(error, path, 'open');
    // Whatever else goes wrong while checking and migrating a file lies in the file's content.
    if (planError.code === 'internal')
      throw new PlanError('damaged', `The plan file is damaged: ${path}`, { path, detail: planError.message });
    throw planError;
  }
}

/**
 * Opens a plan. Identity and version are read from the header before SQLite touches the file; a
 * file we may not write is loaded into memory so that reading it (and migrating an older format
 * for display) never changes it on disk.
 */
export function openPlanFile(path: string): PlanFile {
  assertIdentity(path);
  const readOnly = readOnlyReason(path);
  // A hot journal beside it is rolled back on a private copy (or refused), as for a file we may
  // write: the window shows the plan as it was before the unfinished write, the medium untouched.
  if (readOnly)
    return openPlanInMemory(
      withPrivateCopy(path, (copy) => readFileSync(copy)),
      path,
      readOnly,
    );
  withCleanupOf(path, () => assertAcceptable(path));

  let db: Database;
  try {
    db = openDatabase(path);
  } catch (error) {
    throw toPlanError(error, path, 'open');
  }
  withCleanup(db, path, () => {
    takeExclusiveLock(db);
    assertAcceptedOnOpen(db, path);
    assertHealthy(db, path);
    applyWritingPragmas(db);
    migrate(db);
    assertExpectedSchema(db, path, FORMAT_VERSION);
  });
  const opened = statSync(path);
  const assertInPlace = () => {
    let now;
    try {
      now = statSync(path);
    } catch {
      now = null;
    }
    if (!now || now.ino !== opened.ino || now.dev !== opened.dev) {
      throw new PlanError('write-failed', `The plan file is no longer at ${path}`, {
        path,
        detail: 'the plan file is gone from its folder',
      });
    }
  };
  const forget = rememberOpenPlan(path);
  return {
    db,
    path,
    readOnly: null,
    assertInPlace,
    close: () => {
      forget();
      db.close();
    },
  };
}

/**
 * Opens a plan's bytes in memory only (a write-protected file, a decrypted copy), with the same
 * identity, version, integrity and structure checks as a file on disk; nothing is written anywhere.
 */
export function openPlanInMemory(bytes: Buffer, path: string, readOnly: ReadOnlyReason): PlanFile {
  const header = parseHeader(bytes.subarray(0, 100));
  assertPlanHeader(header, path);
  withCleanupOf(path, () => assertSchemaOnFirstPage(bytes, header.userVersion, path));
  let db: Database;
  try {
    db = openDatabase(bytes);
  } catch (error) {
    throw toPlanError(error, path, 'open');
  }
  withCleanup(db, path, () => {
    assertAcceptedOnOpen(db, path);
    assertHealthy(db, path);
    migrate(db);
    assertExpectedSchema(db, path, FORMAT_VERSION);
  });
  return { db, path, readOnly, close: () => db.close() };
}

/** Refuses to replace a plan that another window or program holds open. */
export function assertNotInUse(path: string): void {
  if (!existsSync(path)) return;
  if (!readHeader(path).isSqlite) return;
  let probe: Database | undefined;
  try {
    probe = openDatabase(path);
    probe.exec('BEGIN EXCLUSIVE; ROLLBACK;');
  } catch (error) {
    if (sqliteCode(error).startsWith('SQLITE_BUSY')) throw toPlanError(error, path, 'open');
  } finally {
    probe?.close();
  }
}

/**
 * Creates a new plan at `path`: built completely under a temporary name, synced, then renamed into
 * place, so an interrupted creation never leaves a half-made plan (or destroys the file it replaces).
 */
export function createPlanFile(path: string, fill: (db: Database) => void): PlanFile {
  writeWhole(path, {
    purpose: 'creating',
    guard: assertNotInUse,
    write: (temporary) => {
      const db = openDatabase(temporary, { readonly: false, create: true });
      try {
        db.pragma(`application_id = ${APPLICATION_ID}`);
        applyWritingPragmas(db);
        migrate(db);
        db.transaction(() => {
          assignNewPlanId(db);
          fill(db);
        })();
      } finally {
        db.close();
      }
    },
    failure: (error) => toPlanError(error, path, 'write'),
  });
  return openPlanFile(path);
}

export { FORMAT_VERSION };
