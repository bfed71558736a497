import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findChromium } from '../../src/export/pdf';

/** PARAAT_CHROMIUM, or the system's Chromium or Chrome (`npm test` makes sure there is one). */
export function chromiumExecutable(): string | undefined {
  return findChromium() ?? undefined;
}

export function electronAvailability(): { available: true; executable: string } | { available: false; reason: string } {
  try {
    const require = createRequire(import.meta.url);
    const packageDir = join(require.resolve('electron/package.json'), '..');
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile))
      return { available: false, reason: 'the electron package is installed but its binary was not downloaded' };
    const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (!existsSync(executable)) return { available: false, reason: `the Electron binary is missing at ${executable}` };
    if (!existsSync('dist-electron/main.cjs'))
      return { available: false, reason: 'dist-electron/main.cjs is not built (npm run build)' };
    return { available: true, executable };
  } catch {
    return {
      available: false,
      reason: 'the electron package is not installed (it needs Node 22.12+ and a download from the internet)',
    };
  }
}
