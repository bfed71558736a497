/**
 * Guarantee: a plan file built to do harm is refused fast, runs nothing and is never written; what
 * opens is inert. Every file of the hostile corpus (hostileCorpus.ts) goes through `paraat check`
 * and `plan.open`; a refusal must come with a clear code, leave the file, its journal and anything
 * a journal names byte for byte as they were, with nothing new beside them. What opens is edited
 * once: every other row must stay as it was, and then it goes through every export and copy, each in
 * a child process of its own (hostileExports.ts): a plan too large to export is refused with the
 * budget's message, anything else is written with nothing active in it (no Word field or link made
 * from plan text, no formula in a CSV cell). Times and peak memory are figures; `npm run
 * reliability` holds refusals to 5 s and 300 MB, `npm test` asserts no time or memory.
 */
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkCommand } from '../../src/cli/checkCommand';
import { isPlanError } from '../../src/domain/errors';
import { EXPORT_CALLS, type ExportCall, PRINTED_CALLS } from './exportCalls';
import { type HostileFile, buildHostileCorpus } from './hostileCorpus';
import { activeContent, runExport } from './hostileExports';
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
  /** Exports and copies asked of the files that opened. */
  exports: number;
  exportsWritten: number;
  exportsRefused: number;
  /** Refused though it had to be written, written though too large, or refused with an unclear code. */
  exportsMisjudged: number;
  /** Word fields or links, or CSV formulas, that plan text made in what an export wrote. */
  activeContent: number;
  slowestRefusalMs: number;
  largestRefusalRssMb: number;
  /** Refusals past 5 s or 300 MB (the bound). */
  refusalsOverBudget: number;
  slowestExportMs: number;
  slowestExport: string;
  largestExportRssMb: number;
  largestExport: string;
  problems: string[];
}

/** What a refusal of an export may cost at most: the bound. */
export const REFUSAL_BUDGET = { ms: 5_000, rssMb: 300 };
const EXPORT_REFUSALS = ['export-too-large', 'too-large'];

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

export async function hostileFileHarness(options: {
  dir?: string;
  hugeTextMb: number;
  manyItems: number;
  /**
   * The long run: the exports that print (PDF, card, kit; a Chromium each, minutes) of files that
   * must be written, and the exports of every file that opened, not only of those made for it.
   */
  printed: boolean;
}): Promise<HostileFigures> {
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
    exports: 0,
    exportsWritten: 0,
    exportsRefused: 0,
    exportsMisjudged: 0,
    activeContent: 0,
    slowestRefusalMs: 0,
    largestRefusalRssMb: 0,
    refusalsOverBudget: 0,
    slowestExportMs: 0,
    slowestExport: '',
    largestExportRssMb: 0,
    largestExport: '',
    problems: [],
  };
  const problem = (text: string) => figures.problems.push(text);

  const opened: HostileFile[] = [];
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
    opened.push(file);
  }
  app.closeAll();
  figures.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  for (const file of opened)
    if (options.printed || file.exports) await exportEverything(file, join(dir, 'exports'), options.printed, figures);
  rmSync(corpusDir, { recursive: true, force: true });
  return figures;
}

/** Every export and copy of a file that opened, each in a child of its own; the figures as they come. */
async function exportEverything(file: HostileFile, dir: string, printed: boolean, figures: HostileFigures) {
  const tooLarge = file.exports === 'refused';
  // Without printing, a PDF export that were not refused first would find no printer, not hang.
  const env = printed ? process.env : { ...process.env, PARAAT_CHROMIUM: join(dir, 'no-chromium') };
  for (const call of Object.keys(EXPORT_CALLS) as ExportCall[]) {
    const copy = call === 'plan.saveCopy' || call === 'plan.saveEncryptedCopy';
    if (PRINTED_CALLS.has(call) && !printed && !tooLarge) continue;
    const out = join(dir, `${figures.exports++}`);
    const answer = await runExport(file.path, call, out, env);
    const label = `${call} of ${file.label}`;
    // A copy is no export: it carries the plan as it is, whatever its size.
    const mustRefuse = tooLarge && !copy;
    if (answer.ok) {
      figures.exportsWritten++;
      if (mustRefuse) {
        figures.exportsMisjudged++;
        figures.problems.push(`${label}: written, though the plan is past the export budget`);
      }
      if (answer.ms > figures.slowestExportMs)
        Object.assign(figures, { slowestExportMs: answer.ms, slowestExport: label });
      if (answer.peakRssMb > figures.largestExportRssMb)
        Object.assign(figures, { largestExportRssMb: answer.peakRssMb, largestExport: label });
      const active = activeContent(join(out, EXPORT_CALLS[call]));
      figures.activeContent += active.length;
      figures.problems.push(...active.slice(0, 5).map((found) => `${label}: active content ${found}`));
      continue;
    }
    figures.exportsRefused++;
    if (!mustRefuse || !EXPORT_REFUSALS.includes(answer.code ?? '')) {
      figures.exportsMisjudged++;
      figures.problems.push(`${label}: refused with ${answer.code}: ${answer.message}`);
      continue;
    }
    figures.slowestRefusalMs = Math.max(figures.slowestRefusalMs, answer.ms);
    figures.largestRefusalRssMb = Math.max(figures.largestRefusalRssMb, answer.peakRssMb);
    if (answer.ms > REFUSAL_BUDGET.ms || answer.peakRssMb > REFUSAL_BUDGET.rssMb) figures.refusalsOverBudget++;
  }
}
