/**
 * Run in a child process by the copy harness: opens a plan and saves a copy of it to `target` again
 * and again, printing `C` after each copy that returned and `E <code>` after each refusal, until
 * the parent kills it (or removes the target's folder under it).
 */
import { isPlanError } from '../../src/domain/errors';
import { savePlanCopy } from '../../src/storage/copy';
import { openPlanFile } from '../../src/storage/planFile';

const [source, target, rounds] = process.argv.slice(2);
if (!source || !target) throw new Error('usage: copyChild <plan file> <target> [rounds]');
const plan = openPlanFile(source);
process.stdout.write('R\n');
for (let i = 0; i < Number(rounds ?? Infinity); i++) {
  try {
    savePlanCopy(plan.db, plan.path, target);
    process.stdout.write('C\n');
  } catch (error) {
    process.stdout.write(`E ${isPlanError(error) ? error.code : String(error)}\n`);
  }
}
plan.close();
