import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SECTIONS } from '../../src/domain/plan';
import {
  DATA_STEPS,
  autosavedEdit,
  benchApp,
  exportWord,
  freshCopy,
  health,
  importInventory,
  loadStep,
  openFirstScreen,
  preparePlans,
} from '../../bench/scenario';
import { sectionCounts } from '../../bench/generatePlan';
import { tempDir } from '../builders/tempDir';

/**
 * Every operation of `npm run bench`, once, untimed, at size S: a change that breaks the benchmark
 * breaks this test. (Timings are never asserted: the machines are too noisy.)
 */
describe('the benchmark at size S', () => {
  it('writes a plan that opens through the handlers, with every reference pointing at an existing item', async () => {
    const dir = tempDir();
    const { planPath } = preparePlans(dir, 'S');
    const app = benchApp(dir);
    onTestFinished(() => app.close());

    await openFirstScreen(app, planPath);
    const lists: Record<string, { id: string }[]> = {};
    for (const section of SECTIONS)
      if (section.kind === 'list') lists[section.key] = await app.call('items.list', { section: section.key });
    for (const [key, count] of Object.entries(sectionCounts('S'))) expect(lists[key], key).toHaveLength(count);

    const dangling: string[] = [];
    let references = 0;
    for (const section of SECTIONS) {
      const records =
        section.kind === 'list'
          ? (lists[section.key] as Record<string, unknown>[])
          : [await app.call<Record<string, unknown>>('section.get', { section: section.key })];
      for (const field of section.fields) {
        if (!field.ref) continue;
        const ids = new Set(lists[field.ref]!.map((item) => item.id));
        for (const record of records) {
          const value = record[field.name];
          for (const id of (Array.isArray(value) ? value : [value]).filter(
            (v): v is string => typeof v === 'string' && v !== '',
          )) {
            references++;
            if (!ids.has(id)) dangling.push(`${section.key}.${field.name} → ${id}`);
          }
        }
      }
    }
    expect(dangling).toEqual([]);
    expect(references).toBeGreaterThan(200);
  });

  it('runs every timed operation: steps, an edit, health, CSV import and the Word export', async () => {
    const dir = tempDir();
    const prepared = preparePlans(dir, 'S');
    const app = benchApp(dir);
    onTestFinished(() => app.close());

    await openFirstScreen(app, freshCopy(prepared.planPath, join(dir, 'work.paraat')));
    let records = 0;
    for (const step of DATA_STEPS) records += await loadStep(app, step.sections);
    const counts = sectionCounts('S');
    const expected = DATA_STEPS.flatMap((step) => step.sections).reduce((sum, key) => sum + (counts[key] ?? 1), 0);
    expect(records).toBe(expected);

    await autosavedEdit(app, 'systems-00007', 1);
    const systems = await app.call<{ id: string; name: string }[]>('items.list', { section: 'systems' });
    expect(systems.find((system) => system.id === 'systems-00007')?.name).toBe('Edited system 1');

    await health(app);
    const docx = join(dir, 'plan.docx');
    await exportWord(app, docx);

    await app.call('plan.close');
    await app.call('plan.open', { path: freshCopy(prepared.importTarget, join(dir, 'import.paraat')) });
    const result = await importInventory(app, prepared.csv);
    expect(result).toMatchObject({ added: 50, updated: 0, unresolved: [] });
    const imported = await app.call<{ name: string; dependsOn: string[] }[]>('items.list', { section: 'systems' });
    const original = prepared.plan.sections.systems as unknown as { name: string; dependsOn: string[] }[];
    expect(imported.map((s) => s.name)).toEqual(original.map((s) => s.name));
    expect(imported.map((s) => s.dependsOn.length)).toEqual(original.map((s) => s.dependsOn.length));
  }, 120_000);
});
