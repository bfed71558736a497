import BetterSqlite3 from 'better-sqlite3';
import { fuzzSeed } from '../builders/fuzzSeed';
import { describe, expect, it } from 'vitest';
import { badFileHarness } from '../../scripts/reliability/badFiles';
import { handlerHarness } from '../builders/handlerHarness';
import { createPlan, sha256 } from '../builders/planFiles';
import { otherFiles, tempDir } from '../builders/tempDir';

describe('a corpus of bad files opened through the window', () => {
  it('never crashes a handler and never writes to a file it refuses', { timeout: 240_000 }, async () => {
    const seed = fuzzSeed();
    const figures = await badFileHarness({
      dir: tempDir(),
      seed,
      truncations: 16,
      bitFlips: 16,
      randomFiles: 2,
      hugeMb: 200,
    });
    console.log(
      `[reliability] bad files (seed ${seed}): tried ${figures.filesTried}, refused ${figures.refused}, opened ${figures.opened}, crashes ${figures.crashes}, writes to rejected files ${figures.writesToRejectedFiles}; ${JSON.stringify(figures.byCode)}`,
    );
    expect(figures.problems).toEqual([]);
    expect(figures).toMatchObject({ crashes: 0, writesToRejectedFiles: 0 });
    expect(figures.filesTried).toBeGreaterThan(60);
    expect(figures.refused).toBeGreaterThan(30);
  });
});

/** Changes a plan's structure with plain SQLite, as someone with a database tool might. */
function tamper(path: string, sql: string) {
  const db = new BetterSqlite3(path);
  db.exec(sql);
  db.close();
}

describe('a plan whose structure was changed by hand', () => {
  it.each([
    [
      'a trigger that deletes every item on the next edit',
      'CREATE TRIGGER wipe AFTER INSERT ON changes BEGIN DELETE FROM items; END;',
      'trigger wipe unexpected',
    ],
    ['a dropped table', 'DROP TABLE changes', 'table changes missing'],
    ['a renamed column', 'ALTER TABLE section_records RENAME COLUMN data TO contents', 'table section_records altered'],
    [
      'a view in place of a table',
      'ALTER TABLE meta RENAME TO meta_old; CREATE VIEW meta AS SELECT * FROM meta_old;',
      'view meta unexpected',
    ],
  ])('with %s is refused as damaged, says what differs, and is left as it was', async (_what, sql, detail) => {
    const harness = handlerHarness();
    const dir = tempDir();
    const path = createPlan(dir);
    tamper(path, sql);
    const before = sha256(path);
    const answer = await harness.call('plan.open', { path });
    expect(answer).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(answer.ok ? '' : String(answer.error.params.detail)).toContain(detail);
    expect(sha256(path)).toBe(before);
    expect(otherFiles(dir, 'plan.paraat')).toEqual([]);
    expect(await harness.ok('plan.current')).toBeNull();
  });

  it('with a negative format version is refused as damaged, not migrated a second time', async () => {
    const harness = handlerHarness();
    const path = createPlan(tempDir());
    tamper(path, 'PRAGMA user_version = -1');
    const before = sha256(path);
    await harness.fails('damaged', 'plan.open', { path });
    expect(sha256(path)).toBe(before);
  });
});
