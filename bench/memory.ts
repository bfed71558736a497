import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_STEPS, benchApp, health, loadStep, openFirstScreen } from './scenario';

/**
 * Run in a process of its own by the benchmark: opens a plan as the main process does, loads every
 * step and the plan health, and prints the resident set size, so each size is measured from a clean start.
 */
const path = process.argv[2];
if (!path) throw new Error('usage: memory.ts <plan file>');
const dir = mkdtempSync(join(tmpdir(), 'paraat-bench-memory-'));
const app = benchApp(dir);
try {
  await openFirstScreen(app, path);
  for (const step of DATA_STEPS) await loadStep(app, step.sections);
  await health(app);
  globalThis.gc?.();
  console.log(JSON.stringify({ rssMb: process.memoryUsage().rss / 1e6 }));
} finally {
  app.close();
  rmSync(dir, { recursive: true, force: true });
}
