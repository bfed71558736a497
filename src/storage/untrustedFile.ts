import type { Database } from 'better-sqlite3';
import { closeSync, copyFileSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PlanError } from '../domain/errors';
import { openDatabase } from './database';
import { MIGRATIONS } from './migrations';
import { type SchemaRow, readSchemaPage } from './schemaPage';

/**
 * A plan file comes from anywhere: a stick someone handed over, a mail. Before Paraat runs a single
 * statement on one, its whole schema — every table, index, view and trigger, SQLite's own
 * `sqlite_` names included — must be exactly what the migrations build for its format, read from
 * the file's first page without SQLite. No trigger or view of a file can then ever run, and no
 * constraint of its own can cost time when SQLite checks the file. (SQLite's guidance on untrusted
 * files: https://www.sqlite.org/security.html.)
 */

/** A plan's first page holds its header and its whole schema; 64 KiB is SQLite's largest page. */
const FIRST_PAGE_MAX = 65536;

const normalised = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();
const keyOf = (row: Pick<SchemaRow, 'type' | 'name'>) => `${row.type} ${row.name}`;

const expectedByVersion = new Map<number, SchemaRow[]>();

/** Every row of `sqlite_schema`, as SQLite reads it (after a file was accepted, or of our own). */
export function schemaRowsOf(db: Database): SchemaRow[] {
  return db
    .prepare<[], { type: string; name: string; tbl_name: string; rootpage: number; sql: string | null }>(
      'SELECT type, name, tbl_name, rootpage, sql FROM sqlite_schema',
    )
    .all()
    .map((row) => ({ type: row.type, name: row.name, tableName: row.tbl_name, rootPage: row.rootpage, sql: row.sql }));
}

/** What the migrations up to `version` make of an empty file: the one schema a plan of that format has. */
export function expectedSchema(version: number): SchemaRow[] {
  let rows = expectedByVersion.get(version);
  if (!rows) {
    const db = openDatabase(':memory:', { create: true });
    try {
      for (const migration of MIGRATIONS) if (migration.version <= version) migration.up(db);
      rows = schemaRowsOf(db);
    } finally {
      db.close();
    }
    expectedByVersion.set(version, rows);
  }
  return rows;
}

/** What differs between a file's schema and the expected one, as "table items altered" and the like. */
export function schemaDifferences(actual: readonly SchemaRow[], expected: readonly SchemaRow[]): string[] {
  const problems: string[] = [];
  const found = new Map<string, SchemaRow>();
  for (const row of actual) {
    if (found.has(keyOf(row))) problems.push(`${keyOf(row)} twice`);
    found.set(keyOf(row), row);
  }
  const wanted = new Map(expected.map((row) => [keyOf(row), row]));
  for (const [key, row] of wanted) {
    const there = found.get(key);
    if (!there) problems.push(`${key} missing`);
    else if (there.tableName !== row.tableName || normalised(there.sql) !== normalised(row.sql))
      problems.push(`${key} altered`);
  }
  for (const key of found.keys()) if (!wanted.has(key)) problems.push(`${key} unexpected`);
  const roots = actual.filter((row) => row.type === 'table' || row.type === 'index').map((row) => row.rootPage);
  if (roots.some((page) => page < 2) || new Set(roots).size !== roots.length)
    problems.push('root pages shared or missing');
  if (actual.some((row) => (row.type === 'view' || row.type === 'trigger') && row.rootPage !== 0))
    problems.push('a view or trigger with a root page');
  return problems;
}

export function structureError(path: string, problems: string[]): PlanError {
  return new PlanError('damaged', `The plan's structure was changed outside Paraat: ${path}`, {
    path,
    part: 'structure',
    detail: problems.join('; '),
  });
}

/** Refuses a file whose first page does not hold exactly the schema of its format. */
export function assertSchemaOnFirstPage(firstPage: Buffer, version: number, path: string): void {
  // Bytes 18 and 19: 1 for a rollback journal, 2 for WAL. Paraat never writes WAL; a WAL file
  // beside a plan could replace its pages after they were checked.
  if (firstPage[18] !== 1 || firstPage[19] !== 1)
    throw structureError(path, ['written with a write-ahead log, which Paraat never uses']);
  const read = readSchemaPage(firstPage);
  if ('problem' in read) throw structureError(path, [read.problem]);
  const problems = schemaDifferences(read.rows, expectedSchema(version));
  if (problems.length > 0) throw structureError(path, problems);
}

export function readFirstPage(path: string): Buffer {
  const buffer = Buffer.alloc(FIRST_PAGE_MAX);
  const fd = openSync(path, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, FIRST_PAGE_MAX, 0));
  } finally {
    closeSync(fd);
  }
}

/** The first 8 bytes of every rollback journal's header. */
const JOURNAL_MAGIC = Buffer.from('d9d505f920a163d7', 'hex');

/**
 * What lies beside a plan as `-journal`: nothing, an emptied journal (Paraat keeps one while a plan
 * is open; harmless), or a hot one — an unfinished write SQLite would roll back on the next open,
 * which changes the file after its identity was read.
 */
export function journalBeside(path: string): 'none' | 'inert' | 'hot' {
  const journal = `${path}-journal`;
  let size: number;
  try {
    size = statSync(journal).size;
  } catch {
    return 'none';
  }
  if (size === 0) return 'inert';
  const start = Buffer.alloc(8);
  const fd = openSync(journal, 'r');
  try {
    readSync(fd, start, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  return start.every((byte) => byte === 0) ? 'inert' : 'hot';
}

function foreignJournal(path: string, detail: string): PlanError {
  return new PlanError('foreign-journal', `An unfinished change beside the plan cannot be replayed safely: ${path}`, {
    path,
    detail,
  });
}

/**
 * A journal that names a super-journal makes SQLite read, and after rolling back delete, the file
 * it names — anywhere. Paraat never writes a transaction over several files, so such a journal is
 * not one of its own.
 */
function assertOwnJournalShape(path: string): void {
  const journal = `${path}-journal`;
  const size = statSync(journal).size;
  const fd = openSync(journal, 'r');
  const start = Buffer.alloc(8);
  const end = Buffer.alloc(8);
  try {
    readSync(fd, start, 0, 8, 0);
    if (size >= 16) readSync(fd, end, 0, 8, size - 8);
  } finally {
    closeSync(fd);
  }
  if (!start.equals(JOURNAL_MAGIC)) throw foreignJournal(path, 'the journal does not start like one');
  if (size >= 16 && end.equals(JOURNAL_MAGIC)) throw foreignJournal(path, 'the journal names another file');
}

/**
 * Lets `look` see the plan as opening it would make it, on a private copy: a hot journal beside it
 * is copied too and rolled back there, never on the original, and an emptied one is left where it
 * is. The copy is removed afterwards.
 */
export function withPrivateCopy<T>(path: string, look: (copy: string) => T): T {
  const hot = journalBeside(path) === 'hot';
  if (hot) assertOwnJournalShape(path);
  const folder = mkdtempSync(join(tmpdir(), 'paraat-look-'));
  try {
    const copy = join(folder, basename(path));
    copyFileSync(path, copy);
    if (hot) {
      copyFileSync(`${path}-journal`, `${copy}-journal`);
      const db = openDatabase(copy);
      try {
        // Reading the header takes SQLite's shared lock, which rolls the journal back; it does not
        // parse the schema.
        db.pragma('user_version', { simple: true });
      } finally {
        db.close();
      }
    }
    return look(copy);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
