/**
 * Guarantee: a copy is whole or absent. "Save a copy" is interrupted at random points (the process
 * killed, the target folder removed, a read-only target, a full medium); afterwards the target is
 * absent, the previous whole copy, or a new whole copy (integrity_check, the plan's identity, the
 * same row counts as the source), never a half-written file; the source is byte for byte unchanged;
 * no temporary file survives the next copy.
 */
import BetterSqlite3 from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isPlanError } from '../../src/domain/errors';
import { savePlanCopy } from '../../src/storage/copy';
import { APPLICATION_ID } from '../../src/storage/fileFormat';
import { createPlanFile, openPlanFile } from '../../src/storage/planFile';
import { fillFromJson } from '../../src/storage/planJson';
import { bundled } from './bundle';
import { REPO, random, scratch, sha256 } from './common';

export interface CopyFigures {
  kills: number;
  killsMidCopy: number;
  folderRemovals: number;
  readOnlyAttempts: number;
  fullMediumAttempts: number;
  /** A target that exists but is not a whole copy of the plan. */
  halfWrittenTargets: number;
  sourceChanged: number;
  /** Temporary files still beside the target once the next copy to it has finished. */
  temporariesLeft: number;
  skipped: string[];
  notes: string[];
  problems: string[];
}

const TABLES = ['meta', 'section_records', 'items', 'changes', 'versions'];

function rowCounts(db: BetterSqlite3.Database): string {
  return TABLES.map((t) => (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n).join(',');
}

/** '' when the target is absent or a whole copy with the source's rows; else what is wrong. */
function targetProblem(target: string, expectedCounts: string): string {
  if (!existsSync(target)) return '';
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(target, { readonly: true, fileMustExist: true });
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) return 'not a Paraat plan';
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `integrity_check: ${String(integrity)}`;
    const counts = rowCounts(db);
    return counts === expectedCounts ? '' : `rows ${counts}, expected ${expectedCounts}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

function leftovers(target: string): string[] {
  if (!existsSync(dirname(target))) return [];
  return readdirSync(dirname(target)).filter((name) => name !== basename(target));
}

/** A plan of a few megabytes, so a copy takes long enough to be interrupted in the middle. */
function bigPlan(dir: string, people: number): string {
  const path = join(dir, 'plan.paraat');
  const long = 'Het serverlokaal in het gemeentehuis van Beekzande staat onder de raadzaal. '.repeat(60);
  createPlanFile(path, (db) =>
    fillFromJson(db, {
      format: 'paraat-plan',
      formatVersion: 1,
      language: 'nl',
      sections: {
        organisation: { name: 'Lokaal bestuur Beekzande', kind: 'municipality-flanders', purpose: long },
        people: Array.from({ length: people }, (_, i) => ({
          id: `person-${i}`,
          name: `Medewerker ${i}`,
          function: long.slice(0, 500 + (i % 300)),
        })),
      },
    }),
  ).close();
  return path;
}

function sourceCounts(path: string): string {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return rowCounts(db);
  } finally {
    db.close();
  }
}

function startChild(script: string, source: string, target: string, rounds?: number) {
  const child = spawn(process.execPath, [script, source, target, ...(rounds ? [String(rounds)] : [])], {
    cwd: REPO,
    env: { ...process.env, PARAAT_REPO: REPO },
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (out.startsWith('R\n')) resolve();
    });
    child.on('exit', () => reject(new Error('copy child ended before it was ready')));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, ready, exited, output: () => out };
}

function tryMount(dir: string, options: string): boolean {
  if (process.platform !== 'linux') return false;
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' }).status === 0;
}

function unmount(dir: string): void {
  spawnSync('umount', [dir], { stdio: 'ignore' });
}

export async function copyHarness(options: {
  kills: number;
  removals: number;
  seed?: number;
  dir?: string;
}): Promise<CopyFigures> {
  const rng = random(options.seed ?? 11);
  const dir = options.dir ?? scratch('copy');
  const source = bigPlan(dir, 400);
  const sourceHash = sha256(source);
  const counts = sourceCounts(source);
  const script = await bundled('copyChild');
  const figures: CopyFigures = {
    kills: 0,
    killsMidCopy: 0,
    folderRemovals: 0,
    readOnlyAttempts: 0,
    fullMediumAttempts: 0,
    halfWrittenTargets: 0,
    sourceChanged: 0,
    temporariesLeft: 0,
    skipped: [],
    notes: [],
    problems: [],
  };
  const check = (target: string, when: string) => {
    const problem = targetProblem(target, counts);
    if (problem) {
      figures.halfWrittenTargets++;
      figures.problems.push(`${when}: target ${problem}`);
    }
    if (sha256(source) !== sourceHash) {
      figures.sourceChanged++;
      figures.problems.push(`${when}: the source changed`);
    }
  };

  // 1. Killed at a random moment while copying over and over (into VACUUM INTO, the sync, the check, the rename).
  const stick = join(dir, 'stick');
  mkdirSync(stick);
  const target = join(stick, 'kopie.paraat');
  for (let kill = 0; kill < options.kills; kill++) {
    if (rng.next() < 0.3) rmSync(target, { force: true }); // sometimes there is no older copy to keep
    const run = startChild(script, source, target);
    await run.ready;
    await new Promise((resolve) => setTimeout(resolve, rng.int(0, 400)));
    run.child.kill('SIGKILL');
    await run.exited;
    figures.kills++;
    if (leftovers(target).length > 0) figures.killsMidCopy++;
    check(target, `kill ${kill}`);
    // The next copy must succeed and sweep what the killed one left.
    const plan = openPlanFile(source);
    try {
      savePlanCopy(plan.db, plan.path, target);
    } catch (error) {
      figures.problems.push(`kill ${kill}: the next copy failed: ${isPlanError(error) ? error.code : String(error)}`);
    } finally {
      plan.close();
    }
    const left = leftovers(target);
    if (left.length > 0) {
      figures.temporariesLeft += left.length;
      figures.problems.push(`kill ${kill}: left beside the copy: ${left.join(', ')}`);
      left.forEach((name) => rmSync(join(stick, name), { force: true, recursive: true }));
    }
    check(target, `after kill ${kill}`);
  }

  // 2. The target folder removed (the stick pulled) while copies are being written to it.
  for (let round = 0; round < options.removals; round++) {
    const folder = join(dir, `pulled-${round}`);
    mkdirSync(folder);
    const pulledTarget = join(folder, 'kopie.paraat');
    const run = startChild(script, source, pulledTarget, 40);
    await run.ready;
    await new Promise((resolve) => setTimeout(resolve, rng.int(0, 300)));
    // Moved away as a whole, as a stick disappears: whatever is on it is inspected where it went.
    const gone = `${folder}-gone`;
    renameSync(folder, gone);
    figures.folderRemovals++;
    await run.exited;
    const errors = run
      .output()
      .split('\n')
      .filter((line) => line.startsWith('E '));
    const unexpected = errors.filter((line) => !['E write-failed', 'E copy-failed'].includes(line));
    if (unexpected.length > 0) figures.problems.push(`folder removal ${round}: ${[...new Set(unexpected)].join(', ')}`);
    check(join(gone, 'kopie.paraat'), `folder removal ${round}`);
    if (existsSync(folder)) figures.problems.push(`folder removal ${round}: a copy re-created the removed folder`);
    rmSync(gone, { recursive: true, force: true });
  }

  // 3. A read-only target: a folder without write permission, and a read-only medium.
  const plan = openPlanFile(source);
  try {
    const expectRefused = (to: string, label: string, codes: string[]) => {
      const before = existsSync(to) ? sha256(to) : null;
      try {
        savePlanCopy(plan.db, plan.path, to);
        figures.problems.push(`${label}: the copy was written`);
      } catch (error) {
        const code = isPlanError(error) ? error.code : String(error);
        if (!codes.includes(code)) figures.problems.push(`${label}: refused with ${code}`);
      }
      if ((existsSync(to) ? sha256(to) : null) !== before) figures.problems.push(`${label}: the target changed`);
      check(to, label);
      const left = leftovers(to).filter((name) => name !== 'kopie.paraat');
      figures.temporariesLeft += left.length;
    };

    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    if (process.getuid?.() === 0) {
      figures.skipped.push('read-only folder: running as root, which ignores folder permissions');
    } else {
      figures.readOnlyAttempts++;
      expectRefused(join(locked, 'kopie.paraat'), 'read-only folder', ['read-only', 'write-failed']);
    }
    chmodSync(locked, 0o755);

    const medium = join(dir, 'medium');
    mkdirSync(medium);
    if (tryMount(medium, 'size=4m')) {
      try {
        savePlanCopy(plan.db, plan.path, join(medium, 'kopie.paraat'));
        spawnSync('mount', ['-o', 'remount,ro', medium], { stdio: 'ignore' });
        figures.readOnlyAttempts++;
        expectRefused(join(medium, 'kopie.paraat'), 'read-only medium', ['read-only', 'write-failed']);
      } finally {
        unmount(medium);
      }
    } else {
      figures.skipped.push('read-only medium: cannot mount a tmpfs here (needs root on Linux)');
    }

    // 4. A full medium: a tmpfs smaller than the plan, empty and holding an older, smaller copy.
    const full = join(dir, 'full');
    mkdirSync(full);
    const planBytes =
      Number(plan.db.pragma('page_count', { simple: true })) * Number(plan.db.pragma('page_size', { simple: true }));
    if (tryMount(full, `size=${Math.floor(planBytes / 2)}`)) {
      try {
        figures.fullMediumAttempts++;
        expectRefused(join(full, 'kopie.paraat'), 'full medium, empty', ['write-failed', 'copy-failed']);
        mkdirSync(join(dir, 'small'), { recursive: true });
        const small = bigPlan(join(dir, 'small'), 1);
        const smallPlan = openPlanFile(small);
        try {
          savePlanCopy(smallPlan.db, smallPlan.path, join(full, 'kopie.paraat'));
        } finally {
          smallPlan.close();
        }
        const older = sha256(join(full, 'kopie.paraat'));
        figures.fullMediumAttempts++;
        try {
          savePlanCopy(plan.db, plan.path, join(full, 'kopie.paraat'));
          figures.problems.push('full medium with an older copy: the copy was written');
        } catch (error) {
          if (!isPlanError(error) || !['write-failed', 'copy-failed'].includes(error.code))
            figures.problems.push(`full medium: ${String(error)}`);
        }
        if (sha256(join(full, 'kopie.paraat')) !== older) {
          figures.halfWrittenTargets++;
          figures.problems.push('full medium: the older copy changed');
        }
        figures.temporariesLeft += leftovers(join(full, 'kopie.paraat')).length;
      } finally {
        unmount(full);
      }
      figures.notes.push(
        `full medium: a ${Math.floor(planBytes / 2 / 1024)} KiB tmpfs for a ${Math.floor(planBytes / 1024)} KiB plan`,
      );
    } else {
      figures.skipped.push('full medium: cannot mount a small tmpfs here (needs root on Linux)');
    }
  } finally {
    plan.close();
  }
  return figures;
}
