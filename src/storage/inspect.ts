import type { Database } from 'better-sqlite3';
import { statSync } from 'node:fs';
import { PlanError } from '../domain/errors';
import { openDatabase, toPlanError } from './database';
import { APPLICATION_ID, parseHeader } from './fileFormat';
import { FORMAT_VERSION } from './migrations';
import { assertSchemaOnFirstPage, journalBeside, readFirstPage, withPrivateCopy } from './untrustedFile';

export interface FileReport {
  path: string;
  sizeBytes: number;
  formatVersion: number;
  supportedVersion: number;
  integrity: 'ok' | string;
  items: number;
  changes: number;
}

function assertPlanIdentity(firstPage: Buffer, path: string): number {
  const header = parseHeader(firstPage.subarray(0, 100));
  if (!header.isSqlite) throw new PlanError('not-a-plan', `Not a Paraat plan: ${path}`, { path });
  if (header.applicationId !== APPLICATION_ID)
    throw new PlanError('foreign-database', `A database of another application: ${path}`, { path });
  if (header.userVersion > FORMAT_VERSION) {
    throw new PlanError('newer-version', `Made by a newer Paraat (format ${header.userVersion}): ${path}`, {
      path,
      fileVersion: header.userVersion,
      supportedVersion: FORMAT_VERSION,
    });
  }
  if (header.userVersion < 0)
    throw new PlanError('damaged', `The plan file is damaged (format ${header.userVersion}): ${path}`, { path });
  return header.userVersion;
}

/**
 * Looks at a plan file without writing to it (no lock, no migration, no journal rolled back or
 * removed): for `paraat check` and for diagnosing a file a user sends in. Its identity and whole
 * schema are checked first, from its first page, so nothing of a hostile file runs; with a journal
 * beside it, it is looked at on a private copy.
 */
export function inspectPlanFile(path: string): FileReport {
  let sizeBytes: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new PlanError('not-a-plan', `Not a file: ${path}`, { path });
    sizeBytes = stats.size;
  } catch (error) {
    throw toPlanError(error, path, 'open');
  }
  assertPlanIdentity(readFirstPage(path), path);
  const look = (file: string): FileReport => {
    const firstPage = readFirstPage(file);
    const formatVersion = assertPlanIdentity(firstPage, path);
    assertSchemaOnFirstPage(firstPage, formatVersion, path);
    let db: Database | undefined;
    try {
      db = openDatabase(file, { readonly: true });
      const integrity = String(db.pragma('integrity_check', { simple: true }));
      const count = (table: string) => (db!.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
      return {
        path,
        sizeBytes,
        formatVersion,
        supportedVersion: FORMAT_VERSION,
        integrity,
        items: integrity === 'ok' ? count('items') : 0,
        changes: integrity === 'ok' ? count('changes') : 0,
      };
    } catch (error) {
      throw toPlanError(error, path, 'open');
    } finally {
      db?.close();
    }
  };
  try {
    return journalBeside(path) === 'none' ? look(path) : withPrivateCopy(path, look);
  } catch (error) {
    throw toPlanError(error, path, 'open');
  }
}
