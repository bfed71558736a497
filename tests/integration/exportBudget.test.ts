import { existsSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/run';
import { EXPORT_LIMITS } from '../../src/export/budget';
import { paraat } from '../builders/commandLine';
import { sha256 } from '../builders/planFiles';
import { tempDir } from '../builders/tempDir';

/** The example plan with its incident log grown past the export budget, as only a file made outside Paraat can be. */
async function planPastTheBudget(dir: string): Promise<string> {
  const plan = join(dir, 'groot.paraat');
  expect((await paraat('example', plan)).code).toBe(EXIT.ok);
  const db = new BetterSqlite3(plan);
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO items (id, section, position, data, created_at, updated_at)
     SELECT 'many-' || i, 'incidents', 100000 + i, json_object('number', i, 'title', 'Melding ' || i, 'status', 'closed'),
            '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'
     FROM n`,
  ).run(EXPORT_LIMITS.items);
  db.close();
  return plan;
}

describe('an export past the budget on the command line', { timeout: 120_000 }, () => {
  it('is refused with the figures before anything is written, the plan unchanged; check still reads it', async () => {
    const dir = tempDir();
    const plan = await planPastTheBudget(dir);
    const before = sha256(plan);
    const docx = join(dir, 'plan.docx');
    const html = join(dir, 'plan.html');
    const exported = await paraat('export', plan, '--docx', docx, '--html', html);
    expect(exported.code).toBe(EXIT.fileRefused);
    expect(exported.err).toContain('[export-too-large]');
    expect(exported.err).toMatch(/3\d,\d{3} items|3\d{4} items/);
    const kit = join(dir, 'Noodkit');
    expect((await paraat('kit', plan, kit)).err).toContain('[export-too-large]');
    expect([docx, html, kit].filter((path) => existsSync(path))).toEqual([]);
    expect(sha256(plan)).toBe(before);
    // The plan itself is fine: only exporting it is too much.
    expect((await paraat('check', plan)).err).not.toContain('export-too-large');
  });
});
