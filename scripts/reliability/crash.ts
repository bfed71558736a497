/**
 * Guarantee: no acknowledged edit is lost and no file is corrupted by a crash. A child process
 * edits a plan through the real handlers; it is killed with SIGKILL at a random moment; the plan is
 * then opened as the app opens it, must pass `integrity_check`, and must hold every edit the child
 * reported as done (the one edit under way may or may not be in it, never half).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createPlanFile } from '../../src/storage/planFile';
import { PlanDocument } from '../../src/storage/planDocument';
import { openPlanFile } from '../../src/storage/planFile';
import { fillFromJson } from '../../src/storage/planJson';
import { bundled } from './bundle';
import { REPO, random, scratch } from './common';
import { type CrashEdit, type CrashState, applyEdit, differences, readState } from './crashModel';

export interface CrashFigures {
  kills: number;
  corruptFiles: number;
  lostEdits: number;
  acknowledgedEdits: number;
  /** Kills that fell while an edit was under way (the hard case). */
  killsMidEdit: number;
  problems: string[];
}

interface ChildRun {
  lines: string[];
  stderr: string;
}

/** Starts the child, kills it `delayMs` after it reported ready (or at once during start-up). */
function runAndKill(
  script: string,
  path: string,
  seed: number,
  delayMs: number,
  duringStartup: boolean,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, path, String(seed)], {
      cwd: REPO,
      env: { ...process.env, PARAAT_REPO: REPO },
    });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    if (duringStartup) timer = setTimeout(kill, delayMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (!timer && out.startsWith('R\n')) timer = setTimeout(kill, delayMs);
    });
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      // A line without its newline was not (fully) reported: it does not count as acknowledged.
      const lines = out.split('\n');
      lines.pop();
      resolve({ lines, stderr });
    });
  });
}

export async function crashHarness(options: {
  kills: number;
  seed?: number;
  dir?: string;
  log?: (line: string) => void;
}): Promise<CrashFigures> {
  const rng = random(options.seed ?? 7);
  const dir = options.dir ?? scratch('crash');
  const path = join(dir, 'plan.paraat');
  createPlanFile(path, (db) =>
    fillFromJson(db, {
      format: 'paraat-plan',
      formatVersion: 1,
      language: 'nl',
      sections: { organisation: { name: 'Lokaal bestuur Beekzande', kind: 'municipality-flanders' } },
    }),
  ).close();
  const script = await bundled('crashChild');
  const figures: CrashFigures = {
    kills: 0,
    corruptFiles: 0,
    lostEdits: 0,
    acknowledgedEdits: 0,
    killsMidEdit: 0,
    problems: [],
  };
  let state: CrashState = withDocument(path, readState);

  for (let kill = 0; kill < options.kills; kill++) {
    const duringStartup = rng.next() < 0.1;
    const run = await runAndKill(
      script,
      path,
      rng.int(1, 2 ** 30),
      duringStartup ? rng.int(0, 250) : rng.int(0, 120),
      duringStartup,
    );
    figures.kills++;
    if (run.stderr.trim()) figures.problems.push(`kill ${kill}: child said ${run.stderr.trim().split('\n')[0]}`);
    let expected = state;
    let pending: CrashEdit | null = null;
    for (const line of run.lines) {
      if (line.startsWith('I ')) pending = JSON.parse(line.slice(2)) as CrashEdit;
      if (line.startsWith('A ')) {
        expected = applyEdit(expected, JSON.parse(line.slice(2)) as CrashEdit);
        figures.acknowledgedEdits++;
        pending = null;
      }
    }
    if (pending) figures.killsMidEdit++;

    let actual: CrashState;
    try {
      actual = withDocument(path, (plan) => {
        const integrity = plan.db.pragma('integrity_check', { simple: true });
        if (integrity !== 'ok') throw new Error(`integrity_check: ${String(integrity)}`);
        return readState(plan);
      });
    } catch (error) {
      figures.corruptFiles++;
      figures.problems.push(`kill ${kill}: ${error instanceof Error ? error.message : String(error)}`);
      break;
    }
    let lost = differences(expected, actual);
    if (lost > 0 && pending) {
      const added = pending.op === 'items.add' ? actual.people.at(-1)?.id : undefined;
      if (differences(applyEdit(expected, pending, added), actual) === 0) lost = 0;
    }
    if (lost > 0) figures.problems.push(`kill ${kill}: ${lost} acknowledged value(s) missing`);
    figures.lostEdits += lost;
    state = actual;
    options.log?.(
      `kill ${kill + 1}/${options.kills}: ${run.lines.filter((l) => l.startsWith('A ')).length} edits acknowledged, lost ${lost}`,
    );
  }
  return figures;
}

function withDocument<T>(path: string, work: (plan: PlanDocument) => T): T {
  const plan = new PlanDocument(openPlanFile(path));
  try {
    return work(plan);
  } finally {
    plan.close();
  }
}
