import { createHash, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/**
 * The plan's own id, kept in its meta table: what names the plan in the UIDs of its vCard and
 * iCalendar exports, so a calendar or phone updates the same entries on every export, also after
 * the organisation is renamed. A new plan gets a random id; a copy of the file is the same plan.
 */
const KEY = 'planId';

// Straight to the meta table (not through sectionRepository, which calls this module).
const readId = (db: Database) =>
  db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(KEY)?.value;
const writeId = (db: Database, id: string) =>
  void db
    .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(KEY, id);

export function assignNewPlanId(db: Database): void {
  writeId(db, randomUUID());
}

/**
 * Plans made before they had an id were named by a hash of the organisation's name. Such a plan
 * keeps that as its id, so the entries already in calendars and phones keep their UIDs.
 */
export function legacyPlanId(organisationName: string): string {
  return createHash('sha256').update(organisationName.trim().toLowerCase(), 'utf8').digest('hex').slice(0, 12);
}

const organisationName = (db: Database): string => {
  const row = db.prepare<[], { data: string }>("SELECT data FROM section_records WHERE section = 'organisation'").get();
  const name: unknown = row ? (JSON.parse(row.data) as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : '';
};

export function planIdOf(db: Database): string {
  return readId(db) ?? legacyPlanId(organisationName(db));
}

/** Sets the id a plan carried elsewhere (plan JSON from `paraat export --json`). */
export function keepPlanId(db: Database, id: string): void {
  writeId(db, id);
}

/** Before an older plan's organisation is renamed, its name-based id is written down, so it stays. */
export function fixPlanIdBeforeRename(db: Database): void {
  if (readId(db) === undefined) writeId(db, legacyPlanId(organisationName(db)));
}
