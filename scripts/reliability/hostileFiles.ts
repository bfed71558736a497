/**
 * Guarantee: a plan file built to do harm is refused fast, runs nothing and is never written; what
 * opens is inert. Every file of the hostile corpus (hostileCorpus.ts) goes through `paraat check`
 * and `plan.open`; a refusal must come with a clear code, leave the file, its journal and anything
 * a journal names byte for byte as they were, with nothing new beside them. What opens is edited
 * once: every other row must stay as it was. Time per file and the process's peak memory are
 * figures (not asserted in `npm test`).
 */
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkCommand } from '../../src/cli/checkCommand';
import { isPlanError } from '../../src/domain/errors';
import { buildHostileCorpus } from './hostileCorpus';
import { fingerprint, headlessApp, scratch } from './common';

export interface HostileFigures {
  files: number;
  refused: number;
  openedInert: number;
  /** A file that had to be refused and was opened or checked as fine. */
  accepted: number;
  /** A refused file, its journal or a file it names that changed, or a file that appeared beside it. */
  writes: number;
  /** An edit of an opened file that changed any other row. */
  otherRowsChanged: number;
  crashes: number;
  slowestMs: number;
  slowest: string;
  peakRssMb: number;
  problems: string[];
}

const CLEAR_CODES = ['not-a-plan', 'foreign-database', 'newer-version', 'damaged', 'foreign-journal', 'too-large'];

function state(path: string, victim?: string): string {
  const journal = `${path}-journal`;
  return [
    fingerprint(path),
    existsSync(journal) ? fingerprint(journal) : '-',
    victim ? (existsSync(victim) ? fingerprint(victim) : 'gone') : '',
  ].join('|');
}

/** Every row of the plan but the organisation's record and the record of changes. */
function otherRows(path: string): string {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return JSON.stringify([
      db.prepare("SELECT * FROM section_records WHERE section <> 'organisation' ORDER BY section").all(),
      db.prepare('SELECT * FROM items ORDER BY id').all(),
      db.prepare('SELECT * FROM meta ORDER BY key').all(),
    ]);
  } finally {
    db.close();
  }
}

export async function hostileFileHarness(options: { dir?: string; hugeTextMb: number }): Promise<HostileFigures> {
  const dir = options.dir ?? scratch('hostile');
  const corpusDir = join(dir, 'corpus');
  mkdirSync(corpusDir, { recursive: true });
  const corpus = buildHostileCorpus(corpusDir, options);
  const app = headlessApp(join(dir, 'app'));
  const figures: HostileFigures = {
    files: 0,
    refused: 0,
    openedInert: 0,
    accepted: 0,
    writes: 0,
    otherRowsChanged: 0,
    crashes: 0,
    slowestMs: 0,
    slowest: '',
    peakRssMb: 0,
    problems: [],
  };
  const problem = (text: string) => figures.problems.push(text);

  for (const file of corpus) {
    figures.files++;
    const before = state(file.path, file.victim);
    const beside = readdirSync(corpusDir).length;
    const started = performance.now();

    let checkVerdict: string;
    try {
      checkVerdict = checkCommand(file.path).damage === null ? 'ok' : 'damaged';
    } catch (error) {
      checkVerdict = isPlanError(error) ? error.code : 'crash';
      if (!isPlanError(error) || !CLEAR_CODES.includes(error.code)) {
        figures.crashes++;
        problem(`${file.label}: check threw ${String(error)}`);
      }
    }
    const answer = await app.call('plan.open', { path: file.path });
    const elapsed = performance.now() - started;
    if (elapsed > figures.slowestMs) Object.assign(figures, { slowestMs: Math.round(elapsed), slowest: file.label });

    if (!answer.ok) {
      figures.refused++;
      if (!CLEAR_CODES.includes(answer.error.code)) {
        figures.crashes++;
        problem(`${file.label}: refused with ${answer.error.code}: ${answer.error.message}`);
      }
      if (checkVerdict === 'ok' && file.outcome === 'refused') {
        figures.accepted++;
        problem(`${file.label}: refused on opening, but check called it fine`);
      }
      if (state(file.path, file.victim) !== before || readdirSync(corpusDir).length !== beside) {
        figures.writes++;
        problem(`${file.label}: refused, but it, its journal or what it names changed, or a file appeared`);
      }
      continue;
    }
    if (file.outcome === 'refused') {
      figures.accepted++;
      problem(`${file.label}: opened`);
      await app.call('plan.close');
      continue;
    }
    await app.call('plan.close');
    const rowsBefore = otherRows(file.path);
    await app.call('plan.open', { path: file.path });
    const edit = await app.call('section.update', { section: 'organisation', patch: { sector: 'Na het openen' } });
    await app.call('plan.close');
    if (!edit.ok && edit.error.code === 'internal') {
      figures.crashes++;
      problem(`${file.label}: the edit failed with internal: ${edit.error.message}`);
    }
    if (otherRows(file.path) !== rowsBefore) {
      figures.otherRowsChanged++;
      problem(`${file.label}: the edit changed other rows`);
    }
    figures.openedInert++;
  }
  app.closeAll();
  figures.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  rmSync(corpusDir, { recursive: true, force: true });
  return figures;
}
