import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Organisation } from '../../src/domain/sections/organisation';
import type { PlanLanguage } from '../../src/domain/organisationKinds';
import { APPLICATION_ID } from '../../src/storage/fileFormat';
import { PlanDocument } from '../../src/storage/planDocument';
import { createPlanFile, openPlanFile } from '../../src/storage/planFile';
import { fillFromJson } from '../../src/storage/planJson';

export interface PlanSpec {
  organisation?: Partial<Organisation>;
  language?: PlanLanguage;
  fileName?: string;
}

/** Writes a closed plan file holding the given organisation values; returns its path. */
export function createPlan(dir: string, spec: PlanSpec = {}): string {
  const path = join(dir, spec.fileName ?? 'plan.paraat');
  const organisation = { name: 'Gemeente Testdorp', kind: 'municipality-netherlands', ...spec.organisation };
  createPlanFile(path, (db) =>
    fillFromJson(db, {
      format: 'paraat-plan',
      formatVersion: 1,
      language: spec.language ?? 'nl',
      sections: { organisation },
    }),
  ).close();
  return path;
}

/** Opens a plan file the way the app does, with its repositories. */
export function openPlan(path: string): PlanDocument {
  return new PlanDocument(openPlanFile(path));
}

/** Opens, reads or edits, and closes again, so the file is free for the next step of a test. */
export function withPlan<T>(path: string, work: (document: PlanDocument) => T): T {
  const document = openPlan(path);
  try {
    return work(document);
  } finally {
    document.close();
  }
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Reads database facts with plain SQLite, bypassing Paraat's own checks. */
export function pragmaOf(path: string, name: 'application_id' | 'user_version' | 'journal_mode'): unknown {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return db.pragma(name, { simple: true });
  } finally {
    db.close();
  }
}

/** Overwrites bytes in place, as a newer app, a bad sector or a half copy would. */
export function overwriteBytes(path: string, offset: number, bytes: Buffer): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

/** SQLite keeps `user_version` as a big-endian integer at byte 60 of the header. */
export function setHeaderUserVersion(path: string, version: number): void {
  const bytes = Buffer.alloc(4);
  bytes.writeInt32BE(version);
  overwriteBytes(path, 60, bytes);
}

/** The same pseudo-random bytes on every run, so a failing corruption test can be replayed. */
export function noise(length: number, seed = 0x5eed): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** Another program's SQLite database: no Paraat application id, a table of its own. */
export function foreignDatabase(path: string): string {
  const db = new BetterSqlite3(path);
  db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5);');
  db.close();
  return path;
}

/** A plan from before the first migration: identified as Paraat, format version 0, no tables. */
export function formatZeroPlan(path: string): string {
  const db = new BetterSqlite3(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.close();
  return path;
}
