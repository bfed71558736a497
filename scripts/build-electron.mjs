// Bundles the Electron main process and preload into dist-electron/ (CommonJS, as Electron's
// sandboxed preload requires). Native and Electron modules stay external.
import { build } from 'esbuild';
import { writeLicences } from './licences.mjs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' });
// The licence texts of the bundled dependencies, for the About dialog.
writeLicences(process.cwd(), 'dist-electron/THIRD-PARTY-LICENCES.txt');
console.log('Built dist-electron/main.cjs, dist-electron/preload.cjs and dist-electron/THIRD-PARTY-LICENCES.txt');
