import { posix, win32 } from 'node:path';

// A plan, or an encrypted copy of one (opened read-only after its passphrase).
const PLAN_FILE = /\.paraatx?$/i;

/**
 * The plan file the app was asked to open on its command line: Windows and Linux pass a
 * double-clicked file as an argument (also to a second instance). Switches (`--inspect`, Chromium's
 * flags) and the app's own folder (`electron .`) are not plan files; the last plan file wins.
 */
export function planPathFromArgv(
  argv: readonly string[],
  cwd: string,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const path = platform === 'win32' ? win32 : posix;
  // argv[0] is the executable; in development argv[1] is the app folder.
  for (const argument of [...argv.slice(1)].reverse()) {
    if (argument.startsWith('-')) continue;
    if (!PLAN_FILE.test(argument)) continue;
    return path.isAbsolute(argument) ? argument : path.resolve(cwd, argument);
  }
  return null;
}

/** Whether a path (from macOS's open-file event, a recent document) names a plan file. */
export function isPlanPath(path: string): boolean {
  return PLAN_FILE.test(path);
}
