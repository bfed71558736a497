// `npm run dist [-- win|mac|linux]`: the installers and the portable program, in release/.
//
// 1. Electron must be installed with its binary (Node 22.12+, internet during `npm install`);
//    where it is not, this says so and stops.
// 2. Builds the renderer, the main process and the licence texts (`npm run build`).
// 3. Builds better-sqlite3 for Electron's ABI into native/electron/ (scripts/native.mjs), beside
//    the Node build in node_modules that the tests and the CLI keep using. The configuration packs
//    that file and unpacks it from the asar; electron-builder's own rebuild is off (npmRebuild).
// 4. Runs electron-builder (it downloads Electron's release zip and NSIS/AppImage tools).
// 5. Runs the packaged app with --paraat-self-check: it must create, reopen and read a plan.
// 6. Reads the Electron fuses back from the packaged binary (scripts/security/fuses.ts).
//
// A native module is built for the OS it is built on, so each OS builds its own installers.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const PLATFORMS = {
  win32: { flag: '--win', name: 'Windows', unpacked: ['win-unpacked/Paraat.exe'] },
  darwin: {
    flag: '--mac',
    name: 'macOS',
    unpacked: [`${process.arch === 'arm64' ? 'mac-arm64' : 'mac'}/Paraat.app/Contents/MacOS/Paraat`],
  },
  linux: { flag: '--linux', name: 'Linux', unpacked: ['linux-unpacked/paraat'] },
};

const ALIASES = {
  win: 'win32',
  windows: 'win32',
  win32: 'win32',
  mac: 'darwin',
  macos: 'darwin',
  darwin: 'darwin',
  linux: 'linux',
};

/**
 * The platform to build for: the current OS, or the one named on the command line. Another OS is
 * refused with the reason: better-sqlite3 would be packed for the wrong system.
 */
export function chooseTarget(args, host = process.platform) {
  const named = args.filter((arg) => !arg.startsWith('--')).map((arg) => arg.replace(/^-+/, '').toLowerCase());
  const wanted = named.length ? [...new Set(named.map((name) => ALIASES[name] ?? name))] : [host];
  const unknown = wanted.filter((name) => !PLATFORMS[name]);
  if (unknown.length) return { ok: false, message: `Unknown target ${unknown.join(', ')}: use win, mac or linux.` };
  const foreign = wanted.filter((name) => name !== host);
  if (foreign.length) {
    return {
      ok: false,
      message:
        `Cannot build for ${foreign.map((name) => PLATFORMS[name].name).join(', ')} on ${PLATFORMS[host]?.name ?? host}: ` +
        'better-sqlite3 is a native module and must be built on the OS it runs on. Run `npm run dist` on that OS.',
    };
  }
  return { ok: true, platform: host };
}

function run(command, args, options = {}) {
  execFileSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32' && command.endsWith('.cmd'),
    ...options,
  });
}

function fail(message, code = 1) {
  console.error(`[dist] ${message}`);
  process.exit(code);
}

/** Runs the packaged app's self-check; on a Linux without a display through xvfb-run when present. */
function selfCheck(executable) {
  let command = executable;
  // No SUID sandbox helper is set up in the unpacked folder; the check loads no web page.
  let args = process.platform === 'linux' ? ['--paraat-self-check', '--no-sandbox'] : ['--paraat-self-check'];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
    if (!xvfb) {
      console.warn(
        '[dist] Self-check skipped: no display and no xvfb-run (apt-get install xvfb). Run it yourself: ' +
          `${executable} --paraat-self-check`,
      );
      return;
    }
    [command, args] = [xvfb, ['-a', executable, ...args]];
  }
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
  process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) {
    fail(
      `The packaged app could not open a plan (exit ${result.status ?? result.signal}): ${(result.stderr ?? '').trim().split('\n').slice(-5).join('\n')}`,
    );
  }
}

async function main() {
  const args = process.argv.slice(2);
  const target = chooseTarget(args);
  if (!target.ok) fail(target.message, 2);

  const { electronInfo } = await import('./electron-info.mjs');
  const electron = electronInfo();
  if (!electron.available) {
    fail(
      `Cannot build the installers here. ${electron.reason}\n` +
        "[dist] electron-builder also downloads Electron's release zip and the NSIS/AppImage tools from GitHub, " +
        "and better-sqlite3 needs Electron's headers. On a machine with Node 22.12+ and internet: `npm install`, then `npm run dist`.",
    );
  }
  const builtAgainst = JSON.parse(readFileSync(require.resolve('electron-api/package.json'), 'utf8')).version;
  if (builtAgainst !== electron.version) {
    fail(
      `Electron ${electron.version} is installed but the app is typed and configured for ${builtAgainst} (electron-api): install the same version.`,
    );
  }

  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  run(npm, ['run', 'build']);

  const { ensureElectronBuild } = await import('./native.mjs');
  try {
    console.log(`[dist] better-sqlite3 for Electron ${electron.version}: ${ensureElectronBuild()}`);
  } catch (error) {
    fail(
      `better-sqlite3 could not be built for Electron ${electron.version} (it needs Electron's headers from the internet): ${error.message}`,
    );
  }

  const { flag } = PLATFORMS[target.platform];
  console.log(`[dist] electron-builder ${flag}…`);
  try {
    run(process.execPath, [
      require.resolve('electron-builder/cli.js'),
      '--config',
      'electron-builder.config.cjs',
      flag,
      '--publish',
      'never',
    ]);
  } catch {
    fail(
      "electron-builder failed (see above). It needs the internet for Electron's release zip and the installer tools.",
    );
  }

  const executable = PLATFORMS[target.platform].unpacked
    .map((path) => join('release', path))
    .find((path) => existsSync(path));
  if (!executable) fail('electron-builder finished but the unpacked app is not where expected in release/.');
  selfCheck(executable);
  try {
    run(npm, ['run', 'check:fuses', '--', executable]);
  } catch {
    fail('The packaged app does not have the Electron fuses the configuration asks for (see above).');
  }

  const artifacts = readdirSync('release').filter((name) => /\.(exe|dmg|AppImage|deb)$/.test(name));
  console.log(`[dist] Done. In release/:\n${artifacts.map((name) => `  ${name}`).join('\n')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
