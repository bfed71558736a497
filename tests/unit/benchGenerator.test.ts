import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/domain/plan';
import { planJsonSchema } from '../../src/domain/planJson';
import { validatePatch } from '../../src/domain/section';
import { generatePlanJson, sectionCounts } from '../../bench/generatePlan';

describe('the benchmark plan generator', () => {
  it('gives the same plan for the same seed and another plan for another seed', () => {
    expect(JSON.stringify(generatePlanJson('S', 7))).toBe(JSON.stringify(generatePlanJson('S', 7)));
    expect(JSON.stringify(generatePlanJson('S', 8))).not.toBe(JSON.stringify(generatePlanJson('S', 7)));
  });

  it('has the sizes the issue asks for, XL four times L', () => {
    expect(sectionCounts('S')).toMatchObject({ systems: 50, people: 30 });
    expect(sectionCounts('M')).toMatchObject({ systems: 500, people: 150 });
    expect(sectionCounts('L')).toMatchObject({
      systems: 2000,
      people: 400,
      services: 200,
      scenarios: 60,
      scenarioSteps: 900,
      incidents: 2000,
    });
    const l = sectionCounts('L');
    const xl = sectionCounts('XL');
    for (const key of Object.keys(l)) expect(xl[key], key).toBe(l[key]! * 4);
  });

  it('fills every section of the plan with values its schema accepts', () => {
    const plan = planJsonSchema.parse(generatePlanJson('S'));
    for (const section of SECTIONS) {
      const content = plan.sections[section.key];
      expect(content, section.key).toBeDefined();
      const records = Array.isArray(content) ? content : [content];
      for (const { id: _id, ...fields } of records as Record<string, unknown>[]) {
        const checked = validatePatch(section, fields);
        expect(checked.ok ? [] : checked.problems, section.key).toEqual([]);
      }
    }
  });

  it('makes a dependency graph without cycles: a system only needs systems listed before it', () => {
    const systems = generatePlanJson('M').sections.systems as { id: string; dependsOn: string[] }[];
    const position = new Map(systems.map((system, index) => [system.id, index]));
    expect(systems.some((system) => system.dependsOn.length > 0)).toBe(true);
    for (const [index, system] of systems.entries())
      for (const id of system.dependsOn) expect(position.get(id)).toBeLessThan(index);
  });
});
