import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type TestContext, describe, expect, it, onTestFinished } from 'vitest';
import { isPlanError } from '../../src/domain/errors';
import { PlanDocument } from '../../src/storage/planDocument';
import { openPlanFile } from '../../src/storage/planFile';
import { examplePlanFile, handMadeJournal } from '../../scripts/reliability/hostileCorpus';
import { sha256 } from '../builders/planFiles';
import { tempDir } from '../builders/tempDir';

/**
 * A folder holding `files` that this process cannot write: a read-only tmpfs mount as root (who
 * writes anywhere else), a write-protected folder otherwise. Skips, saying why, when neither can be made.
 */
function readOnlyMedium(context: TestContext, files: Record<string, Buffer>): string {
  const medium = join(tempDir(), 'stick');
  mkdirSync(medium);
  const root = process.getuid?.() === 0;
  if (root) {
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', medium], { stdio: 'ignore' });
    if (mounted.status !== 0) context.skip('running as root without the right to mount a read-only medium');
    onTestFinished(() => void spawnSync('umount', [medium], { stdio: 'ignore' }));
  }
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(medium, name), bytes);
  if (root) spawnSync('mount', ['-o', 'remount,ro', medium], { stdio: 'ignore' });
  else spawnSync('chmod', ['-R', 'a-w', medium]);
  try {
    writeFileSync(join(medium, 'probe'), '');
    context.skip('the medium could not be made read-only here');
  } catch {
    /* read-only, as wanted */
  }
  return medium;
}

/** The example plan before and after an edit of its organisation's name, and a journal that turns the second back into the first. */
function interruptedEdit(dir: string) {
  const before = examplePlanFile(join(dir, 'before.paraat'));
  const after = join(dir, 'after.paraat');
  copyFileSync(before, after);
  const db = new BetterSqlite3(after);
  db.prepare(
    "UPDATE section_records SET data = json_set(data, '$.name', 'Half geschreven') WHERE section = 'organisation'",
  ).run();
  db.close();
  const [old, edited] = [readFileSync(before), readFileSync(after)];
  const pageSize = old.readUInt16BE(16);
  expect(edited.length).toBe(old.length);
  const pages = [];
  for (let at = 0; at < old.length; at += pageSize)
    if (!old.subarray(at, at + pageSize).equals(edited.subarray(at, at + pageSize)))
      pages.push({ number: at / pageSize + 1, data: old.subarray(at, at + pageSize) });
  return { before, edited, journal: handMadeJournal(pages, old.length / pageSize, pageSize) };
}

const organisationName = (path: string) => {
  const document = new PlanDocument(openPlanFile(path));
  try {
    return { name: document.singleton('organisation').get().name, readOnly: document.file.readOnly };
  } finally {
    document.close();
  }
};

describe('a plan on a read-only medium with an unfinished write beside it', () => {
  it('is shown as it was before that write, rolled back on a private copy; the medium keeps every byte', (context) => {
    const { before, edited, journal } = interruptedEdit(tempDir());
    const { name } = organisationName(before);
    expect(name).not.toBe('Half geschreven');
    const medium = readOnlyMedium(context, { 'plan.paraat': edited, 'plan.paraat-journal': journal });
    const plan = join(medium, 'plan.paraat');
    const hashes = () => [sha256(plan), sha256(`${plan}-journal`)];
    const untouched = hashes();
    expect(organisationName(plan)).toEqual({ name, readOnly: 'medium' });
    expect(hashes()).toEqual(untouched);
  });

  it('is refused with a clear code when the journal would make it another program’s database', (context) => {
    const dir = tempDir();
    const plan = examplePlanFile(join(dir, 'plan.paraat'));
    const other = new BetterSqlite3(join(dir, 'other.db'));
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);');
    other.close();
    const bytes = readFileSync(plan);
    const pageSize = bytes.readUInt16BE(16);
    const foreignPage = readFileSync(join(dir, 'other.db')).subarray(0, pageSize);
    const journal = handMadeJournal([{ number: 1, data: foreignPage }], bytes.length / pageSize, pageSize);
    const medium = readOnlyMedium(context, { 'plan.paraat': bytes, 'plan.paraat-journal': journal });
    const onMedium = join(medium, 'plan.paraat');
    let code = '';
    try {
      openPlanFile(onMedium).close();
    } catch (error) {
      code = isPlanError(error) ? error.code : String(error);
    }
    expect(['foreign-database', 'not-a-plan', 'foreign-journal', 'damaged']).toContain(code);
    expect(readFileSync(onMedium).equals(bytes)).toBe(true);
  });
});
