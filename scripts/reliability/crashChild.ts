/**
 * Run in a child process by the crash harness (crash.ts): opens a plan through the real handlers
 * and edits it at random, as fast as it can, until the parent kills it. Before each edit it prints
 * `I <edit>` (intended), after the handler returned `A <edit>` (acknowledged: what the app would
 * show as saved). Pipes are written synchronously on Linux and macOS, and each line is far below
 * the pipe's atomic write size, so a printed line has left the process before the next edit starts.
 */
import { dirname, join } from 'node:path';
import { headlessApp, random } from './common';
import { CRASH_ORGANISATION_FIELDS, CRASH_PEOPLE_FIELDS, type CrashEdit } from './crashModel';

const [path, seedText] = process.argv.slice(2);
if (!path) throw new Error('usage: crashChild <plan file> <seed>');
const rng = random(Number(seedText ?? 1));
// Settings and scratch beside the plan, shared by every child of a run, so nothing piles up.
const app = headlessApp(join(dirname(path), 'child-app'));

const print = (line: string) => process.stdout.write(`${line}\n`);
const value = () =>
  `${rng.pick(['Beekzande', 'Noodplan', 'Serverlokaal', 'Eline', 'Back-up', 'Ω', 'é'])} ${rng.int(0, 1e9)}`;

async function main() {
  const opened = await app.call('plan.open', { path });
  if (!opened.ok) throw new Error(`open failed: ${opened.error.code}`);
  const listed = await app.call('items.list', { section: 'people' });
  if (!listed.ok) throw new Error(listed.error.code);
  const ids = (listed.value as { id: string }[]).map((item) => item.id);
  print('R');
  for (;;) {
    const roll = rng.next();
    let edit: CrashEdit;
    if (roll < 0.3 || ids.length === 0) {
      edit = { op: 'section.update', patch: { [rng.pick(CRASH_ORGANISATION_FIELDS)]: value() } };
    } else if (roll < 0.5 && ids.length < 25) {
      edit = { op: 'items.add', data: { name: value(), function: value() } };
    } else if (roll < 0.75) {
      edit = { op: 'items.update', id: rng.pick(ids), patch: { [rng.pick(CRASH_PEOPLE_FIELDS)]: value() } };
    } else if (roll < 0.88) {
      edit = { op: 'items.move', id: rng.pick(ids), toIndex: rng.int(0, ids.length) };
    } else {
      edit = { op: 'items.remove', id: rng.pick(ids) };
    }
    print(`I ${JSON.stringify(edit)}`);
    const answer =
      edit.op === 'section.update'
        ? await app.call('section.update', { section: 'organisation', patch: edit.patch })
        : edit.op === 'items.add'
          ? await app.call('items.add', { section: 'people', data: edit.data })
          : edit.op === 'items.update'
            ? await app.call('items.update', { section: 'people', id: edit.id, patch: edit.patch })
            : edit.op === 'items.move'
              ? await app.call('items.move', { section: 'people', id: edit.id, toIndex: edit.toIndex })
              : await app.call('items.remove', { section: 'people', id: edit.id });
    if (!answer.ok) throw new Error(`${edit.op} failed: ${answer.error.code} ${answer.error.message}`);
    if (edit.op === 'items.add') {
      edit.id = (answer.value as { id: string }).id;
      ids.push(edit.id);
    }
    if (edit.op === 'items.remove') ids.splice(ids.indexOf(edit.id), 1);
    print(`A ${JSON.stringify(edit)}`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(2);
});
