import type { Database } from 'better-sqlite3';
import { statSync } from 'node:fs';
import { PlanError } from '../domain/errors';
import { openDatabase, toPlanError } from './database';
import { APPLICATION_ID, readHeader } from './fileFormat';
import { FORMAT_VERSION } from './migrations';

export interface FileReport {
  path: string;
  sizeBytes: number;
  formatVersion: number;
  supportedVersion: number;
  integrity: 'ok' | string;
  items: number;
  changes: number;
}

/**
 * Looks at a plan file without writing to it (no lock, no migration): for `paraat check` and for
 * diagnosing a file a user sends in.
 */
export function inspectPlanFile(path: string): FileReport {
  let sizeBytes: number;
  try {
    sizeBytes = statSync(path).size;
  } catch (error) {
    throw toPlanError(error, path, 'open');
  }
  const header = readHeader(path);
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
  let db: Database | undefined;
  try {
    db = openDatabase(path, { readonly: true });
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const count = (table: string) => (db!.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      path,
      sizeBytes,
      formatVersion: header.userVersion,
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
}
