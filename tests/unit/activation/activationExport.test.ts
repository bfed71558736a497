import { describe, expect, it } from 'vitest';
import { buildDocumentModel } from '../../../src/export/documentModel';
import { exportTranslator } from '../../../src/export/translator';
import { loadExamplePlan } from '../../../src/storage/examplePlan';
import { EXAMPLES_DIRECTORY } from '../../builders/handlerHarness';

const t = exportTranslator('en', 'flanders');
const options = { language: 'en' as const, includePrivate: false, now: new Date('2026-11-23T12:00:00Z') };

describe('the activation log in the plan document', () => {
  it('says so when the plan was never activated', () => {
    const model = buildDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, 'en'), t, options);
    const other = model.chapters.find((chapter) => chapter.id === 'other');
    expect(JSON.stringify(other?.blocks)).toContain('The plan has not been activated yet.');
  });

  it('prints a running activation with its call list and its log, at any moment', () => {
    const plan = loadExamplePlan(EXAMPLES_DIRECTORY, 'en');
    plan.sections.activations = [
      {
        id: 'act-1',
        title: 'Exercise: Ransomware',
        kind: 'exercise',
        level: 'major',
        scenarios: ['scenario-ransomware'],
        startedAt: '2026-11-23T08:00:00.000Z',
        status: 'active',
        cause: 'Phishing mail',
      },
    ];
    plan.sections.activationEvents = [
      {
        id: 'e2',
        activation: 'act-1',
        at: '2026-11-23T08:10:00.000Z',
        kind: 'step',
        target: 'step-ransom-1',
        outcome: 'done',
        by: 'Eline',
        text: 'Take affected devices off the network: Done',
      },
      {
        id: 'e1',
        activation: 'act-1',
        at: '2026-11-23T08:03:00.000Z',
        kind: 'call',
        target: 'role-helpdesk',
        person: 'person-pieter',
        outcome: 'not-reached',
        by: 'Eline',
        text: 'Pieter Wouters (Helpdesk): Not reached',
      },
    ];
    const model = buildDocumentModel(plan, t, options);
    const other = model.chapters.find((chapter) => chapter.id === 'other');
    expect(other).toBeDefined();
    const text = JSON.stringify(other!.blocks);
    expect(text).toContain('Phishing mail');
    expect(text).toContain('Lotte Janssens (deputy)');
    const log = other!.blocks.filter((block) => block.kind === 'table').at(-1);
    expect(log?.kind === 'table' && log.rows.map((row) => row[2])).toEqual([
      'Pieter Wouters (Helpdesk): Not reached',
      'Take affected devices off the network: Done',
    ]);
  });
});
