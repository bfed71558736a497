import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PlanError } from '../domain/errors';
import { writeFileSafely } from './writeFile';

const KNOWN_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** A Chromium-based browser to print with on the command line: PARAAT_CHROMIUM, or a usual place. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.PARAAT_CHROMIUM) return existsSync(env.PARAAT_CHROMIUM) ? env.PARAAT_CHROMIUM : null;
  return KNOWN_CHROMIUMS.find((path) => existsSync(path)) ?? null;
}

function run(binary: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(binary, args, { timeout: 180_000 }, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Prints a print view with headless Chromium (the command line's way; the app uses Electron's
 * printToPDF on the same HTML), then writes the PDF safely to `target`.
 */
export async function printWithChromium(html: string, target: string, chromium: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'paraat-print-'));
  try {
    const page = join(work, 'plan.html');
    const pdf = join(work, 'plan.pdf');
    writeFileSync(page, html);
    const args = ['--headless', '--disable-gpu', '--no-first-run', '--no-pdf-header-footer', `--user-data-dir=${join(work, 'profile')}`, `--print-to-pdf=${pdf}`];
    // Chromium refuses to run as root with its sandbox (containers, CI).
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    await run(chromium, [...args, pathToFileURL(page).href]);
    const bytes = existsSync(pdf) ? readFileSync(pdf) : Buffer.alloc(0);
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new PlanError('write-failed', `Chromium did not print the plan (${chromium})`, { path: target, detail: 'print failed' });
    }
    writeFileSafely(target, bytes);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
