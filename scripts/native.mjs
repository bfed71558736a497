// better-sqlite3 is a native module: Node (tests, CLI) and Electron (the app) need builds for
// different ABIs. The Node build stays in node_modules; the Electron build is kept beside it in
// native/electron/, so `npm test` and `npm start` work in one checkout, in any order.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { electronInfo } from './electron-info.mjs';

const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function nodeBuildWorks() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch (error) {
    console.log(`[native] better-sqlite3 does not load in Node ${process.version}: ${error.message.split('\n')[0]}`);
    return false;
  }
}

export function ensureNodeBuild() {
  if (nodeBuildWorks()) return;
  console.log('[native] Rebuilding better-sqlite3 for Node (about a minute)…');
  execFileSync(npm, ['rebuild', 'better-sqlite3'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (!nodeBuildWorks()) throw new Error('better-sqlite3 could not be built for Node; see the output above.');
}

export function electronBindingPath(version) {
  return join('native', 'electron', `better_sqlite3-${version}.node`);
}

export function ensureElectronBuild() {
  const electron = electronInfo();
  if (!electron.available) throw new Error(electron.reason);
  const target = electronBindingPath(electron.version);
  if (existsSync(target)) return target;
  console.log(
    `[native] Building better-sqlite3 for Electron ${electron.version} (needs Electron's headers from the internet)…`,
  );
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'paraat-native-'));
  try {
    cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${join('build', '')}`) });
    const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
    execFileSync(
      process.execPath,
      [
        nodeGyp,
        'rebuild',
        '--release',
        `--target=${electron.version}`,
        '--runtime=electron',
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, stdio: 'inherit' },
    );
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('native.mjs')) {
  const runtime = process.argv[2] ?? 'node';
  try {
    if (runtime === 'electron') console.log(`[native] ${ensureElectronBuild()}`);
    else ensureNodeBuild();
  } catch (error) {
    console.error(`[native] ${error.message}`);
    process.exit(1);
  }
}
