/**
 * Bundles a harness child script with esbuild once per run, so each of hundreds of child processes
 * starts in a fraction of the time tsx would take. better-sqlite3 stays external (it is native)
 * and is found in the checkout's node_modules, beside which the bundle is written.
 */
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './common';

const built = new Map<string, Promise<string>>();

export function bundled(
  script: 'crashChild' | 'holdChild' | 'copyChild' | 'exportChild' | 'importChild',
): Promise<string> {
  let pending = built.get(script);
  if (!pending) {
    const outdir = join(REPO, 'node_modules', '.cache', 'paraat-reliability');
    mkdirSync(outdir, { recursive: true });
    const outfile = join(outdir, `${script}.mjs`);
    pending = build({
      entryPoints: [join(REPO, 'scripts', 'reliability', `${script}.ts`)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['better-sqlite3'],
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
      logLevel: 'silent',
      write: false,
    }).then((result) => {
      // Written under a temporary name and renamed: test files bundling at once never see half a file.
      const temporary = `${outfile}.${process.pid}.tmp`;
      writeFileSync(temporary, result.outputFiles[0]!.contents);
      renameSync(temporary, outfile);
      return outfile;
    });
    built.set(script, pending);
  }
  return pending;
}
