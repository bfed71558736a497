import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A fresh folder for one test, removed when the test ends (also after a test that made parts of it
 * read-only), so no test sees another's plan files.
 */
export function tempDir(prefix = 'paraat-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => {
    makeWritable(dir);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

function makeWritable(dir: string): void {
  try {
    chmodSync(dir, 0o755);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) makeWritable(path);
      else chmodSync(path, 0o644);
    }
  } catch {
    // Best effort: rmSync reports what it still cannot remove.
  }
}

/** Everything in a folder except the named files: journals, temporary copies, leftovers. */
export function otherFiles(dir: string, ...expected: string[]): string[] {
  return readdirSync(dir).filter((name) => !expected.includes(name));
}
