import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { savePlanCopy } from '../../src/storage/copy';
import { handlerHarness } from '../builders/handlerHarness';
import { createPlan, openPlan, pragmaOf, sha256, withPlan } from '../builders/planFiles';
import { otherFiles, tempDir } from '../builders/tempDir';
import { APPLICATION_ID } from '../../src/storage/fileFormat';
import { FORMAT_VERSION } from '../../src/storage/migrations';

const copyFailure = (code: string) => expect.objectContaining({ code });

describe('saving a copy of the plan (to a USB stick)', () => {
  it('writes a copy on the stick that holds every edit', () => {
    const dir = tempDir();
    const stick = join(dir, 'stick');
    mkdirSync(stick);
    const plan = openPlan(createPlan(dir, { organisation: { name: 'Gemeente Testdorp' } }));
    try {
      plan.singleton('organisation').update({ name: 'Gemeente Kopiedorp', staffCount: 12 });
      plan.singleton('organisation').update({ scope: 'Alles', nextReviewDate: '2027-03-01' });
      savePlanCopy(plan.db, plan.file.path, join(stick, 'plan.paraat'));
    } finally {
      plan.close();
    }
    expect(readdirSync(stick)).toEqual(['plan.paraat']);
    const copy = withPlan(join(stick, 'plan.paraat'), (opened) => ({
      organisation: opened.singleton('organisation').get(),
      changes: opened.db.prepare('SELECT COUNT(*) FROM changes').pluck().get(),
    }));
    expect(copy.organisation).toMatchObject({
      name: 'Gemeente Kopiedorp',
      staffCount: 12,
      scope: 'Alles',
      nextReviewDate: '2027-03-01',
    });
    expect(copy.changes).toBe(3);
  });

  it('makes a copy that is itself a Paraat plan of the current format', () => {
    const dir = tempDir();
    const plan = openPlan(createPlan(dir));
    try {
      savePlanCopy(plan.db, plan.file.path, join(dir, 'kopie.paraat'));
    } finally {
      plan.close();
    }
    expect(pragmaOf(join(dir, 'kopie.paraat'), 'application_id')).toBe(APPLICATION_ID);
    expect(pragmaOf(join(dir, 'kopie.paraat'), 'user_version')).toBe(FORMAT_VERSION);
    expect(pragmaOf(join(dir, 'kopie.paraat'), 'journal_mode')).toBe('delete');
  });

  it('replaces an older copy on the stick with the current plan', () => {
    const dir = tempDir();
    const target = join(dir, 'kopie.paraat');
    const plan = openPlan(createPlan(dir, { organisation: { name: 'Eerste' } }));
    try {
      savePlanCopy(plan.db, plan.file.path, target);
      plan.singleton('organisation').update({ name: 'Tweede' });
      savePlanCopy(plan.db, plan.file.path, target);
    } finally {
      plan.close();
    }
    expect(withPlan(target, (copy) => copy.singleton('organisation').get().name)).toBe('Tweede');
    expect(otherFiles(dir, 'plan.paraat', 'kopie.paraat')).toEqual([]);
  });

  it('leaves the open plan usable and unchanged', () => {
    const dir = tempDir();
    const path = createPlan(dir);
    const plan = openPlan(path);
    try {
      const before = sha256(path);
      savePlanCopy(plan.db, plan.file.path, join(dir, 'kopie.paraat'));
      expect(sha256(path)).toBe(before);
      plan.singleton('organisation').update({ name: 'Na de kopie' });
    } finally {
      plan.close();
    }
    expect(withPlan(path, (reopened) => reopened.singleton('organisation').get().name)).toBe('Na de kopie');
  });

  it.each([
    ['the same path', (path: string) => path],
    ['the same path written differently', (path: string) => join(path, '..', '.', 'plan.paraat')],
  ])('refuses to overwrite the open plan itself (%s)', (_how, samePath) => {
    const dir = tempDir();
    const path = createPlan(dir);
    const plan = openPlan(path);
    try {
      plan.singleton('organisation').update({ name: 'Niet overschrijven' });
      const before = sha256(path);
      expect(() => savePlanCopy(plan.db, plan.file.path, samePath(path))).toThrow(copyFailure('copy-failed'));
      expect(sha256(path)).toBe(before);
      expect(otherFiles(dir, 'plan.paraat', 'plan.paraat-journal')).toEqual([]);
      plan.singleton('organisation').update({ sector: 'Nog bewerkbaar' });
    } finally {
      plan.close();
    }
    expect(withPlan(path, (reopened) => reopened.singleton('organisation').get())).toMatchObject({
      name: 'Niet overschrijven',
      sector: 'Nog bewerkbaar',
    });
  });

  it('refuses to overwrite another plan that is open, which would silently lose that plan’s edits', () => {
    const dir = tempDir();
    const mine = openPlan(createPlan(dir, { fileName: 'mijn.paraat', organisation: { name: 'Mijn plan' } }));
    const othersPath = createPlan(dir, { fileName: 'ander.paraat', organisation: { name: 'Ander plan' } });
    const other = openPlan(othersPath);
    try {
      const before = sha256(othersPath);
      expect(() => savePlanCopy(mine.db, mine.file.path, othersPath)).toThrow(copyFailure('in-use'));
      expect(sha256(othersPath)).toBe(before);
      other.singleton('organisation').update({ sector: 'Bewerking van de ander' });
    } finally {
      other.close();
      mine.close();
    }
    expect(withPlan(othersPath, (plan) => plan.singleton('organisation').get())).toMatchObject({
      name: 'Ander plan',
      sector: 'Bewerking van de ander',
    });
    expect(otherFiles(dir, 'mijn.paraat', 'ander.paraat')).toEqual([]);
  });

  it('fails with write-failed when the folder on the stick is gone, leaving nothing behind', () => {
    const dir = tempDir();
    const plan = openPlan(createPlan(dir));
    try {
      expect(() => savePlanCopy(plan.db, plan.file.path, join(dir, 'weg', 'kopie.paraat'))).toThrow(
        copyFailure('write-failed'),
      );
    } finally {
      plan.close();
    }
    expect(existsSync(join(dir, 'weg'))).toBe(false);
    expect(otherFiles(dir, 'plan.paraat')).toEqual([]);
  });

  it('fails without leaving a temporary or half file when the target cannot be replaced', () => {
    const dir = tempDir();
    const target = join(dir, 'kopie.paraat');
    mkdirSync(target);
    writeFileSync(join(target, 'iets.txt'), 'inhoud');
    const plan = openPlan(createPlan(dir));
    try {
      expect(() => savePlanCopy(plan.db, plan.file.path, target)).toThrow(copyFailure('write-failed'));
    } finally {
      plan.close();
    }
    expect(otherFiles(dir, 'plan.paraat', 'kopie.paraat')).toEqual([]);
    expect(readdirSync(target)).toEqual(['iets.txt']);
  });

  it('keeps the previous copy intact when a new copy fails', () => {
    const dir = tempDir();
    const target = join(dir, 'kopie.paraat');
    const plan = openPlan(createPlan(dir, { organisation: { name: 'Vorige kopie' } }));
    try {
      savePlanCopy(plan.db, plan.file.path, target);
      const before = sha256(target);
      plan.db.exec('DROP TABLE meta'); // a plan that no longer matches what a copy must hold
      expect(() => savePlanCopy(plan.db, plan.file.path, target)).toThrow(copyFailure('write-failed'));
      expect(sha256(target)).toBe(before);
    } finally {
      plan.close();
    }
    expect(otherFiles(dir, 'plan.paraat', 'kopie.paraat')).toEqual([]);
  });

  describe('through the window', () => {
    it('suggests the organisation name and returns where the copy went', async () => {
      const harness = handlerHarness();
      harness.dialogs.answers.newPlanPath = join(harness.dir, 'plan.paraat');
      await harness.ok('plan.create', { name: 'Gemeente Testdorp', kind: 'municipality-netherlands', language: 'nl' });
      await harness.ok('section.update', { section: 'organisation', patch: { name: 'Gemeente Stickdorp' } });
      harness.dialogs.answers.copyPath = join(harness.dir, 'stick.paraat');
      expect(await harness.ok('plan.saveCopy')).toEqual({ path: join(harness.dir, 'stick.paraat') });
      expect(harness.dialogs.suggested.at(-1)).toBe('Gemeente Stickdorp.paraat');
      expect(withPlan(join(harness.dir, 'stick.paraat'), (copy) => copy.singleton('organisation').get().name)).toBe(
        'Gemeente Stickdorp',
      );
    });

    it('does nothing when the user cancels the dialog', async () => {
      const harness = handlerHarness();
      harness.dialogs.answers.newPlanPath = join(harness.dir, 'plan.paraat');
      await harness.ok('plan.create', { name: 'Testdorp', kind: 'company', language: 'nl' });
      harness.dialogs.answers.copyPath = null;
      expect(await harness.ok('plan.saveCopy')).toBeNull();
      expect(otherFiles(harness.dir, 'plan.paraat', 'settings', 'plan.paraat-journal')).toEqual([]);
    });

    it('refuses to overwrite the plan open in another window', async () => {
      const harness = handlerHarness();
      const mine = createPlan(harness.dir, { fileName: 'mijn.paraat' });
      const other = createPlan(harness.dir, { fileName: 'ander.paraat', organisation: { name: 'Ander' } });
      await harness.ok('plan.open', { path: mine }, 'window-1');
      await harness.ok('plan.open', { path: other }, 'window-2');
      const before = sha256(other);
      harness.dialogs.answers.copyPath = other;
      await harness.fails('in-use', 'plan.saveCopy', undefined, 'window-1');
      expect(sha256(other)).toBe(before);
      await harness.ok('section.update', { section: 'organisation', patch: { sector: 'Veilig' } }, 'window-2');
    });

    it('refuses with copy-failed when the user picks the open plan itself', async () => {
      const harness = handlerHarness();
      const path = createPlan(harness.dir);
      await harness.ok('plan.open', { path });
      harness.dialogs.answers.copyPath = path;
      await harness.fails('copy-failed', 'plan.saveCopy');
    });

    it('needs an open plan', async () => {
      const harness = handlerHarness();
      harness.dialogs.answers.copyPath = join(harness.dir, 'kopie.paraat');
      await harness.fails('no-plan-open', 'plan.saveCopy');
      expect(existsSync(join(harness.dir, 'kopie.paraat'))).toBe(false);
    });
  });
});
