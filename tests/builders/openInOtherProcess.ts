/**
 * Run in a child process: tries to open a plan as a second copy of Paraat would, and prints the
 * outcome ("opened" or the error code) so a test can check the lock holds across programs.
 */
import { isPlanError } from '../../src/domain/errors';
import { openPlanFile } from '../../src/storage/planFile';

const path = process.argv[2];
if (!path) throw new Error('usage: openInOtherProcess <plan file>');
try {
  openPlanFile(path).close();
  process.stdout.write('opened\n');
} catch (error) {
  process.stdout.write(`${isPlanError(error) ? error.code : String(error)}\n`);
}
