// Where Electron is, or plainly why it is not. Shared by the start, native and dist scripts.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function electronInfo() {
  let packageJson;
  try {
    packageJson = require.resolve('electron/package.json');
  } catch {
    const [major, minor] = process.versions.node.split('.').map(Number);
    const tooOld = major < 22 || (major === 22 && minor < 12);
    return {
      available: false,
      reason: tooOld
        ? `Electron is not installed: it needs Node 22.12 or newer to install, and this is Node ${process.versions.node}. ` +
          'Install Node 22 (see .nvmrc), then run `npm install` again.'
        : 'Electron is not installed: its download failed during `npm install` (no internet?). Run `npm install` again when online.',
    };
  }
  const packageDir = dirname(packageJson);
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8'));
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
  if (!executable || !existsSync(executable)) {
    return {
      available: false,
      version,
      reason:
        `Electron ${version} is installed but its binary was not downloaded (no internet during install?). ` +
        'Run `node node_modules/electron/install.js` when online.',
    };
  }
  return { available: true, version, executable };
}
