/**
 * Reads the Electron fuses back from a packaged Paraat and compares them with what
 * electron-builder.config.cjs asks for (no run-as-node, no NODE_OPTIONS, no inspect flags, asar
 * integrity, app only from the asar, cookie encryption). electron-builder flips them while
 * packaging; this proves the binary that ships has them. `npm run check:fuses -- <packaged app>`
 * (release/linux-unpacked/paraat, release/win-unpacked/Paraat.exe, release/mac/Paraat.app).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Marks the fuse wire in Electron's binary (Electron 12 and later); the wire follows it. */
const SENTINEL = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
/** The fuses of wire version 1, in wire order, by electron-builder's names. */
export const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
const STATES: Record<number, FuseState> = { 0x30: 'off', 0x31: 'on', 0x72: 'removed' };
type FuseState = 'off' | 'on' | 'removed';

/** Every fuse wire in the binary (a macOS universal binary has two), as fuse name → state. */
export function readFuseWires(binary: Buffer): Record<string, FuseState | 'unknown'>[] {
  const wires: Record<string, FuseState | 'unknown'>[] = [];
  for (let at = binary.indexOf(SENTINEL); at !== -1; at = binary.indexOf(SENTINEL, at + 1)) {
    const position = at + SENTINEL.length;
    if (binary[position] !== 1) throw new Error(`Fuse wire version ${binary[position]} is not known here (version 1 is)`);
    const length = binary[position + 1] ?? 0;
    const wire: Record<string, FuseState | 'unknown'> = {};
    for (let i = 0; i < length; i++) wire[FUSES[i] ?? `fuse ${i}`] = STATES[binary[position + 2 + i]!] ?? 'unknown';
    wires.push(wire);
  }
  if (wires.length === 0) throw new Error('No fuse wire in this file: not an Electron binary (or Electron before 12)');
  return wires;
}

/** The fuses electron-builder is told to set. */
export function configuredFuses(): Record<string, boolean> {
  const require = createRequire(import.meta.url);
  return (require(join(fileURLToPath(new URL('../..', import.meta.url)), 'electron-builder.config.cjs')) as { electronFuses: Record<string, boolean> }).electronFuses;
}

/** The file that holds the fuses: the executable, or on macOS the Electron Framework inside the app. */
export function fuseFile(app: string): string {
  return app.endsWith('.app') ? join(app, 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework') : app;
}

/** Each configured fuse the binary does not have as configured, with what it has. */
export function fuseMismatches(binary: Buffer, expected: Record<string, boolean> = configuredFuses()): string[] {
  const mismatches: string[] = [];
  for (const [index, wire] of readFuseWires(binary).entries()) {
    for (const [name, on] of Object.entries(expected)) {
      const actual = wire[name];
      if (actual !== (on ? 'on' : 'off')) mismatches.push(`${name}: ${actual ?? 'missing'}, should be ${on ? 'on' : 'off'}${index ? ` (wire ${index + 1})` : ''}`);
    }
  }
  return mismatches;
}

function main() {
  const app = process.argv[2];
  if (!app) {
    console.error('Usage: npm run check:fuses -- <packaged app: release/linux-unpacked/paraat, release/win-unpacked/Paraat.exe, release/mac/Paraat.app>');
    process.exitCode = 2;
    return;
  }
  const mismatches = fuseMismatches(readFileSync(fuseFile(app)));
  if (mismatches.length) {
    console.error(`Fuses of ${app} are not as electron-builder.config.cjs sets them:\n${mismatches.map((m) => `  ${m}`).join('\n')}`);
    process.exitCode = 1;
  } else console.log(`Fuses of ${app} are as configured: ${Object.entries(configuredFuses()).map(([name, on]) => `${name} ${on ? 'on' : 'off'}`).join(', ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
