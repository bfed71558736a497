// `npm start`: installs on first run, builds, prepares better-sqlite3 for Electron, starts the app.
// Where Electron cannot run (no binary), it says why instead of failing obscurely.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args) => execFileSync(npm, args, { stdio: 'inherit', shell: process.platform === 'win32' });

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('[start] First run: installing dependencies…');
  run(['install']);
}

const { electronInfo } = await import('./electron-info.mjs');
const { ensureElectronBuild } = await import('./native.mjs');
const electron = electronInfo();
if (!electron.available) {
  console.error(`[start] Paraat cannot start here. ${electron.reason}`);
  console.error('[start] Tests and the command line (`npm test`, `npm run paraat -- help`) work without Electron.');
  process.exit(1);
}

run(['run', 'build']);
try {
  ensureElectronBuild();
} catch (error) {
  console.error(`[start] better-sqlite3 could not be built for Electron ${electron.version}: ${error.message}`);
  process.exit(1);
}
const child = spawn(electron.executable, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
