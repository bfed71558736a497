import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { handlerHarness } from '../builders/handlerHarness';
import { createPlan, openPlan, withPlan } from '../builders/planFiles';
import { issueVersion, listVersions, readVersion } from '../../src/storage/versions';
import { toPlanJson } from '../../src/storage/planJson';

describe('issued versions', () => {
  it('read back exactly as issued after later edits and a reopen', () => {
    const dir = handlerHarness().dir;
    const path = createPlan(dir, { organisation: { name: 'Beekzande', scope: 'Gemeentehuis' } });
    const issued = withPlan(path, (plan) => {
      issueVersion(plan, {
        number: '1.0',
        comment: 'Eerste versie',
        approvedBy: 'Vast bureau',
        approvedOn: '2026-09-15',
      });
      return toPlanJson(plan);
    });
    withPlan(path, (plan) => plan.singleton('organisation').update({ scope: 'Gemeentehuis en werf' }));
    withPlan(path, (plan) => {
      expect(readVersion(plan, '1.0')).toEqual(issued);
      expect((readVersion(plan, '1.0').sections.organisation as Record<string, unknown>).scope).toBe('Gemeentehuis');
      expect(plan.singleton('organisation').get().scope).toBe('Gemeentehuis en werf');
    });
  });

  it('stamp the plan with the issued number and approval, so exports state their version', () => {
    const path = createPlan(handlerHarness().dir);
    withPlan(path, (plan) => {
      issueVersion(plan, { number: '2.0', comment: '', approvedBy: 'College van B&W', approvedOn: '2026-11-01' });
      expect(plan.singleton('organisation').get()).toMatchObject({
        planVersion: '2.0',
        approvedBy: 'College van B&W',
        approvedOn: '2026-11-01',
      });
    });
  });

  it('refuse a number that is not after the newest version, or not a number', () => {
    const path = createPlan(handlerHarness().dir);
    withPlan(path, (plan) => {
      issueVersion(plan, { number: '1.1', comment: '', approvedBy: '', approvedOn: '' });
      expect(() => issueVersion(plan, { number: '1.1', comment: '', approvedBy: '', approvedOn: '' })).toThrow(
        /not after/,
      );
      expect(() => issueVersion(plan, { number: '1.0', comment: '', approvedBy: '', approvedOn: '' })).toThrow(
        /not after/,
      );
      expect(() => issueVersion(plan, { number: 'v2', comment: '', approvedBy: '', approvedOn: '' })).toThrow(
        /Not a version number/,
      );
      expect(listVersions(plan).map((v) => v.number)).toEqual(['1.1']);
    });
  });

  it('go through the handlers: issue, edit, issue again, compare and record of changes', async () => {
    const app = handlerHarness();
    app.dialogs.answers.newPlanPath = join(app.dir, 'plan.paraat');
    await app.ok('plan.create', { name: 'Beekzande', kind: 'municipality-flanders', language: 'nl' });
    const first = await app.ok<{ suggestedNumber: string; changesSinceLast: number }>('versions.list');
    expect(first.suggestedNumber).toBe('1.0');
    expect(first.changesSinceLast).toBeGreaterThan(0);
    await app.ok('versions.issue', {
      number: '1.0',
      comment: 'Eerste versie',
      approvedBy: 'Vast bureau',
      approvedOn: '2026-09-15',
    });
    expect((await app.ok<{ changesSinceLast: number }>('versions.list')).changesSinceLast).toBe(0);

    await app.ok('section.update', { section: 'organisation', patch: { scope: 'Alle diensten' } });
    const sinceIssue = await app.ok<{ section: string; changed: { fields: string[] }[] }[]>('versions.compare', {
      from: '1.0',
      to: 'current',
    });
    expect(sinceIssue).toEqual([
      { section: 'organisation', added: [], removed: [], changed: [{ id: '', title: '', fields: ['scope'] }] },
    ]);

    await app.ok('versions.issue', {
      number: '1.1',
      comment: 'Toepassingsgebied',
      approvedBy: 'Vast bureau',
      approvedOn: '2026-10-01',
    });
    const record = await app.ok<{ number: string; sectionsChanged: string[] }[]>('versions.record');
    expect(record.map((r) => [r.number, r.sectionsChanged])).toEqual([
      ['1.1', ['organisation']],
      ['1.0', expect.arrayContaining(['organisation'])],
    ]);
    await app.fails('version-exists', 'versions.issue', { number: '1.1', comment: '', approvedBy: '', approvedOn: '' });
    await app.fails('unknown-version', 'versions.compare', { from: '9.9', to: 'current' });
    await app.fails('invalid-request', 'versions.issue', {
      number: '1.2',
      comment: '',
      approvedBy: '',
      approvedOn: 'gisteren',
    });
  });

  it('keep the plan file small: a version of the example plan costs a few kilobytes', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'nl' });
    const { suggestedNumber } = await app.ok<{ suggestedNumber: string }>('versions.list');
    await app.ok('versions.issue', { number: suggestedNumber, comment: '', approvedBy: '', approvedOn: '' });
    const path = (await app.ok<{ path: string }>('plan.current')).path;
    app.closeWindow('main');
    const plan = openPlan(path);
    try {
      const size = (plan.db.prepare('SELECT MAX(length(snapshot)) AS n FROM versions').get() as { n: number }).n;
      const raw = JSON.stringify(toPlanJson(plan)).length;
      expect(size).toBeLessThan(raw / 3);
    } finally {
      plan.close();
    }
  });
});

describe('the example plan', () => {
  it('carries a history of issued versions, with what changed between them', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'nl' });
    const record = await app.ok<{ number: string; sectionsChanged: string[] }[]>('versions.record');
    expect(record.map((r) => r.number)).toEqual(['1.0', '0.9']);
    expect(record[0]?.sectionsChanged).toEqual(expect.arrayContaining(['risks', 'scenarios', 'communication']));
    const sinceFirst = await app.ok<{ section: string; added: unknown[] }[]>('versions.compare', {
      from: '0.9',
      to: '1.0',
    });
    expect(sinceFirst.find((d) => d.section === 'risks')?.added.length).toBeGreaterThan(0);
    const overview = await app.ok<{ changesSinceLast: number }>('versions.list');
    expect(overview.changesSinceLast).toBeGreaterThan(0);
    const organisation = await app.ok<{ planVersion: string }>('section.get', { section: 'organisation' });
    expect(organisation.planVersion).toBe('1.0');
  });
});
