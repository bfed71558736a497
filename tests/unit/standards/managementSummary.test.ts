import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../../src/domain/planJson';
import { planDocumentModel } from '../../../src/export/exportPlan';
import type { Block } from '../../../src/export/model';

const NOW = new Date('2026-12-06T09:00:00Z');

function plan(sections: PlanJson['sections']): PlanJson {
  return { format: 'paraat-plan', formatVersion: 1, language: 'en', sections };
}

const model = (sections: PlanJson['sections']) =>
  planDocumentModel(plan(sections), { language: 'en', includePrivate: false, now: NOW });

const definitions = (blocks: Block[]) =>
  Object.fromEntries(
    blocks.flatMap((block) => (block.kind === 'definitions' ? block.entries.map((e) => [e.term, e.value]) : [])),
  );
const tables = (blocks: Block[]) => blocks.filter((block) => block.kind === 'table');

describe('the management summary', () => {
  const sections: PlanJson['sections'] = {
    organisation: { name: 'Beekzande', kind: 'municipality-flanders', activatedBy: 'The general director' },
    services: [
      { id: 's1', name: 'Civil affairs', rtoHours: 8, rpoHours: 1, fullyRecoveredWhen: 'A certificate prints' },
      { id: 's2', name: 'Phones', rtoHours: 4, rpoHours: 24 },
      { id: 's3', name: 'Archive', rtoHours: 72, rpoHours: 24 },
    ],
    exercises: [
      { id: 'e1', title: 'Restore', type: 'restore', plannedOn: '2026-05-01', doneOn: '2026-05-12' },
      { id: 'e2', title: 'Tabletop', type: 'tabletop', plannedOn: '2026-10-15', doneOn: '2026-10-15' },
    ],
    backups: [{ id: 'b1', name: 'NAS', lastRestoreTest: '2026-05-20' }],
  };

  it('is the first chapter and says who activates, the last exercise and the last restore test', () => {
    const summary = model(sections).chapters[0]!;
    expect(summary).toMatchObject({ id: 'summary', number: '1', title: 'Management summary' });
    expect(definitions(summary.blocks)).toMatchObject({
      'Who activates the plan': 'The general director',
      'Last exercise': '15 October 2026',
      'Last restore test': '20 May 2026',
      'Next review': '—',
    });
  });

  it('lists the services that must be back within a day, tightest RTO first', () => {
    const [services] = tables(model(sections).chapters[0]!.blocks);
    expect(services!.kind === 'table' && services!.rows.map((row) => row[0])).toEqual(['Phones', 'Civil affairs']);
  });

  it('counts the open findings and lists the important ones, all of them again in the last annex', () => {
    const document = model({ organisation: { name: 'Beekzande', kind: 'municipality-flanders' } });
    const summary = document.chapters[0]!;
    expect(definitions(summary.blocks)['Points needing attention']).toMatch(/^\d+ important, \d+ attention, \d+ tip$/);
    const findings = tables(summary.blocks)[0];
    expect(findings?.kind === 'table' && findings.rows.map((row) => row[1])).toContain(
      'The plan does not say that you report a personal-data breach to the Flemish Supervisory Commission (VTC) within 72 hours. Add that duty.',
    );
    const annex = document.annexes.at(-1)!;
    expect(annex.id).toBe('annex-findings');
    expect(annex.blocks).toContainEqual({ kind: 'heading', level: 2, text: 'Communication' });
  });

  it('leaves a finding that quotes a private number out of the edition without private data', () => {
    const sections: PlanJson['sections'] = {
      organisation: { name: 'Beekzande', kind: 'company' },
      people: [{ id: 'p1', name: 'An', privatePhone: '12', privateConsent: true }],
    };
    const annexText = (includePrivate: boolean) =>
      JSON.stringify(
        planDocumentModel(plan(sections), { language: 'en', includePrivate, now: NOW }).annexes.at(-1)!.blocks,
      );
    expect(annexText(true)).toContain('12 ');
    expect(annexText(false)).not.toContain('12 ');
  });
});
