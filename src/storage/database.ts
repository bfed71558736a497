import BetterSqlite3, { type Database } from 'better-sqlite3';
import { PlanError } from '../domain/errors';

let nativeBinding: string | undefined;

/**
 * Electron and Node need better-sqlite3 compiled for different ABIs; the Electron shell points to
 * its own build here so `npm start` and `npm test` can share one checkout (see scripts/native.mjs).
 */
export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/**
 * Every connection is made as SQLite advises for files from elsewhere
 * (https://www.sqlite.org/security.html): defensive mode (better-sqlite3 turns it on; `unsafeMode`
 * stays off), no function in a schema that is not marked harmless, cells checked as they are read,
 * no memory mapping (the page cache is bounded at 16 MB by better-sqlite3's build). None of these
 * reads the schema. better-sqlite3 offers no progress handler nor
 * `sqlite3_limit`, so what bounds a hostile file is that Paraat runs nothing of it: see
 * untrustedFile.ts.
 */
export function openDatabase(
  source: string | Buffer,
  options: { readonly?: boolean; create?: boolean } = {},
): Database {
  const db = new BetterSqlite3(source as string, {
    readonly: options.readonly ?? false,
    fileMustExist: typeof source === 'string' && !options.create,
    timeout: 0,
    nativeBinding,
  });
  db.unsafeMode(false);
  db.pragma('trusted_schema = OFF');
  db.pragma('cell_size_check = ON');
  db.pragma('mmap_size = 0');
  return db;
}

export function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : '';
}

/** Maps SQLite's and the file system's failures to what a user can act on. */
export function toPlanError(error: unknown, path: string, during: 'open' | 'write'): PlanError {
  if (error instanceof PlanError) return error;
  const code = sqliteCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new PlanError('in-use', `The plan is open in another window or program: ${path}`, { path });
  }
  if (code === 'SQLITE_NOTADB') return new PlanError('not-a-plan', `Not a Paraat plan: ${path}`, { path });
  if (code.startsWith('SQLITE_CORRUPT'))
    return new PlanError('damaged', `The plan file is damaged: ${path}`, { path, detail });
  if (code === 'ENOENT' && during === 'open') return new PlanError('not-found', `No file at ${path}`, { path });
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new PlanError('read-only', `The plan cannot be written: ${path}`, { path });
  }
  if (
    during === 'write' ||
    code.startsWith('SQLITE_IOERR') ||
    code.startsWith('SQLITE_FULL') ||
    code.startsWith('SQLITE_CANTOPEN')
  ) {
    return new PlanError('write-failed', `Writing the plan failed (${code || detail}): ${path}`, {
      path,
      detail: code || detail,
    });
  }
  return new PlanError('internal', detail, { path, detail });
}
