/**
 * Guarantee: bad files never crash the app and are never written to. A corpus generated here
 * (empty, random bytes, a real plan truncated at many offsets or with flipped bits, other SQLite
 * databases, a newer format, a wrong application id, schemas tampered by hand, a huge sparse file)
 * is opened through the real `plan.open` handler. Each must be refused with a clear code, or open
 * and then answer reads and an edit without an 'internal' error. A refused file keeps its bytes and
 * its modification time, and nothing appears beside it.
 */
import BetterSqlite3 from 'better-sqlite3';
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { APPLICATION_ID } from '../../src/storage/fileFormat';
import { FORMAT_VERSION } from '../../src/storage/migrations';
import { createPlanFile } from '../../src/storage/planFile';
import { fillFromJson } from '../../src/storage/planJson';
import { type Random, fingerprint, headlessApp, random, scratch } from './common';

export interface BadFileFigures {
  filesTried: number;
  refused: number;
  opened: number;
  openedReadOnly: number;
  /** An 'internal' error or an exception that escaped the handler. */
  crashes: number;
  writesToRejectedFiles: number;
  byCode: Record<string, number>;
  problems: string[];
}

const PAGE = 4096;
const CLEAR_CODES = [
  'not-a-plan',
  'foreign-database',
  'newer-version',
  'damaged',
  'damaged-read',
  'not-found',
  'read-only',
  'in-use',
];

function healthyPlan(path: string): string {
  const long =
    'Bij een stroomuitval in het gemeentehuis van Beekzande start de noodgenerator binnen twee minuten. '.repeat(30);
  createPlanFile(path, (db) =>
    fillFromJson(db, {
      format: 'paraat-plan',
      formatVersion: 1,
      language: 'nl',
      sections: {
        organisation: { name: 'Lokaal bestuur Beekzande', kind: 'municipality-flanders', purpose: long, scope: long },
        people: Array.from({ length: 40 }, (_, i) => ({
          id: `person-${i}`,
          name: `Medewerker ${i}`,
          function: long.slice(0, 300),
        })),
      },
    }),
  ).close();
  return path;
}

function tamper(base: string, path: string, sql: string, pragmas: string[] = []): void {
  copyFileSync(base, path);
  const db = new BetterSqlite3(path);
  try {
    db.pragma('foreign_keys = OFF');
    for (const pragma of pragmas) db.pragma(pragma);
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** Writes the corpus into `dir`; returns [label, path] pairs. */
export function buildCorpus(
  dir: string,
  rng: Random,
  scale: { truncations: number; bitFlips: number; randomFiles: number; hugeMb: number },
): [string, string][] {
  mkdirSync(dir, { recursive: true });
  const base = healthyPlan(join(dir, '..', `healthy-${process.pid}.paraat`));
  const size = statSync(base).size;
  const corpus: [string, string][] = [];
  let n = 0;
  const add = (label: string, write: (path: string) => void) => {
    const path = join(dir, `${String(n++).padStart(4, '0')}.paraat`);
    write(path);
    corpus.push([label, path]);
  };

  add('empty file', (p) => writeFileSync(p, ''));
  add('a text file', (p) => writeFileSync(p, 'Noodplan Beekzande\nDit is geen plan.\n'));
  add('only the SQLite magic', (p) => writeFileSync(p, 'SQLite format 3\u0000'));
  add('a header and nothing else', (p) => {
    copyFileSync(base, p);
    truncateSync(p, 100);
  });
  for (let i = 0; i < scale.randomFiles; i++)
    add(`random bytes #${i}`, (p) => writeFileSync(p, rng.bytes(rng.int(1, 3 * PAGE))));
  for (let i = 0; i < scale.randomFiles; i++) {
    add(`the plan's header then random bytes #${i}`, (p) =>
      writeFileSync(p, Buffer.concat([readFileSync(base).subarray(0, 100), rng.bytes(size - 100)])),
    );
  }
  const offsets = new Set<number>([
    1,
    16,
    60,
    99,
    100,
    101,
    512,
    PAGE - 1,
    PAGE,
    PAGE + 1,
    2 * PAGE,
    size - PAGE,
    size - 1,
  ]);
  while (offsets.size < scale.truncations) offsets.add(rng.int(1, size - 1));
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    add(`truncated at ${offset} of ${size}`, (p) => {
      copyFileSync(base, p);
      truncateSync(p, offset);
    });
  }
  for (let i = 0; i < scale.bitFlips; i++) {
    const page = rng.int(0, size / PAGE - 1);
    const flips = rng.int(1, 8);
    add(`${flips} bit(s) flipped in page ${page + 1}`, (p) => {
      copyFileSync(base, p);
      const bytes = new Uint8Array(readFileSync(p));
      for (let f = 0; f < flips; f++) {
        // Past the header's identity fields on page 1, so it is damage, not a different kind of file.
        const offset = page * PAGE + rng.int(page === 0 ? 100 : 0, PAGE - 1);
        bytes[offset]! ^= 1 << rng.int(0, 7);
      }
      writeFileSync(p, bytes);
    });
  }
  add('another application’s SQLite database', (p) => {
    const db = new BetterSqlite3(p);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5);');
    db.close();
  });
  add('an empty SQLite database', (p) => {
    const db = new BetterSqlite3(p);
    db.exec('CREATE TABLE t (x); DROP TABLE t;');
    db.close();
  });
  add('a plan in WAL mode', (p) => tamper(base, p, 'SELECT 1', ['journal_mode = WAL']));
  add('a plan with the tables but another application id', (p) =>
    tamper(base, p, 'SELECT 1', ['application_id = 1234']),
  );
  add('a plan from the next Paraat format', (p) =>
    tamper(base, p, 'SELECT 1', [`user_version = ${FORMAT_VERSION + 1}`]),
  );
  add('a plan with a negative format version', (p) => tamper(base, p, 'SELECT 1', ['user_version = -1']));
  add('a plan with the Paraat id and no tables at all', (p) => {
    const db = new BetterSqlite3(p);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.close();
  });
  for (const table of ['meta', 'section_records', 'items', 'changes', 'versions']) {
    add(`tampered: table ${table} dropped`, (p) => tamper(base, p, `DROP TABLE ${table}`));
  }
  add('tampered: items.data made an INTEGER column', (p) =>
    tamper(
      base,
      p,
      `ALTER TABLE items RENAME TO old_items; CREATE TABLE items (id TEXT PRIMARY KEY, section TEXT NOT NULL, position INTEGER NOT NULL, data INTEGER, created_at TEXT NOT NULL, updated_at TEXT NOT NULL); INSERT INTO items SELECT * FROM old_items; DROP TABLE old_items;`,
    ),
  );
  add('tampered: a column dropped from changes', (p) => tamper(base, p, 'ALTER TABLE changes DROP COLUMN fields'));
  add('tampered: a column renamed in section_records', (p) =>
    tamper(base, p, 'ALTER TABLE section_records RENAME COLUMN data TO contents'),
  );
  add('tampered: a trigger that empties the plan on every edit', (p) =>
    tamper(base, p, 'CREATE TRIGGER wipe AFTER INSERT ON changes BEGIN DELETE FROM items; END;'),
  );
  add('tampered: a trigger that refuses every edit', (p) =>
    tamper(base, p, "CREATE TRIGGER refuse BEFORE UPDATE ON section_records BEGIN SELECT RAISE(ABORT, 'nee'); END;"),
  );
  add('tampered: a view in place of a table', (p) =>
    tamper(base, p, 'ALTER TABLE meta RENAME TO meta_old; CREATE VIEW meta AS SELECT * FROM meta_old;'),
  );
  add('tampered: invalid JSON in a record', (p) =>
    tamper(
      base,
      p,
      "PRAGMA ignore_check_constraints = ON; UPDATE section_records SET data = '{kapot' WHERE section = 'organisation';",
    ),
  );
  add('tampered: an item of an unknown section', (p) =>
    tamper(base, p, "INSERT INTO items VALUES ('x', 'bestaatNiet', 0, '{}', '2020-01-01', '2020-01-01');"),
  );
  add('tampered: a record of the wrong shape', (p) =>
    tamper(base, p, `UPDATE section_records SET data = '[1,2,3]' WHERE section = 'organisation';`),
  );
  add('tampered: an extra index that refuses every second change', (p) =>
    tamper(base, p, 'DELETE FROM changes; CREATE UNIQUE INDEX one_per_section ON changes (section);'),
  );
  add(`a ${scale.hugeMb} MB sparse file of zeros`, (p) => {
    writeFileSync(p, '');
    truncateSync(p, scale.hugeMb * 1024 * 1024);
  });
  add(`a plan followed by ${scale.hugeMb} MB of sparse zeros`, (p) => {
    copyFileSync(base, p);
    truncateSync(p, scale.hugeMb * 1024 * 1024);
  });
  add('a plan whose header claims twice its pages', (p) => {
    copyFileSync(base, p);
    const bytes = new Uint8Array(readFileSync(p));
    const view = new DataView(bytes.buffer);
    view.setUint32(28, view.getUint32(28) * 2);
    writeFileSync(p, bytes);
  });
  rmSync(base, { force: true });
  return corpus;
}

/** Opens every file of the corpus through `plan.open`, then reads and edits what opened. */
export async function badFileHarness(options: {
  dir?: string;
  seed?: number;
  truncations: number;
  bitFlips: number;
  randomFiles: number;
  hugeMb: number;
}): Promise<BadFileFigures> {
  const rng = random(options.seed ?? 3);
  const dir = options.dir ?? scratch('badfiles');
  const corpusDir = join(dir, 'corpus');
  const corpus = buildCorpus(corpusDir, rng, options);
  const app = headlessApp(join(dir, 'app'));
  const figures: BadFileFigures = {
    filesTried: 0,
    refused: 0,
    opened: 0,
    openedReadOnly: 0,
    crashes: 0,
    writesToRejectedFiles: 0,
    byCode: {},
    problems: [],
  };
  const count = (code: string) => (figures.byCode[code] = (figures.byCode[code] ?? 0) + 1);

  for (const [label, path] of corpus) {
    figures.filesTried++;
    const before = fingerprint(path);
    const besideBefore = readdirSync(corpusDir).length;
    let answer;
    try {
      answer = await app.call('plan.open', { path });
    } catch (error) {
      figures.crashes++;
      figures.problems.push(`${label}: plan.open threw ${String(error)}`);
      continue;
    }
    if (!answer.ok) {
      count(answer.error.code);
      figures.refused++;
      if (answer.error.code === 'internal' || !CLEAR_CODES.includes(answer.error.code)) {
        figures.crashes++;
        figures.problems.push(`${label}: refused with ${answer.error.code}: ${answer.error.message}`);
      }
      if (fingerprint(path) !== before) {
        figures.writesToRejectedFiles++;
        figures.problems.push(`${label}: refused, but the file changed`);
      }
      if (readdirSync(corpusDir).length !== besideBefore) {
        figures.writesToRejectedFiles++;
        figures.problems.push(`${label}: refused, but a file appeared beside it`);
      }
      const current = await app.call('plan.current');
      if (current.ok && current.value !== null) figures.problems.push(`${label}: refused, but left open`);
      continue;
    }
    figures.opened++;
    count('opened');
    if ((answer.value as { readOnly: unknown }).readOnly) figures.openedReadOnly++;
    // What opened must be usable: reads and an edit answer with a value or a clear code.
    for (const [channel, payload] of [
      ['section.get', { section: 'organisation' }],
      ['items.list', { section: 'people' }],
      ['plan.progress', undefined],
      ['plan.health', undefined],
      ['versions.list', undefined],
      ['section.update', { section: 'organisation', patch: { sector: 'Na het openen' } }],
      ['items.add', { section: 'people', data: { name: 'Eline Vermeersch' } }],
    ] as const) {
      const result = await app.call(channel, payload);
      if (!result.ok && result.error.code === 'internal') {
        figures.crashes++;
        figures.problems.push(`${label}: ${channel} failed with internal: ${result.error.message}`);
      }
    }
    await app.call('plan.close');
  }
  app.closeAll();
  rmSync(corpusDir, { recursive: true, force: true });
  return figures;
}
