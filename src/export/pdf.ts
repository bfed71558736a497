import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PlanError } from '../domain/errors';
import { throwIfCancelled } from './cancel';
import { environmentWithoutSecrets } from './childEnvironment';
import { type ProgressReport, ignoreProgress } from './progress';
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

/**
 * How long a printing may take before the printer counts as hung: 15 minutes, or 4 minutes per MB
 * of print view for larger plans. Chromium's time grows with the pages: a plan of benchmark size L
 * (4 MB, some 1,150 pages) took 7 minutes on a 2-core machine at load 20, XL is four times that.
 */
export function printTimeLimit(html: string): number {
  return Math.max(900_000, Math.round((html.length / 1_000_000) * 240_000));
}

function tooSlow(timeLimit: number): PlanError {
  const minutes = Math.round(timeLimit / 60_000);
  return new PlanError('export-too-slow', `Printing to PDF took longer than ${minutes} minutes`, { minutes });
}

function run(binary: string, args: string[], timeLimit: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Killed a little after printPdf has given up, so the user hears of it from there.
    execFile(binary, args, { timeout: timeLimit + 5_000, env: environmentWithoutSecrets() }, (error) =>
      error ? reject(error.killed ? tooSlow(timeLimit) : error) : resolve(),
    );
  });
}

/** The printer's answer, or 'export-too-slow' once the time limit has passed (Electron's print window has none of its own). */
function withinTime<T>(work: Promise<T>, timeLimit: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(tooSlow(timeLimit)), timeLimit);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** Turns a print view into PDF bytes: Electron's printToPDF in the app, headless Chromium elsewhere. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

/** Prints with a headless Chromium or Chrome (the command line's way, and the fallback outside Electron). */
export function chromiumPrinter(chromium: string): PdfPrinter {
  return async (html) => {
    const work = mkdtempSync(join(tmpdir(), 'paraat-print-'));
    try {
      const page = join(work, 'plan.html');
      const pdf = join(work, 'plan.pdf');
      writeFileSync(page, html);
      const args = [
        '--headless',
        '--disable-gpu',
        '--no-first-run',
        '--no-pdf-header-footer',
        `--user-data-dir=${join(work, 'profile')}`,
        `--print-to-pdf=${pdf}`,
        // Tagged, with bookmarks from the headings, as Electron's printToPDF prints in the app.
        '--generate-pdf-document-outline',
        // The page carries its own policy against script and requests. Behind it, every request
        // (the machine's own addresses too) goes to a proxy that is not there, so nothing from the
        // page reaches a server. JavaScript cannot be switched off here: headless Chromium then
        // prints nothing (`--blink-settings=scriptEnabled=false`, Chromium 156).
        '--proxy-server=127.0.0.1:9',
        '--proxy-bypass-list=<-loopback>',
        '--disable-background-networking',
        '--disable-extensions',
        '--disable-sync',
        '--no-default-browser-check',
      ];
      // Chromium refuses to run as root with its sandbox (containers, CI).
      if (process.getuid?.() === 0) args.push('--no-sandbox');
      await run(chromium, [...args, pathToFileURL(page).href], printTimeLimit(html));
      return existsSync(pdf) ? readFileSync(pdf) : new Uint8Array();
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  };
}

/** Prints, and refuses what is not a PDF or what takes longer than `timeLimit` milliseconds. */
export async function printPdf(
  html: string,
  target: string,
  print: PdfPrinter,
  timeLimit = printTimeLimit(html),
): Promise<Uint8Array> {
  const bytes = await withinTime(print(html), timeLimit);
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') {
    throw new PlanError('write-failed', `Printing the plan to PDF failed: ${target}`, {
      path: target,
      detail: 'print failed',
    });
  }
  return bytes;
}

/** Prints and writes the PDF safely; refuses to write what is not a PDF. */
export async function writePdf(
  html: string,
  target: string,
  print: PdfPrinter,
  signal?: AbortSignal,
  report: ProgressReport = ignoreProgress,
): Promise<void> {
  const bytes = await printPdf(html, target, print);
  throwIfCancelled(signal);
  report({ stage: 'writing' });
  writeFileSafely(target, bytes);
}
