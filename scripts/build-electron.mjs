// Bundles the Electron main process and preload into dist-electron/ (options: mainBundle.mjs).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { build } from 'esbuild';
import { writeLicences } from './licences.mjs';
import { mainBundleOptions } from './mainBundle.mjs';

const common = { ...mainBundleOptions, sourcemap: true, logLevel: 'warning' };

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' });
// The PDF's fonts (Arimo), beside the main process that embeds them (src/export/pdfWriter/fonts.ts).
mkdirSync('dist-electron/fonts', { recursive: true });
for (const file of ['400Regular/Arimo_400Regular.ttf', '700Bold/Arimo_700Bold.ttf']) {
  const source = createRequire(import.meta.url).resolve(`@expo-google-fonts/arimo/${file}`);
  copyFileSync(source, `dist-electron/fonts/${basename(file)}`);
}
// The licence texts of the bundled dependencies, for the About dialog.
writeLicences(process.cwd(), 'dist-electron/THIRD-PARTY-LICENCES.txt');
console.log(
  'Built dist-electron/main.cjs, dist-electron/preload.cjs, dist-electron/fonts and dist-electron/THIRD-PARTY-LICENCES.txt',
);
