import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PlanDocument } from '../../src/storage/planDocument';
import { openPlanFile } from '../../src/storage/planFile';
import { handlerHarness } from '../builders/handlerHarness';
import { createPlan, formatZeroPlan, sha256 } from '../builders/planFiles';
import { otherFiles, tempDir } from '../builders/tempDir';

/** Root (a CI container, say) writes through any permission bit, so these tests cannot work there. */
function permissionsAreEnforced(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'paraat-permissions-'));
  const probe = join(dir, 'probe');
  try {
    writeFileSync(probe, '');
    chmodSync(probe, 0o444);
    try {
      closeSync(openSync(probe, 'r+'));
      return false;
    } catch {
      return true;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const enforced = permissionsAreEnforced();

describe('a plan the user may not write', () => {
  beforeEach((context) =>
    context.skip(!enforced, 'this user (root) can write to read-only files, so a read-only plan cannot be made here'),
  );

  it('opens read-only when the file is write-protected, and refuses edits without touching it', () => {
    const dir = tempDir();
    const path = createPlan(dir, { organisation: { name: 'Alleen lezen' } });
    chmodSync(path, 0o444);
    const before = sha256(path);

    const plan = new PlanDocument(openPlanFile(path));
    try {
      expect(plan.file.readOnly).toBe('file');
      expect(plan.singleton('organisation').get().name).toBe('Alleen lezen');
      expect(() => plan.assertWritable()).toThrow(expect.objectContaining({ code: 'read-only' }));
    } finally {
      plan.close();
    }
    expect(sha256(path)).toBe(before);
    expect(otherFiles(dir, 'plan.paraat')).toEqual([]);
  });

  it('opens read-only when the folder is write-protected (a locked stick, a CD)', () => {
    const dir = tempDir();
    const path = createPlan(dir);
    const before = sha256(path);
    chmodSync(dir, 0o555);
    const file = openPlanFile(path);
    try {
      expect(file.readOnly).toBe('medium');
    } finally {
      file.close();
    }
    chmodSync(dir, 0o755);
    expect(sha256(path)).toBe(before);
    expect(otherFiles(dir, 'plan.paraat')).toEqual([]);
  });

  it('shows an older-format plan on a write-protected medium without upgrading the file', () => {
    const dir = tempDir();
    const path = formatZeroPlan(join(dir, 'oud.paraat'));
    const before = sha256(path);
    chmodSync(path, 0o444);
    const plan = new PlanDocument(openPlanFile(path));
    try {
      expect(plan.file.readOnly).toBe('file');
      expect(plan.singleton('organisation').get().name).toBe('');
    } finally {
      plan.close();
    }
    expect(sha256(path)).toBe(before);
  });

  it('refuses edits through the window with read-only, and the file keeps every byte', async () => {
    const harness = handlerHarness();
    const path = createPlan(harness.dir, { organisation: { name: 'Alleen lezen' } });
    chmodSync(path, 0o444);
    const before = sha256(path);

    const summary = await harness.ok<{ readOnly: string | null }>('plan.open', { path });
    expect(summary.readOnly).toBe('file');
    await harness.fails('read-only', 'section.update', { section: 'organisation', patch: { name: 'Toch bewerkt' } });
    expect(await harness.ok('section.get', { section: 'organisation' })).toMatchObject({ name: 'Alleen lezen' });
    await harness.ok('plan.close');
    expect(sha256(path)).toBe(before);
  });

  it('can still be saved as a copy somewhere writable', async () => {
    const harness = handlerHarness();
    const path = createPlan(harness.dir, { organisation: { name: 'Alleen lezen' } });
    chmodSync(path, 0o444);
    await harness.ok('plan.open', { path });
    harness.dialogs.answers.copyPath = join(harness.dir, 'kopie.paraat');
    await harness.ok('plan.saveCopy');
    await harness.ok('plan.close');
    const copy = new PlanDocument(openPlanFile(join(harness.dir, 'kopie.paraat')));
    try {
      expect(copy.file.readOnly).toBeNull();
      expect(copy.singleton('organisation').get().name).toBe('Alleen lezen');
    } finally {
      copy.close();
    }
  });
});
