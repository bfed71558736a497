import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePlanJson } from '../../bench/generatePlan';
import { HEALTH_RULES, type PlanHealth, localIsoDate, planHealth } from '../../src/domain/health';
import { findSection } from '../../src/domain/plan';
import type { ListSection } from '../../src/domain/section';
import { createPlanFile } from '../../src/storage/planFile';
import { fillFromJson } from '../../src/storage/planJson';
import { listRepository } from '../../src/storage/sectionRepository';
import { type Harness, handlerHarness } from '../builders/handlerHarness';
import { openPlan, withPlan } from '../builders/planFiles';
import { tempDir } from '../builders/tempDir';

/**
 * The open plan keeps each section's records (and its health) in memory between calls. These tests
 * edit through every channel that writes and check that what the window reads next is what the
 * file holds: a fresh handle on a copy of the file (or the file reopened) is the judge.
 */

type Item = Record<string, unknown> & { id: string };

function generatedPlan(dir: string): string {
  const path = join(dir, 'generated.paraat');
  createPlanFile(path, (db) => fillFromJson(db, generatePlanJson('S', 7))).close();
  return path;
}

/** Health and one section as a second handle on the file's current content sees them (a verified copy, read afresh). */
async function fromFile(h: Harness, section: string): Promise<{ health: PlanHealth; records: unknown[] }> {
  const copy = join(h.dir, `copy-${Math.random().toString(36).slice(2)}.paraat`);
  h.dialogs.answers.copyPath = copy;
  await h.ok('plan.saveCopy');
  return withPlan(copy, (document) => ({
    health: planHealth(document.snapshot(), { today: localIsoDate(new Date()) }),
    records: document.records(section),
  }));
}

/** Reads everything the window shows, so that every section and the health are held in memory. */
async function readEverything(h: Harness): Promise<PlanHealth> {
  await h.ok('plan.progress');
  return h.ok<PlanHealth>('plan.health');
}

async function readSection(h: Harness, section: string): Promise<unknown[]> {
  return findSection(section)?.kind === 'singleton'
    ? [await h.ok('section.get', { section })]
    : h.ok<unknown[]>('items.list', { section });
}

/** Edits through a channel and checks that the window's next reads match the file, and that the edit did change them. */
async function expectReadsFollow(
  h: Harness,
  section: string,
  edit: () => Promise<unknown>,
  { healthChanges = true } = {},
) {
  const healthBefore = await readEverything(h);
  const recordsBefore = await readSection(h, section);
  await edit();
  const file = await fromFile(h, section);
  const health = await h.ok<PlanHealth>('plan.health');
  const records = await readSection(h, section);
  expect(records).toEqual(file.records);
  expect(records).not.toEqual(recordsBefore);
  // The handler adds the score's trend, kept in the file; the rest is what a fresh handle computes.
  expect(health).toEqual({ ...file.health, history: expect.any(Array) });
  if (healthChanges) expect(health).not.toEqual(healthBefore);
}

describe('reads after writes on an open plan', () => {
  it('follow every item and section channel at once', async () => {
    const h = handlerHarness();
    await h.ok('plan.open', { path: generatedPlan(h.dir) });
    const systems = await h.ok<Item[]>('items.list', { section: 'systems' });
    const health = await h.ok<PlanHealth>('plan.health');
    const unprioritised = health.warnings.find((warning) => warning.code === 'system-not-prioritised')!.itemId!;
    const lateName = health.warnings.find((warning) => warning.code === 'rto-not-met')!.params.service;
    const services = await h.ok<Item[]>('items.list', { section: 'services' });
    const lateService = services.find((service) => service.name === lateName)!.id;

    await expectReadsFollow(h, 'organisation', () =>
      h.ok('section.update', { section: 'organisation', patch: { nextReviewDate: '2099-01-01' } }),
    );
    await expectReadsFollow(h, 'services', () =>
      h.ok('items.update', { section: 'services', id: lateService, patch: { name: 'Burgerzaken, hernoemd' } }),
    );
    await expectReadsFollow(h, 'systems', () =>
      h.ok('items.add', { section: 'systems', data: { name: 'Nieuw systeem', tierOverride: '1' } }),
    );
    await expectReadsFollow(h, 'incidents', () =>
      h.ok('items.addMany', {
        section: 'incidents',
        items: [
          { title: 'Stroomuitval', status: 'closed' },
          { title: 'Phishing', status: 'closed' },
        ],
      }),
    );
    await expectReadsFollow(h, 'systems', () => h.ok('items.remove', { section: 'systems', id: unprioritised }));
    await expectReadsFollow(
      h,
      'systems',
      () => h.ok('items.move', { section: 'systems', id: systems.at(-1)!.id, toIndex: 0 }),
      { healthChanges: false },
    );
    await expectReadsFollow(
      h,
      'organisation',
      () =>
        h.ok('versions.issue', {
          number: '9.0',
          comment: 'Jaarlijkse herziening',
          approvedBy: 'College',
          approvedOn: '2026-11-01',
        }),
      { healthChanges: false },
    );
  });

  it('follow an inventory import', async () => {
    const h = handlerHarness();
    await h.ok('plan.open', { path: generatedPlan(h.dir) });
    await expectReadsFollow(h, 'systems', () =>
      h.ok('inventory.import', {
        rows: [
          { data: { name: 'Geïmporteerd A' }, dependsOnNames: [] },
          { data: { name: 'Geïmporteerd B' }, dependsOnNames: ['Geïmporteerd A'] },
        ],
      }),
    );
    const imported = (await h.ok<Item[]>('items.list', { section: 'systems' })).filter((system) =>
      String(system.name).startsWith('Geïmporteerd'),
    );
    expect(imported.map((system) => system.name)).toEqual(['Geïmporteerd A', 'Geïmporteerd B']);
    expect(imported[1]!.dependsOn).toEqual([imported[0]!.id]);
  });

  it('follow an activation started, and stay unchanged when a second one is refused', async () => {
    const h = handlerHarness();
    await h.ok('plan.openExample', { language: 'en' });
    const start = {
      kind: 'exercise',
      level: 'major',
      scenarios: ['scenario-ransomware'],
      at: '2026-11-23T08:00:00.000Z',
      by: 'Eline',
    };
    await expectReadsFollow(h, 'incidents', () => h.ok('activation.start', start), { healthChanges: false });
    await expectReadsFollow(
      h,
      'activations',
      async () => {
        const [running] = await h.ok<Item[]>('items.list', { section: 'activations' });
        await h.ok('items.update', { section: 'activations', id: running!.id, patch: { title: 'Oefening, hernoemd' } });
      },
      { healthChanges: false },
    );

    const before = await readEverything(h);
    const incidents = await h.ok<Item[]>('items.list', { section: 'incidents' });
    await h.fails('invalid-request', 'activation.start', { ...start, kind: 'incident' });
    expect(await h.ok('items.list', { section: 'incidents' })).toEqual(incidents);
    expect(await h.ok('plan.health')).toEqual(before);
    expect((await fromFile(h, 'incidents')).records).toEqual(incidents);
  });

  it('are what the file holds after it is closed and opened again', async () => {
    const h = handlerHarness();
    const path = generatedPlan(h.dir);
    await h.ok('plan.open', { path });
    await readEverything(h);
    await h.ok('items.update', {
      section: 'systems',
      id: (await h.ok<Item[]>('items.list', { section: 'systems' }))[0]!.id,
      patch: { name: 'Na heropenen' },
    });
    const health = await h.ok<PlanHealth>('plan.health');
    const systems = await h.ok<Item[]>('items.list', { section: 'systems' });
    await h.ok('plan.close');
    await h.ok('plan.open', { path });
    expect(await h.ok('items.list', { section: 'systems' })).toEqual(systems);
    expect(await h.ok('plan.health')).toEqual(health);
  });
});

describe('the records an open plan keeps in memory', () => {
  it('are read again after a write that bypassed the repositories', () => {
    const path = generatedPlan(tempDir());
    withPlan(path, (document) => {
      const [first] = document.list('people').list();
      // As plan.health computes it: kept whole until a write, and each rule kept until a section it reads is written.
      const healthNow = () =>
        document.derived('health', () =>
          planHealth(document.snapshot(), { today: '2026-11-29' }, document.healthRules(HEALTH_RULES)),
        );
      const health = healthNow();
      document.db
        .prepare("UPDATE items SET data = json_set(data, '$.name', 'Buiten de repository om') WHERE id = ?")
        .run(first!.id);
      expect(document.list('people').list()[0]!.name).toBe('Buiten de repository om');
      document.db
        .prepare(
          "UPDATE section_records SET data = json_set(data, '$.nextReviewDate', '2099-01-01') WHERE section = 'organisation'",
        )
        .run();
      expect(document.singleton('organisation').get().nextReviewDate).toBe('2099-01-01');
      expect(healthNow()).not.toEqual(health);
      expect(healthNow()).toEqual(
        planHealth(document.db.transaction(() => document.snapshot())(), { today: '2026-11-29' }),
      );
    });
  });

  it('follow a write by a second repository on the same connection', () => {
    const path = generatedPlan(tempDir());
    withPlan(path, (document) => {
      const before = document.list('systems').list().length;
      listRepository(document.db, findSection('systems') as ListSection).add({ name: 'Via een tweede repository' });
      expect(document.list('systems').list()).toHaveLength(before + 1);
    });
  });

  it('never keep what a rolled-back transaction wrote or read', () => {
    const path = generatedPlan(tempDir());
    withPlan(path, (document) => {
      const systems = document.list('systems');
      const before = systems.list();
      const beforeOrganisation = document.singleton('organisation').get();
      expect(() =>
        document.db.transaction(() => {
          systems.update(before[0]!.id, { name: 'Teruggedraaid' });
          systems.add({ name: 'Teruggedraaid' });
          document.singleton('organisation').update({ name: 'Teruggedraaid' });
          // Read inside the transaction: these rows must not outlive the rollback.
          expect(systems.list()).toHaveLength(before.length + 1);
          expect(document.singleton('organisation').get().name).toBe('Teruggedraaid');
          throw new Error('disk full');
        })(),
      ).toThrow('disk full');
      expect(systems.list()).toEqual(before);
      expect(document.singleton('organisation').get()).toEqual(beforeOrganisation);

      // An autosaved edit keeps the other records in memory; inside a transaction that rolls back it must not.
      expect(() =>
        document.db.transaction(() => {
          systems.update(before[1]!.id, { name: 'Ook teruggedraaid' });
          throw new Error('disk full');
        })(),
      ).toThrow('disk full');
      expect(systems.list()).toEqual(before);
    });
  });

  it('cannot be changed by a caller for the readers after it', () => {
    const path = generatedPlan(tempDir());
    withPlan(path, (document) => {
      const list = document.list('systems').list();
      const name = list[0]!.name;
      expect(() => {
        list[0]!.name = 'Veranderd door een lezer';
      }).toThrow(TypeError);
      list.reverse();
      expect(document.list('systems').list()[0]!.name).toBe(name);
    });
  });

  it('belong to one open plan: a second plan open at the same time keeps its own', () => {
    const dir = tempDir();
    const first = openPlan(generatedPlan(dir));
    const otherPath = join(dir, 'other.paraat');
    createPlanFile(otherPath, (db) => fillFromJson(db, generatePlanJson('S', 8))).close();
    const second = openPlan(otherPath);
    try {
      const names = (document: typeof first) =>
        document
          .list('systems')
          .list()
          .map((system) => system.name);
      expect(names(first)).not.toEqual(names(second));
      first.list('systems').add({ name: 'Alleen in het eerste plan' });
      expect(names(first)).toContain('Alleen in het eerste plan');
      expect(names(second)).not.toContain('Alleen in het eerste plan');
    } finally {
      first.close();
      second.close();
    }
  });
});
