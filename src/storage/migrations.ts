import type { Database } from 'better-sqlite3';

/**
 * Numbered schema migrations. They only go forward, each in its own transaction together with the
 * `user_version` bump, so a plan file is always at exactly one version. Never edit a published
 * migration: add the next one.
 */
export interface Migration {
  version: number;
  up: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up: (db) => {
      db.exec(`
        CREATE TABLE meta (
          key   TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;
        -- One record per singleton section (the organisation, the alarm plan), as JSON.
        CREATE TABLE section_records (
          section    TEXT PRIMARY KEY,
          data       TEXT NOT NULL CHECK (json_valid(data)),
          updated_at TEXT NOT NULL
        ) STRICT;
        -- The items of list sections (people, suppliers, systems), as JSON, in the user's order.
        CREATE TABLE items (
          id         TEXT PRIMARY KEY,
          section    TEXT NOT NULL,
          position   INTEGER NOT NULL,
          data       TEXT NOT NULL CHECK (json_valid(data)),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX items_by_section ON items (section, position);
        -- Every edit, for the record of changes: which section and item, which fields, when.
        CREATE TABLE changes (
          seq     INTEGER PRIMARY KEY AUTOINCREMENT,
          at      TEXT NOT NULL,
          section TEXT NOT NULL,
          item_id TEXT,
          action  TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'move')),
          fields  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(fields))
        ) STRICT;
      `);
    },
  },
  {
    version: 2,
    up: (db) => {
      db.exec(`
        -- Issued versions of the plan: the whole plan as deflated JSON, frozen when issued, with
        -- the last change it includes, so the record of changes can say what each version changed.
        CREATE TABLE versions (
          number      TEXT PRIMARY KEY,
          issued_at   TEXT NOT NULL,
          comment     TEXT NOT NULL,
          approved_by TEXT NOT NULL,
          approved_on TEXT NOT NULL,
          last_change INTEGER NOT NULL,
          snapshot    BLOB NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 3,
    up: (db) => {
      db.exec(`
        -- Pictures of the plan (a network diagram), PNG or JPEG, in the user's order. Their bytes
        -- are checked again whenever they are read: a plan file can come from anyone.
        CREATE TABLE pictures (
          id         TEXT PRIMARY KEY,
          position   INTEGER NOT NULL,
          caption    TEXT NOT NULL,
          bytes      BLOB NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
];

export const FORMAT_VERSION = MIGRATIONS.length;

export function migrate(db: Database): number {
  const from = db.pragma('user_version', { simple: true }) as number;
  for (const migration of MIGRATIONS) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return from;
}
