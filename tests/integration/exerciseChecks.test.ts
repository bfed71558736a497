import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/export/docx/renderDocx';
import { planDocumentModel } from '../../src/export/exportPlan';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { EXAMPLES_DIRECTORY, handlerHarness } from '../builders/handlerHarness';

type Item = Record<string, unknown> & { id: string };
interface Finding {
  code: string;
  itemId?: string;
}

describe('a check result recorded in an exercise entered by hand', () => {
  it('is kept after reopening, and a failed one stays a finding until a later exercise passes it', async () => {
    const harness = handlerHarness();
    const path = join(harness.dir, 'plan.paraat');
    harness.dialogs.answers.newPlanPath = path;
    await harness.ok('plan.create', { name: 'Testdorp', kind: 'municipality-flanders', language: 'nl' });
    const scenario = await harness.ok<Item>('items.add', { section: 'scenarios', data: { title: 'Ransomware' } });
    const check = await harness.ok<Item>('items.add', {
      section: 'playbookChecks',
      data: { scenario: scenario.id, check: 'Bestanden openen', expected: 'Ze openen' },
    });
    const exercise = await harness.ok<Item>('items.add', {
      section: 'exercises',
      data: {
        title: 'Hersteltest',
        type: 'restore',
        plannedOn: '2026-05-12',
        doneOn: '2026-05-12',
        scenarios: [scenario.id],
      },
    });
    await harness.ok('items.add', {
      section: 'exerciseChecks',
      data: {
        exercise: exercise.id,
        check: check.id,
        outcome: 'failed',
        actual: 'Eén map leeg',
        checkedOn: '2026-05-12',
      },
    });
    const failedFindings = async () =>
      (await harness.ok<{ warnings: Finding[] }>('plan.health')).warnings.filter(
        (finding) => finding.code === 'validation-check-failed' && finding.itemId === check.id,
      );
    expect(await failedFindings()).toHaveLength(1);

    await harness.ok('plan.close');
    await harness.ok('plan.open', { path });
    const results = await harness.ok<Item[]>('items.list', { section: 'exerciseChecks' });
    expect(results).toEqual([
      expect.objectContaining({ exercise: exercise.id, check: check.id, outcome: 'failed', actual: 'Eén map leeg' }),
    ]);
    expect(await failedFindings()).toHaveLength(1);

    const retest = await harness.ok<Item>('items.add', {
      section: 'exercises',
      data: {
        title: 'Hertest',
        type: 'restore',
        plannedOn: '2026-06-01',
        doneOn: '2026-06-01',
        scenarios: [scenario.id],
      },
    });
    await harness.ok('items.add', {
      section: 'exerciseChecks',
      data: { exercise: retest.id, check: check.id, outcome: 'passed', actual: 'Alles opent' },
    });
    expect(await failedFindings()).toEqual([]);
  });
});

describe.each([
  ['nl', 'Resultaten van de controles in oefeningen', 'Alle tien bestanden openen zonder fout'],
  ['en', 'Results of the checks in exercises', 'All ten files open without an error'],
] as const)('the example plan in %s', (language, title, actual) => {
  it('prints the check results of its restore exercise in the tests chapter of its Word export', async () => {
    const model = planDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, language), { language, includePrivate: false });
    const xml = strFromU8(unzipSync(await renderDocx(model))['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]!).join('');
    expect(text).toContain(title);
    expect(text).toContain(actual);
  });
});
