import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPlanFile } from '../../src/storage/inspect';
import { openPlanFile } from '../../src/storage/planFile';
import { handlerHarness } from '../builders/handlerHarness';
import { runInOtherProcess } from '../builders/otherProcess';
import { createPlan, openPlan, sha256, withPlan } from '../builders/planFiles';
import { tempDir } from '../builders/tempDir';

const inUse = expect.objectContaining({ code: 'in-use' });

describe('a plan that is already open', () => {
  it('cannot be opened a second time', () => {
    const path = createPlan(tempDir());
    const first = openPlan(path);
    try {
      expect(() => openPlanFile(path)).toThrow(inUse);
    } finally {
      first.close();
    }
  });

  it('stays locked after a refused second open, and stays editable by the first', () => {
    const path = createPlan(tempDir());
    const first = openPlan(path);
    try {
      expect(() => openPlanFile(path)).toThrow(inUse);
      expect(() => openPlanFile(path)).toThrow(inUse);
      first.singleton('organisation').update({ name: 'Eerste venster' });
      expect(() => openPlanFile(path)).toThrow(inUse);
    } finally {
      first.close();
    }
    expect(withPlan(path, (plan) => plan.singleton('organisation').get().name)).toBe('Eerste venster');
  });

  it('can be opened again once the first has closed it', () => {
    const path = createPlan(tempDir());
    const first = openPlan(path);
    expect(() => openPlanFile(path)).toThrow(inUse);
    first.close();
    const second = openPlanFile(path);
    expect(second.readOnly).toBeNull();
    second.close();
  });

  it('cannot be opened by another program, until it is closed here', () => {
    const path = createPlan(tempDir());
    const first = openPlan(path);
    try {
      expect(runInOtherProcess('openInOtherProcess', path).stdout.trim()).toBe('in-use');
    } finally {
      first.close();
    }
    expect(runInOtherProcess('openInOtherProcess', path).stdout.trim()).toBe('opened');
  });

  it('is reported as in use by a check, which does not disturb it', () => {
    const path = createPlan(tempDir());
    const first = openPlan(path);
    try {
      expect(() => inspectPlanFile(path)).toThrow(inUse);
      first.singleton('organisation').update({ sector: 'Nog steeds schrijfbaar' });
    } finally {
      first.close();
    }
  });

  describe('in two windows', () => {
    it('is refused in the second window and stays with the first', async () => {
      const harness = handlerHarness();
      const path = createPlan(harness.dir, { organisation: { name: 'Gedeeld plan' } });
      await harness.ok('plan.open', { path }, 'window-1');
      await harness.fails('in-use', 'plan.open', { path }, 'window-2');
      expect(await harness.ok('plan.current', undefined, 'window-2')).toBeNull();
      await harness.ok('section.update', { section: 'organisation', patch: { sector: 'Van venster 1' } }, 'window-1');
    });

    it('is refused in the second window when asked through the open dialog too', async () => {
      const harness = handlerHarness();
      const path = createPlan(harness.dir);
      await harness.ok('plan.open', { path }, 'window-1');
      harness.dialogs.answers.existingPlan = join(harness.dir, '.', 'plan.paraat');
      await harness.fails('in-use', 'plan.open', {}, 'window-2');
    });

    it('opens in the second window after the first closed it', async () => {
      const harness = handlerHarness();
      const path = createPlan(harness.dir, { organisation: { name: 'Gedeeld plan' } });
      await harness.ok('plan.open', { path }, 'window-1');
      await harness.fails('in-use', 'plan.open', { path }, 'window-2');
      await harness.ok('plan.close', undefined, 'window-1');
      const summary = await harness.ok<{ name: string }>('plan.open', { path }, 'window-2');
      expect(summary.name).toBe('Gedeeld plan');
    });

    it('opens in the second window after the first window went away', async () => {
      const harness = handlerHarness();
      const path = createPlan(harness.dir);
      await harness.ok('plan.open', { path }, 'window-1');
      harness.closeWindow('window-1');
      await harness.ok('plan.open', { path }, 'window-2');
    });

    it('keeps its plan when the same window opens it again', async () => {
      const harness = handlerHarness();
      const path = createPlan(harness.dir);
      await harness.ok('plan.open', { path }, 'window-1');
      await harness.ok('plan.open', { path }, 'window-1');
      await harness.ok('section.update', { section: 'organisation', patch: { sector: 'Nog open' } }, 'window-1');
    });

    it('cannot be replaced by a new plan created in the other window', async () => {
      const harness = handlerHarness();
      const path = createPlan(harness.dir, { organisation: { name: 'Bestaand' } });
      await harness.ok('plan.open', { path }, 'window-1');
      const before = sha256(path);
      harness.dialogs.answers.newPlanPath = path;
      await harness.fails('in-use', 'plan.create', { name: 'Vervanger', kind: 'company', language: 'nl' }, 'window-2');
      expect(sha256(path)).toBe(before);
      expect(await harness.ok('section.get', { section: 'organisation' }, 'window-1')).toMatchObject({
        name: 'Bestaand',
      });
    });

    it('is not opened by another program while a window has it', async () => {
      const harness = handlerHarness();
      const path = createPlan(harness.dir);
      await harness.ok('plan.open', { path }, 'window-1');
      expect(runInOtherProcess('openInOtherProcess', path).stdout.trim()).toBe('in-use');
    });
  });
});
