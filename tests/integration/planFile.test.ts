import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../src/storage/fileFormat';
import { FORMAT_VERSION } from '../../src/storage/migrations';
import { createPlan, openPlan, pragmaOf, withPlan } from '../builders/planFiles';
import { runInOtherProcess } from '../builders/otherProcess';
import { otherFiles, tempDir } from '../builders/tempDir';

describe('a plan file', () => {
  it('keeps an edited organisation name after closing and reopening', () => {
    const path = createPlan(tempDir(), { organisation: { name: 'Gemeente Testdorp' } });
    withPlan(path, (plan) => plan.singleton('organisation').update({ name: 'Gemeente Nieuwdorp', staffCount: 55 }));
    const organisation = withPlan(path, (plan) => plan.singleton('organisation').get());
    expect(organisation).toMatchObject({
      name: 'Gemeente Nieuwdorp',
      staffCount: 55,
      kind: 'municipality-netherlands',
    });
  });

  it('holds what it was created with', () => {
    const path = createPlan(tempDir(), {
      organisation: { name: 'Bedrijf BV', kind: 'company', sector: 'Logistiek' },
      language: 'en',
    });
    withPlan(path, (plan) => {
      expect(plan.singleton('organisation').get()).toMatchObject({
        name: 'Bedrijf BV',
        kind: 'company',
        sector: 'Logistiek',
      });
      expect(plan.meta.get('language')).toBe('en');
    });
  });

  it('carries the Paraat application id and the current format version, so other tools recognise it', () => {
    const path = createPlan(tempDir());
    expect(pragmaOf(path, 'application_id')).toBe(APPLICATION_ID);
    expect(pragmaOf(path, 'user_version')).toBe(FORMAT_VERSION);
    withPlan(path, (plan) => plan.singleton('organisation').update({ name: 'Na een bewerking' }));
    expect(pragmaOf(path, 'application_id')).toBe(APPLICATION_ID);
    expect(pragmaOf(path, 'user_version')).toBe(FORMAT_VERSION);
  });

  it('is one single file: no journal or WAL next to it once edits are done and the plan is closed', () => {
    const dir = tempDir();
    const path = createPlan(dir);
    expect(otherFiles(dir, 'plan.paraat')).toEqual([]);
    withPlan(path, (plan) => {
      for (let i = 0; i < 5; i++) plan.singleton('organisation').update({ name: `Versie ${i}` });
      expect(plan.db.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(otherFiles(dir, 'plan.paraat', 'plan.paraat-journal')).toEqual([]);
    });
    expect(otherFiles(dir, 'plan.paraat')).toEqual([]);
  });

  it('replaces an older file at the same place only with a complete new plan', () => {
    const dir = tempDir();
    const path = createPlan(dir, { organisation: { name: 'Oud' } });
    createPlan(dir, { organisation: { name: 'Nieuw' } });
    expect(withPlan(path, (plan) => plan.singleton('organisation').get().name)).toBe('Nieuw');
    expect(otherFiles(dir, 'plan.paraat')).toEqual([]);
  });

  it('refuses to replace a plan that is open, and leaves that plan as it was', () => {
    const dir = tempDir();
    const path = createPlan(dir, { organisation: { name: 'In gebruik' } });
    const open = openPlan(path);
    try {
      expect(() => createPlan(dir, { organisation: { name: 'Vervanger' } })).toThrow(
        expect.objectContaining({ code: 'in-use' }),
      );
      expect(open.singleton('organisation').get().name).toBe('In gebruik');
      open.singleton('organisation').update({ name: 'Nog steeds bewerkbaar' });
    } finally {
      open.close();
    }
    expect(withPlan(path, (plan) => plan.singleton('organisation').get().name)).toBe('Nog steeds bewerkbaar');
    expect(otherFiles(dir, 'plan.paraat')).toEqual([]);
  });

  it('while open, keeps at most an emptied journal beside it that holds no pending transaction', () => {
    const dir = tempDir();
    const path = createPlan(dir);
    withPlan(path, (plan) => {
      plan.singleton('organisation').update({ name: 'Bewerkt' });
      // Exclusive locking mode keeps the journal file between transactions but zeroes its header,
      // which is what makes SQLite ignore it after a crash instead of rolling anything back.
      const journal = join(dir, 'plan.paraat-journal');
      if (existsSync(journal))
        expect(
          readFileSync(journal)
            .subarray(0, 28)
            .every((byte) => byte === 0),
        ).toBe(true);
    });
  });

  it('loses no saved edit when the app is killed while the plan is open', () => {
    const dir = tempDir();
    const path = createPlan(dir, { organisation: { name: 'Voor de crash' } });
    const child = runInOtherProcess('killedWhileEditing', path);
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(child.stdout).toContain('edited');

    const organisation = withPlan(path, (plan) => plan.singleton('organisation').get());
    expect(organisation).toMatchObject({ name: 'Na de crash', sector: 'Bewerking 3' });

    // The journal a crash leaves behind disappears with the next editing session.
    withPlan(path, (plan) => plan.singleton('organisation').update({ sector: 'Na herstel' }));
    expect(otherFiles(dir, 'plan.paraat')).toEqual([]);
    expect(withPlan(path, (plan) => plan.singleton('organisation').get().sector)).toBe('Na herstel');
  });
});
