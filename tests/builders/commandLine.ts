import { runCli } from '../../src/cli/run';
import { RESOURCES_DIRECTORY } from './handlerHarness';

/** Runs the command line in this process, as `npm run paraat -- …` would, and keeps what it printed. */
export async function paraat(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    resourcesDirectory: RESOURCES_DIRECTORY,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
