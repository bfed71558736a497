import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/run';
import { FORMAT_VERSION } from '../../src/storage/migrations';
import { RESOURCES_DIRECTORY } from '../builders/handlerHarness';
import {
  createPlan,
  foreignDatabase,
  noise,
  openPlan,
  setHeaderUserVersion,
  sha256,
  withPlan,
} from '../builders/planFiles';
import { otherFiles, tempDir } from '../builders/tempDir';

/** Runs the command line as a terminal would, collecting what it prints. */
function paraat(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    resourcesDirectory: RESOURCES_DIRECTORY,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('paraat example', () => {
  it('writes the Dutch example plan by default, whose file then checks out fine', () => {
    const path = join(tempDir(), 'voorbeeld.paraat');
    expect(paraat('example', path)).toMatchObject({ code: EXIT.ok });
    expect(
      withPlan(path, (plan) => ({
        name: plan.singleton('organisation').get().name,
        language: plan.meta.get('language'),
      })),
    ).toEqual({
      name: 'Lokaal bestuur Beekzande',
      language: 'nl',
    });
    // The file is sound; the example's plan still has high findings to show (a backup kept on site).
    const checked = paraat('check', path);
    expect(checked.out).toContain('integrity: ok');
    expect(checked.code).toBe(EXIT.planProblems);
  });

  it('writes the English example with --lang en', () => {
    const path = join(tempDir(), 'example.paraat');
    expect(paraat('example', path, '--lang', 'en').code).toBe(EXIT.ok);
    expect(withPlan(path, (plan) => plan.meta.get('language'))).toBe('en');
  });

  it('never overwrites an existing file, open or not', () => {
    const dir = tempDir();
    const path = createPlan(dir, { organisation: { name: 'Open' } });
    const open = openPlan(path);
    try {
      const result = paraat('example', path);
      expect(result.code).toBe(EXIT.usage);
      expect(result.err).toContain('already exists');
    } finally {
      open.close();
    }
    expect(withPlan(path, (plan) => plan.singleton('organisation').get().name)).toBe('Open');
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'keep me');
    expect(paraat('example', notes).code).toBe(EXIT.usage);
    expect(readFileSync(notes, 'utf8')).toBe('keep me');
  });
});

describe('paraat check', () => {
  it('reports the format, the integrity and the counts of a healthy plan', () => {
    const path = createPlan(tempDir());
    const result = paraat('check', path);
    expect(result.code).toBe(EXIT.planProblems);
    expect(result.out).toContain(`format: ${FORMAT_VERSION} (this Paraat reads up to ${FORMAT_VERSION})`);
    expect(result.out).toContain('integrity: ok');
    expect(result.out).toContain('items: 0, recorded changes: 1');
  });

  it('never changes the file it checks', () => {
    const dir = tempDir();
    const path = createPlan(dir);
    const before = sha256(path);
    paraat('check', path);
    paraat('check', path);
    expect(sha256(path)).toBe(before);
    expect(otherFiles(dir, 'plan.paraat')).toEqual([]);
  });

  it.each([
    ['a text file', (path: string) => writeFileSync(path, 'geen plan')],
    ['random bytes', (path: string) => writeFileSync(path, noise(4096))],
    ['an empty file', (path: string) => writeFileSync(path, '')],
    ['another application’s database', (path: string) => void foreignDatabase(path)],
  ])('refuses %s with exit code 3 and leaves it unchanged', (_what, make) => {
    const path = join(tempDir(), 'bestand.paraat');
    make(path);
    const before = sha256(path);
    const result = paraat('check', path);
    expect(result.code).toBe(EXIT.fileRefused);
    expect(result.err).toMatch(/\[(not-a-plan|foreign-database)\]/);
    expect(sha256(path)).toBe(before);
  });

  it('refuses a plan from a newer Paraat with exit code 3, without changing it', () => {
    const path = createPlan(tempDir());
    setHeaderUserVersion(path, FORMAT_VERSION + 1);
    const before = sha256(path);
    const result = paraat('check', path);
    expect(result).toMatchObject({ code: EXIT.fileRefused });
    expect(result.err).toContain('[newer-version]');
    expect(sha256(path)).toBe(before);
  });

  it('reports a damaged plan with exit code 3, without changing it', () => {
    const path = createPlan(tempDir(), { organisation: { purpose: 'Doel '.repeat(3000) } });
    truncateSync(path, 4096 * 2);
    const before = sha256(path);
    const result = paraat('check', path);
    expect(result.code).toBe(EXIT.fileRefused);
    expect(result.err).toMatch(/damaged/);
    expect(sha256(path)).toBe(before);
  });

  it.each([
    [
      'a trigger that deletes every item on the next edit',
      'CREATE TRIGGER wipe AFTER INSERT ON changes BEGIN DELETE FROM items; END;',
      'trigger wipe unexpected',
    ],
    ['a dropped table', 'DROP TABLE changes', 'table changes missing'],
    ['a renamed column', 'ALTER TABLE section_records RENAME COLUMN data TO contents', 'table section_records altered'],
  ])(
    'refuses a plan with %s as damaged, as opening it would, says what differs and leaves it unchanged',
    (_what, sql, detail) => {
      const dir = tempDir();
      const path = createPlan(dir);
      const db = new BetterSqlite3(path);
      db.exec(sql);
      db.close();
      const before = sha256(path);
      const result = paraat('check', path);
      expect(result.code).toBe(EXIT.fileRefused);
      expect(result.err).toContain('changed outside Paraat');
      expect(result.err).toContain(detail);
      expect(result.err).toContain('[damaged]');
      expect(sha256(path)).toBe(before);
      expect(otherFiles(dir, 'plan.paraat')).toEqual([]);
    },
  );

  it('says the structure is as Paraat made it for a healthy plan', () => {
    const result = paraat('check', createPlan(tempDir()));
    expect(result.out).toContain('structure: as Paraat made it');
  });

  it('prints the score and the findings grouped by kind, and exits 1 while high findings remain', () => {
    const path = join(tempDir(), 'voorbeeld.paraat');
    paraat('example', path);
    const result = paraat('check', path);
    expect(result.code).toBe(EXIT.planProblems);
    expect(result.out).toMatch(/^score: \d+(\.\d)?\/100 \(completeness \d+%\)$/m);
    expect(result.out).toMatch(/^high {3}backup-no-offsite-copy \(1\)$/m);
    expect(result.out).toContain('- Back-up NAS technische dienst heeft geen kopie buiten het gebouw');
    expect(result.out).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('gives the score and every finding as JSON for scripts with --json, in the language asked', () => {
    const path = join(tempDir(), 'voorbeeld.paraat');
    paraat('example', path);
    const result = paraat('check', path, '--json');
    const report = JSON.parse(result.out) as { score: number; findings: { code: string; severity: string }[] };
    expect(result.code).toBe(EXIT.planProblems);
    expect(report.score).toBeGreaterThan(0);
    expect(
      report.findings.some((finding) => finding.code === 'backup-no-offsite-copy' && finding.severity === 'high'),
    ).toBe(true);
    expect(paraat('check', path, '--lang', 'en').out).toContain('has no copy outside the building');
    expect(paraat('check', path, '--lang', 'fr').code).toBe(EXIT.usage);
  });

  it('refuses a file that is not there with exit code 3', () => {
    const result = paraat('check', join(tempDir(), 'weg.paraat'));
    expect(result.code).toBe(EXIT.fileRefused);
    expect(result.err).toContain('[not-found]');
  });
});

describe('paraat import', () => {
  const planJson = (sections: Record<string, unknown>) =>
    JSON.stringify({
      format: 'paraat-plan',
      formatVersion: 1,
      language: 'nl',
      sections: { organisation: { name: 'Lokaal bestuur Beekzande' }, ...sections },
    });
  const importInto = (text: string) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.json'), text);
    const target = join(dir, 'plan.paraat');
    return { dir, target, result: paraat('import', join(dir, 'plan.json'), target) };
  };

  it('reads plan JSON saved with a byte order mark, as Notepad saves it', () => {
    const { target, result } = importInto(`\uFEFF${planJson({ people: [{ id: 'p1', name: 'Eline Vermeersch' }] })}`);
    expect(result).toMatchObject({ code: EXIT.ok });
    expect(
      withPlan(target, (plan) =>
        plan
          .list('people')
          .list()
          .map((person) => person.name),
      ),
    ).toEqual(['Eline Vermeersch']);
  });

  it('refuses a misspelt section instead of dropping its records, and makes no file', () => {
    const { dir, result } = importInto(planJson({ peple: [{ id: 'p1', name: 'Eline Vermeersch' }] }));
    expect(result.code).toBe(EXIT.fileRefused);
    expect(result.err).toContain('Unknown section peple');
    expect(result.err).toContain('[invalid-request]');
    expect(otherFiles(dir, 'plan.json')).toEqual([]);
  });

  it('refuses an id used twice as a mistake in the JSON, not a failing disk, and makes no file', () => {
    const { dir, result } = importInto(
      planJson({ people: [{ id: 'p1', name: 'Eline' }], suppliers: [{ id: 'p1', name: 'Telenet' }] }),
    );
    expect(result.code).toBe(EXIT.fileRefused);
    expect(result.err).toContain('the id p1 is used twice');
    expect(result.err).toContain('[invalid-request]');
    expect(otherFiles(dir, 'plan.json')).toEqual([]);
  });
});

describe('using the command line wrongly', () => {
  it.each([
    ['no command', []],
    ['an unknown command', ['export-everything']],
    ['check without a file', ['check']],
    ['example without a file', ['example']],
    ['an unknown example language', ['example', 'x.paraat', '--lang', 'fr']],
    ['a language option without a value', ['example', 'x.paraat', '--lang']],
  ])('gives exit code 2 and the usage for %s', (_what, argv) => {
    const dir = tempDir();
    const result = paraat(...argv.map((arg) => (arg.endsWith('.paraat') ? join(dir, arg) : arg)));
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain('Usage: paraat');
    expect(existsSync(join(dir, 'x.paraat'))).toBe(false);
  });

  it('shows the usage on request, with exit code 0', () => {
    const result = paraat('help');
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain('Exit codes');
  });
});
