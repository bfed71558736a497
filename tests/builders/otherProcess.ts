import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** Runs one of the scripts in tests/builders in a separate Node process, as a second program would. */
export function runInOtherProcess(script: 'openInOtherProcess' | 'killedWhileEditing', ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'tests/builders', `${script}.ts`), ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });
}
