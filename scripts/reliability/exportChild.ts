/**
 * Run in a child process by the hostile-file harness (hostileExports.ts), one export each, so its
 * memory figure is that export's own: opens a plan through the real handlers, asks one export or
 * copy to write into `out`, and prints one line of JSON (ExportAnswer). A PDF is printed by the
 * Chromium the handlers find, unless PARAAT_CHROMIUM names none.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { headlessApp } from './common';
import { EXPORT_CALLS, EXPORT_PAYLOADS, type ExportAnswer, type ExportCall } from './exportCalls';

async function main() {
  const [plan, call, out] = process.argv.slice(2) as [string, ExportCall, string];
  if (!plan || !out || !(call in EXPORT_CALLS)) throw new Error('usage: exportChild <plan> <call> <out>');
  mkdirSync(out, { recursive: true });
  const app = headlessApp(join(out, '.app'));
  const target = join(out, EXPORT_CALLS[call]);
  app.dialogs.answers.exportPath = target;
  app.dialogs.answers.copyPath = target;
  const report = (answer: Omit<ExportAnswer, 'peakRssMb'>) =>
    process.stdout.write(
      `${JSON.stringify({ ...answer, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
    );
  const opened = await app.call('plan.open', { path: plan });
  if (!opened.ok) return report({ ok: false, code: `open:${opened.error.code}`, ms: 0 });
  const started = performance.now();
  const answer = await app.call(call, EXPORT_PAYLOADS[call]);
  const ms = Math.round(performance.now() - started);
  app.closeAll();
  report(answer.ok ? { ok: true, ms } : { ok: false, code: answer.error.code, message: answer.error.message, ms });
}

main().catch((error) => {
  process.stdout.write(
    `${JSON.stringify({ ok: false, code: 'crash', message: String(error), ms: 0, peakRssMb: 0 })}\n`,
  );
  process.exitCode = 1;
});
