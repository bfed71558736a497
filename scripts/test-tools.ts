// The programs the test suite drives besides Node: a Chromium (the e2e suite and PDF printing),
// LibreOffice (opens the Word exports as a reader without Word would), poppler (reads PDFs back) and
// qpdf (reads a PDF's content streams: the font sizes and link areas of the emergency card).
// `npm test` runs this first: it finds them, installs them where it can (root on Debian or Ubuntu),
// or stops at once with one sentence naming what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChromium } from '../src/export/pdf';

export type TestTool = 'chromium' | 'libreoffice' | 'poppler' | 'qpdf';

const LIBREOFFICE_PLACES = [
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

/** A program on the PATH, as a shell would find it (with Windows' .exe and .cmd). */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const extensions = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const folder of (env.PATH ?? '').split(delimiter).filter(Boolean))
    for (const extension of extensions) {
      const candidate = join(folder, name + extension);
      if (existsSync(candidate)) return candidate;
    }
  return null;
}

/** Where each tool is here, or null. */
export function findTestTools(env: NodeJS.ProcessEnv = process.env): Record<TestTool, string | null> {
  const pdftotext = onPath('pdftotext', env);
  return {
    chromium: findChromium(env),
    libreoffice: onPath('soffice', env) ?? LIBREOFFICE_PLACES.find((place) => existsSync(place)) ?? null,
    poppler: pdftotext && onPath('pdfinfo', env) ? pdftotext : null,
    qpdf: onPath('qpdf', env),
  };
}

/** What a person installs to get a tool, in words. */
export const TOOL_NAMES: Record<TestTool, string> = {
  chromium: 'Chromium or Google Chrome (or set PARAAT_CHROMIUM to one)',
  libreoffice: 'LibreOffice',
  poppler: "poppler's pdftotext and pdfinfo",
  qpdf: 'qpdf',
};

/** The Debian or Ubuntu packages that bring each tool. */
export const DEBIAN_PACKAGES: Record<TestTool, string[]> = {
  chromium: ['chromium'],
  libreoffice: ['libreoffice-writer-nogui'],
  poppler: ['poppler-utils'],
  qpdf: ['qpdf'],
};

function missing(env: NodeJS.ProcessEnv = process.env): TestTool[] {
  const found = findTestTools(env);
  return (Object.keys(found) as TestTool[]).filter((tool) => !found[tool]);
}

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get') !== null;
}

function installWithApt(tools: TestTool[]): void {
  const packages = [...tools.flatMap((tool) => DEBIAN_PACKAGES[tool]), 'fonts-dejavu'];
  console.log(`[test tools] Installing ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

/** The one sentence `npm test` ends with when a tool is missing and cannot be installed here. */
export function missingToolsSentence(tools: TestTool[]): string {
  const names = tools.map((tool) => TOOL_NAMES[tool]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return `npm test needs ${list}: install ${tools.length > 1 ? 'them' : 'it'} (on Debian or Ubuntu: sudo apt-get install ${tools.flatMap((tool) => DEBIAN_PACKAGES[tool]).join(' ')}) and run npm test again.`;
}

function main(): void {
  let absent = missing();
  if (absent.length > 0 && canInstallWithApt()) {
    try {
      installWithApt(absent);
    } catch {
      // Said below, in the one sentence, with what is still missing.
    }
    absent = missing();
  }
  if (absent.length > 0) {
    console.error(missingToolsSentence(absent));
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith('test-tools.ts')) main();
