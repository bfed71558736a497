/**
 * Run in a child process by the crash test: opens a plan, makes edits and dies without closing,
 * as when a laptop loses power or the app is killed.
 */
import { PlanDocument } from '../../src/storage/planDocument';
import { openPlanFile } from '../../src/storage/planFile';

const path = process.argv[2];
if (!path) throw new Error('usage: killedWhileEditing <plan file>');
const plan = new PlanDocument(openPlanFile(path));
plan.singleton('organisation').update({ name: 'Na de crash' });
for (let i = 1; i <= 3; i++) plan.singleton('organisation').update({ sector: `Bewerking ${i}` });
process.stdout.write('edited\n', () => process.kill(process.pid, 'SIGKILL'));
