import type { Database } from 'better-sqlite3';
import { keepVersionPictures } from './versionPictures';

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
  {
    version: 4,
    up: (db) => {
      db.exec(`
        -- The pictures of each issued version as they were when it was issued, so an older
        -- version shows its own. A picture's bytes are kept once, by their SHA-256, however many
        -- versions show it: issuing a version does not copy megabytes of unchanged images.
        CREATE TABLE issued_picture_bytes (
          sha256 TEXT PRIMARY KEY,
          bytes  BLOB NOT NULL
        ) STRICT;
        CREATE TABLE version_pictures (
          version  TEXT NOT NULL REFERENCES versions (number),
          position INTEGER NOT NULL,
          id       TEXT NOT NULL,
          caption  TEXT NOT NULL,
          sha256   TEXT NOT NULL REFERENCES issued_picture_bytes (sha256),
          PRIMARY KEY (version, id)
        ) STRICT;
      `);
      keepPicturesOfUnchangedVersions(db);
    },
  },
];

/**
 * Versions issued before format 4 kept no pictures. Where the record of changes shows no picture
 * added, changed or removed since a version was issued, today's pictures are exactly that
 * version's, so they are kept for it; an older version stays without pictures (they are unknown).
 */
function keepPicturesOfUnchangedVersions(db: Database): void {
  const versions = db
    .prepare<[], { number: string }>(
      `SELECT number FROM versions
        WHERE last_change >= (SELECT COALESCE(MAX(seq), 0) FROM changes WHERE section = 'pictures')`,
    )
    .pluck()
    .all() as unknown as string[];
  if (!versions.length) return;
  const pictures = db
    .prepare<[], { id: string; caption: string; bytes: Buffer }>(
      'SELECT id, caption, bytes FROM pictures ORDER BY position, created_at',
    )
    .all()
    .map((row) => ({ ...row, bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) }));
  for (const version of versions) keepVersionPictures(db, version, pictures);
}

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
