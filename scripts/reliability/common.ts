/**
 * Shared pieces of the reliability harnesses (scripts/reliability): a seeded random source, the
 * real IPC handlers without a window, and file facts. No vitest here: the same code runs inside
 * `npm test` (short versions) and `npm run reliability` (long versions).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Envelope } from '../../src/ipc/contract';
import { type Dialogs, createHandlers, dispatch } from '../../src/ipc/handlers';
import { AppSettingsStore } from '../../src/storage/appSettings';

/** The checkout; a bundled child (bundle.ts) is told it, since its own file lives elsewhere. */
export const REPO = process.env.PARAAT_REPO ?? fileURLToPath(new URL('../..', import.meta.url));

/** The same sequence for the same seed, so a failing run can be replayed (PARAAT_SEED). */
export { type SeededRandom as Random, seededRandom as random } from '../../tests/builders/seededRandom';

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** What "unchanged" means for a file: same bytes and same modification time. */
export function fingerprint(path: string): string {
  const stats = statSync(path);
  return `${sha256(path)}:${stats.mtimeMs}:${stats.size}`;
}

export function scratch(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `paraat-rel-${prefix}-`));
}

/** Dialogs answered by the harness: set `answers` before a call. */
export class ScriptedDialogs implements Dialogs {
  answers: {
    newPlanPath: string | null;
    existingPlan: string | null;
    copyPath: string | null;
    exportPath: string | null;
  } = {
    newPlanPath: null,
    existingPlan: null,
    copyPath: null,
    exportPath: null,
  };
  async chooseNewPlanPath() {
    return this.answers.newPlanPath;
  }
  async chooseExistingPlan() {
    return this.answers.existingPlan;
  }
  async chooseCopyPath() {
    return this.answers.copyPath;
  }
  async chooseExportPath() {
    return this.answers.exportPath;
  }
  async choosePicture() {
    return null;
  }
}

/** The main process's handlers, called exactly as ipcMain calls them (untyped channel and payload). */
export function headlessApp(dir: string) {
  const dialogs = new ScriptedDialogs();
  mkdirSync(join(dir, 'settings'), { recursive: true });
  const app = createHandlers({
    appVersion: '0.0.0-reliability',
    settings: new AppSettingsStore(join(dir, 'settings')),
    dialogs,
    examplesDirectory: join(REPO, 'resources', 'examples'),
    scratchDirectory: join(dir, 'scratch'),
  });
  const call = (channel: unknown, payload?: unknown, windowKey = 'main'): Promise<Envelope<unknown>> =>
    dispatch(app.handlers, channel, payload, { windowKey });
  return { dialogs, call, closeAll: app.closeAll, closeWindow: app.closeWindow };
}
export type HeadlessApp = ReturnType<typeof headlessApp>;

/** One row of the figures table. */
export interface Figure {
  guarantee: string;
  figure: string;
  value: number | string;
  /** What the value must be for the guarantee to hold (undefined: informative). */
  expected?: number;
}

export function printTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.guarantee,
    f.figure,
    String(f.value),
    f.expected === undefined ? '' : f.value === f.expected ? 'ok' : `FAIL (want ${f.expected})`,
  ]);
  const header = ['guarantee', 'figure', 'value', 'check'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
