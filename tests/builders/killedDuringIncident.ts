/**
 * Run in a child process by the activation crash test: opens a plan during a running activation
 * and ticks playbook steps and notes as fast as it can, printing each event's id once its add has
 * returned (the moment the app tells the user "saved"), until the test kills it.
 */
import { PlanDocument } from '../../src/storage/planDocument';
import { openPlanFile } from '../../src/storage/planFile';

const [path, activation] = process.argv.slice(2);
if (!path || !activation) throw new Error('usage: killedDuringIncident <plan file> <activation id>');
const plan = new PlanDocument(openPlanFile(path));
const events = plan.list('activationEvents');
for (let i = 1; ; i++) {
  const event = events.add({
    activation,
    at: new Date().toISOString(),
    kind: i % 2 ? 'step' : 'note',
    target: `step-${i}`,
    outcome: 'done',
    by: 'Eline',
    text: `Tick ${i}`,
  });
  // Pipes are written synchronously on Linux and macOS: once printed, the id has left the process.
  process.stdout.write(`${event.id}\n`);
}
