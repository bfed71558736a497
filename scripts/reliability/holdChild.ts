/**
 * Run in a child process by the takeover harness: opens a plan as the app does (holding its lock),
 * makes one edit, reports `held`, and waits to be killed, as a first window would when it crashes.
 */
import { PlanDocument } from '../../src/storage/planDocument';
import { openPlanFile } from '../../src/storage/planFile';

const [path, sector] = process.argv.slice(2);
if (!path) throw new Error('usage: holdChild <plan file> <sector>');
const plan = new PlanDocument(openPlanFile(path));
plan.singleton('organisation').update({ sector: sector ?? 'held' });
process.stdout.write('held\n');
setInterval(() => undefined, 60_000);
