import type { Database } from 'better-sqlite3';
import { resolve } from 'node:path';
import { PlanError } from '../domain/errors';
import { openDatabase, toPlanError } from './database';
import { APPLICATION_ID, readHeader } from './fileFormat';
import { assertNotInUse } from './planFile';
import { writeWhole } from './wholeFile';

const TABLES = [
  'meta',
  'section_records',
  'items',
  'changes',
  'pictures',
  'versions',
  'version_pictures',
  'issued_picture_bytes',
] as const;

function countRows(db: Database): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((table) => [table, (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n]),
  );
}

/** Reopens a written copy and checks it is a whole plan with the same content as the source. */
function verifyCopy(source: Database, copyPath: string): void {
  const header = readHeader(copyPath);
  if (!header.isSqlite || header.applicationId !== APPLICATION_ID) {
    throw new PlanError('copy-failed', `The copy at ${copyPath} is not a readable plan`, { path: copyPath });
  }
  const copy = openDatabase(copyPath, { readonly: true });
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new PlanError('copy-failed', `The copy failed its integrity check: ${integrity}`, { path: copyPath });
    const expected = JSON.stringify(countRows(source));
    const actual = JSON.stringify(countRows(copy));
    if (expected !== actual)
      throw new PlanError('copy-failed', `The copy differs from the plan: ${actual} vs ${expected}`, {
        path: copyPath,
      });
  } finally {
    copy.close();
  }
}

/**
 * Writes a consistent single-file copy of an open plan (to a USB stick, say): written and synced
 * under a temporary name, verified, then renamed into place, so the target is either the old file
 * or a complete verified copy, never a half-written one.
 */
export function savePlanCopy(source: Database, sourcePath: string | null, target: string): void {
  if (sourcePath && resolve(sourcePath) === resolve(target)) {
    throw new PlanError('copy-failed', 'A copy cannot replace the plan itself', { path: target });
  }
  writeWhole(target, {
    purpose: 'copying',
    // Renaming over a plan open elsewhere would cut it loose from its file: its later edits would be lost.
    guard: assertNotInUse,
    write: (temporary) => source.prepare('VACUUM INTO ?').run(temporary),
    verify: (temporary) => verifyCopy(source, temporary),
    failure: (error) => (error instanceof PlanError ? error : toPlanError(error, target, 'write')),
  });
}
