import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './run';

// A reader that stops early (`paraat check plan.paraat | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const resourcesDirectory = resolve(dirname(fileURLToPath(import.meta.url)), '../../resources');
process.exitCode = await runCli(process.argv.slice(2), {
  resourcesDirectory,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
