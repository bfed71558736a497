import { describe, expect, it } from 'vitest';
import { generatePlanJson } from '../../bench/generatePlan';
import { planDocumentModel, planRenderContext } from '../../src/export/exportPlan';
import { planFindings } from '../../src/export/planFindings';
import type { Block, Chapter } from '../../src/export/model';

const NOW = new Date('2026-12-06T09:00:00Z');

describe('the document of a large plan', { timeout: 120_000 }, () => {
  const plan = generatePlanJson('M');
  const options = { language: 'en', includePrivate: true, now: NOW } as const;
  const model = planDocumentModel(plan, options);
  const chapter = (id: string) => [...model.chapters, ...model.annexes].find((c) => c.id === id) as Chapter;
  const tables = (blocks: Block[]) => blocks.filter((block) => block.kind === 'table');
  const systems = plan.sections.systems as unknown as { name: string }[];

  it('lists every system once in a register of one line each: name, kind, supplier, owner, location', () => {
    const inventory = chapter('inventory');
    const register = tables(inventory.blocks).find(
      (table) => table.columns[0] === 'Name' && table.rows.length === systems.length,
    );
    expect(register?.columns).toEqual(['Name', 'Kind', 'Supplier', 'Responsible person', 'Location']);
    expect(register?.rows.map((row) => row[0])).toEqual(systems.map((system) => system.name));
  });

  it('describes in detail only the time-critical systems, and says so under the register', () => {
    const inventory = chapter('inventory');
    const detailTables = tables(inventory.blocks).filter((table) => table.rows.length !== systems.length);
    const detailed = detailTables[0]!.rows.length;
    expect(detailed).toBeGreaterThan(0);
    expect(detailed).toBeLessThan(systems.length);
    expect(
      inventory.blocks.some((block) => block.kind === 'paragraph' && block.text.includes(`describes the ${detailed}`)),
    ).toBe(true);
    // The register's columns are not printed a second time in the details.
    expect(detailTables[0]!.columns).not.toContain('Supplier');
  });

  it('prints the first findings of each kind per step and counts the rest, so none is lost unsaid', () => {
    const rows = tables(chapter('annex-findings').blocks).flatMap((table) => table.rows);
    const counts = rows.map((row) => Number(/^And (\d+) more findings of the same kind/.exec(row[1]!)?.[1] ?? 0));
    const printed = counts.filter((count) => count === 0).length;
    const counted = counts.reduce((sum, count) => sum + count, 0);
    expect(counted).toBeGreaterThan(printed);
    expect(printed + counted).toBe(planFindings({ ...planRenderContext(plan, options), plan }, NOW).length);
  });

  it('names at most eight services beside a system in the restart order, and counts the rest', () => {
    const order = tables(chapter('priorities').blocks)[0]!;
    const neededFor = order.rows.map((row) => row[5]!);
    const counted = neededFor.filter((text) => / and \d+ more$/.test(text));
    expect(counted.length).toBeGreaterThan(0);
    for (const text of counted) expect(text.replace(/ and \d+ more$/, '').split(', ')).toHaveLength(8);
  });
});
