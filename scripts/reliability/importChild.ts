/**
 * Run in a child process by the hostile-import harness (hostileImports.ts), one file each, so its
 * memory figure is that file's own: reads the file as a list (the reader the dialog and
 * `paraat import-list` share) and, when it is a table, imports it into the plan as
 * `paraat import-list` does. Prints one line of JSON (ImportAnswer).
 */
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { importListCommand } from '../../src/cli/importListCommand';
import { TABLE_LIMITS, readTable } from '../../src/domain/csv/readTable';
import type { ImportAnswer } from './hostileImports';

async function main() {
  const [plan, list, file] = process.argv.slice(2);
  if (!plan || !list || !file) throw new Error('usage: importChild <plan> <list> <file>');
  const started = performance.now();
  const report = (answer: Omit<ImportAnswer, 'ms' | 'peakRssMb'>) =>
    process.stdout.write(
      `${JSON.stringify({
        ...answer,
        ms: Math.round(performance.now() - started),
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      })}\n`,
    );
  // As the dialog and the command line do: the size before a byte is read.
  if (statSync(file).size > TABLE_LIMITS.bytes) return report({ outcome: 'refused', problem: 'tooLarge' });
  const read = await readTable(new Uint8Array(readFileSync(file)));
  if (!read.ok) return report({ outcome: 'refused', problem: read.problem });
  const imported = await importListCommand(plan, list, file, { dryRun: false });
  report({ outcome: imported.code === 0 ? 'stored' : 'nothing', problem: imported.err.join(' ') || undefined });
}

main().catch((error) => {
  process.stdout.write(`${JSON.stringify({ outcome: 'crash', problem: String(error), ms: 0, peakRssMb: 0 })}\n`);
  process.exitCode = 1;
});
