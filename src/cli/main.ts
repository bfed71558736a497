import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './run';

const resourcesDirectory = resolve(dirname(fileURLToPath(import.meta.url)), '../../resources');
process.exitCode = await runCli(process.argv.slice(2), {
  resourcesDirectory,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
