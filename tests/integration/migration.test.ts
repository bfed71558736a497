import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../src/storage/fileFormat';
import { FORMAT_VERSION, MIGRATIONS } from '../../src/storage/migrations';
import { openPlanFile } from '../../src/storage/planFile';
import { formatZeroPlan, pragmaOf, withPlan } from '../builders/planFiles';
import { otherFiles, tempDir } from '../builders/tempDir';

describe('a plan from an older version of Paraat', () => {
  it('is brought up to the current format when opened', () => {
    const dir = tempDir();
    const path = formatZeroPlan(join(dir, 'oud.paraat'));
    expect(pragmaOf(path, 'user_version')).toBe(0);

    withPlan(path, (plan) => {
      expect(plan.file.readOnly).toBeNull();
      expect(plan.singleton('organisation').get()).toMatchObject({ name: '', kind: '' });
    });

    expect(pragmaOf(path, 'user_version')).toBe(FORMAT_VERSION);
    expect(pragmaOf(path, 'application_id')).toBe(APPLICATION_ID);
    expect(otherFiles(dir, 'oud.paraat')).toEqual([]);
  });

  it('can be edited after the upgrade and keeps the edits', () => {
    const path = formatZeroPlan(join(tempDir(), 'oud.paraat'));
    withPlan(path, (plan) => plan.singleton('organisation').update({ name: 'Opgewaardeerd' }));
    expect(withPlan(path, (plan) => plan.singleton('organisation').get().name)).toBe('Opgewaardeerd');
  });

  it('is upgraded only once: reopening an upgraded plan changes nothing', () => {
    const path = formatZeroPlan(join(tempDir(), 'oud.paraat'));
    withPlan(path, (plan) => plan.singleton('organisation').update({ name: 'Eenmaal' }));
    const file = openPlanFile(path);
    try {
      const tables = file.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
      expect(tables).toEqual([
        'changes',
        'issued_picture_bytes',
        'items',
        'meta',
        'pictures',
        'section_records',
        'sqlite_sequence',
        'version_pictures',
        'versions',
      ]);
    } finally {
      file.close();
    }
  });

  it('has numbered migrations that only go forward, one per format version', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(FORMAT_VERSION).toBe(MIGRATIONS.length);
  });
});
