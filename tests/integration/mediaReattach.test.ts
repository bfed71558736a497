import { copyFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../src/ipc/contract';
import { handlerHarness } from '../builders/handlerHarness';
import { createPlan, sha256, withPlan } from '../builders/planFiles';

/** A plan on a "stick" (its own folder), open in the harness's window with one saved edit. */
async function planOnStick() {
  const harness = handlerHarness();
  const stick = join(harness.dir, 'stick');
  mkdirSync(stick);
  const path = createPlan(stick, { fileName: 'plan.paraat', organisation: { name: 'Lokaal bestuur Beekzande' } });
  await harness.ok('plan.open', { path });
  await harness.ok('section.update', { section: 'organisation', patch: { sector: 'Voor het uittrekken' } });
  const pull = () => renameSync(stick, `${stick}-elders`);
  const putBack = () => renameSync(`${stick}-elders`, stick);
  return { harness, stick, path, pull, putBack };
}

const organisationOf = (path: string) => withPlan(path, (plan) => plan.singleton('organisation').get());

describe('a plan whose stick is pulled out and put back', () => {
  it('answers missing while the file is away, then reattaches to the same file and saves the replayed edits there', async () => {
    const { harness, path, pull, putBack } = await planOnStick();
    pull();
    await harness.fails('write-failed', 'section.update', {
      section: 'organisation',
      patch: { address: 'Dorpsstraat 1' },
    });
    expect(await harness.ok('plan.reattach')).toEqual({ status: 'missing' });
    // While detached, what was saved before can still be read (the step the user moves to shows it).
    expect(await harness.ok('section.get', { section: 'organisation' })).toMatchObject({
      sector: 'Voor het uittrekken',
    });
    await harness.fails('write-failed', 'items.add', { section: 'people', data: { name: 'Eline Vermeersch' } });

    putBack();
    expect(await harness.ok('plan.reattach')).toEqual({ status: 'reattached' });
    await harness.ok('section.update', { section: 'organisation', patch: { address: 'Dorpsstraat 1' } });
    await harness.ok('items.add', { section: 'people', data: { name: 'Eline Vermeersch' } });
    await harness.ok('plan.close');

    expect(organisationOf(path)).toMatchObject({ sector: 'Voor het uittrekken', address: 'Dorpsstraat 1' });
    expect(
      withPlan(path, (plan) =>
        plan
          .list('people')
          .list()
          .map((person) => person.name),
      ),
    ).toEqual(['Eline Vermeersch']);
  });

  it('reattaches to the same plan copied back as a new file (a stick mounted again) and holds the lock as plan.open does', async () => {
    const { harness, stick, path } = await planOnStick();
    const saved = join(harness.dir, 'elsewhere.paraat');
    rmSync(stick, { recursive: true });
    await harness.fails('write-failed', 'section.update', { section: 'organisation', patch: { address: 'Na' } });
    expect(await harness.ok('plan.reattach')).toEqual({ status: 'missing' });

    // The same content comes back as another file (another inode): made from the detached plan's own copy.
    harness.dialogs.answers.copyPath = saved;
    await harness.ok('plan.saveCopy');
    mkdirSync(stick);
    copyFileSync(saved, path);
    expect(await harness.ok('plan.reattach')).toEqual({ status: 'reattached' });
    await harness.ok('section.update', { section: 'organisation', patch: { address: 'Na' } });

    const other = handlerHarness();
    await other.fails('in-use', 'plan.open', { path });
    await harness.ok('plan.close');
    expect(organisationOf(path)).toMatchObject({ sector: 'Voor het uittrekken', address: 'Na' });
  });

  it('refuses another plan put at the same path and leaves that file untouched', async () => {
    const { harness, stick, path, pull } = await planOnStick();
    const strangerFolder = join(harness.dir, 'stranger');
    mkdirSync(strangerFolder);
    const stranger = createPlan(strangerFolder, {
      fileName: 'plan.paraat',
      organisation: { name: 'Gemeente Anderdorp' },
    });
    pull();
    await harness.fails('write-failed', 'section.update', {
      section: 'organisation',
      patch: { address: 'Dorpsstraat 1' },
    });
    mkdirSync(stick);
    copyFileSync(stranger, path);
    const before = { hash: sha256(path), mtime: statSync(path).mtimeMs };

    expect(await harness.ok('plan.reattach')).toEqual({ status: 'different-plan' });
    await harness.fails('write-failed', 'section.update', {
      section: 'organisation',
      patch: { address: 'Dorpsstraat 1' },
    });
    expect(await harness.ok('plan.reattach')).toEqual({ status: 'different-plan' });
    await harness.ok('plan.close');
    expect({ hash: sha256(path), mtime: statSync(path).mtimeMs }).toEqual(before);
    expect(organisationOf(path).name).toBe('Gemeente Anderdorp');
  });

  it('refuses the same plan when it was edited elsewhere meanwhile, rather than mixing the two', async () => {
    const { harness, path, pull, putBack, stick } = await planOnStick();
    pull();
    await harness.fails('write-failed', 'section.update', { section: 'organisation', patch: { address: 'Hier' } });
    expect(await harness.ok('plan.reattach')).toEqual({ status: 'missing' });
    // On another laptop the stick's plan gets an edit of its own.
    withPlan(join(`${stick}-elders`, 'plan.paraat'), (plan) =>
      plan.singleton('organisation').update({ address: 'Daar' }),
    );
    putBack();
    const before = sha256(path);

    expect(await harness.ok('plan.reattach')).toEqual({ status: 'changed-elsewhere' });
    await harness.ok('plan.close');
    expect(sha256(path)).toBe(before);
    expect(organisationOf(path).address).toBe('Daar');
  });
});

describe('saving a plan whose stick was pulled out to another place', () => {
  it('writes a verified copy of what was saved, switches the window to it, and the replayed edits land there', async () => {
    const { harness, path, pull } = await planOnStick();
    pull();
    await harness.fails('write-failed', 'section.update', {
      section: 'organisation',
      patch: { address: 'Dorpsstraat 1' },
    });
    const target = join(harness.dir, 'laptop', 'plan.paraat');
    mkdirSync(join(harness.dir, 'laptop'));

    harness.dialogs.answers.copyPath = null;
    expect(await harness.ok('plan.saveElsewhere')).toEqual({ status: 'cancelled' });
    harness.dialogs.answers.copyPath = target;
    const saved = await harness.ok<{ status: string; plan: PlanSummary }>('plan.saveElsewhere');
    expect(saved.status).toBe('saved');
    expect(saved.plan).toMatchObject({ path: target, name: 'Lokaal bestuur Beekzande', readOnly: null });
    expect(await harness.ok('plan.current')).toMatchObject({ path: target });

    await harness.ok('section.update', { section: 'organisation', patch: { address: 'Dorpsstraat 1' } });
    await harness.ok('items.add', { section: 'people', data: { name: 'Eline Vermeersch' } });
    await harness.ok('plan.close');
    expect(organisationOf(target)).toMatchObject({ sector: 'Voor het uittrekken', address: 'Dorpsstraat 1' });
    expect(withPlan(target, (plan) => plan.list('people').count())).toBe(1);
    expect(organisationOf(join(harness.dir, 'stick-elders', 'plan.paraat')).address).toBe('');
    expect(path).not.toBe(target);
  });

  it('still works when the file was deleted outright, from what the open plan held', async () => {
    const { harness, stick } = await planOnStick();
    rmSync(stick, { recursive: true });
    await harness.fails('write-failed', 'section.update', {
      section: 'organisation',
      patch: { address: 'Dorpsstraat 1' },
    });
    const target = join(harness.dir, 'plan-gered.paraat');
    harness.dialogs.answers.copyPath = target;
    expect(await harness.ok('plan.saveElsewhere')).toMatchObject({ status: 'saved', plan: { path: target } });
    await harness.ok('section.update', { section: 'organisation', patch: { address: 'Dorpsstraat 1' } });
    await harness.ok('plan.close');
    expect(organisationOf(target)).toMatchObject({ sector: 'Voor het uittrekken', address: 'Dorpsstraat 1' });
  });
});
