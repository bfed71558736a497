import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlanDocument } from '../src/storage/planDocument';
import { createPlanFile, openPlanFile } from '../src/storage/planFile';
import { fillFromJson } from '../src/storage/planJson';

/** The command-line switch that runs the check instead of the app (`Paraat --paraat-self-check`). */
export const SELF_CHECK_FLAG = '--paraat-self-check';

/**
 * Proves that this build can write and read a plan: creates a plan in a temporary folder, closes
 * it, opens it again through the normal open path (identity, version, quick_check) and reads the
 * organisation back. scripts/dist.mjs runs it on the packaged app, so a better-sqlite3 built for
 * the wrong ABI or left inside the asar fails the build instead of the coordinator's first start.
 */
export function runSelfCheck(): { ok: true; detail: string } | { ok: false; detail: string } {
  const folder = mkdtempSync(join(tmpdir(), 'paraat-self-check-'));
  try {
    const path = join(folder, 'self-check.paraat');
    createPlanFile(path, (db) =>
      fillFromJson(db, {
        format: 'paraat-plan',
        formatVersion: 1,
        language: 'en',
        sections: { organisation: { name: 'Self-check' } },
      }),
    ).close();
    const document = new PlanDocument(openPlanFile(path));
    try {
      const name = document.singleton('organisation').get().name;
      if (name !== 'Self-check')
        return { ok: false, detail: `the plan was written but read back as ${JSON.stringify(name)}` };
      return { ok: true, detail: `created, reopened and read ${path}` };
    } finally {
      document.close();
    }
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
