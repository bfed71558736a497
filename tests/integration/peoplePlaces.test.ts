import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepWarnings } from '../../src/domain/rules/peopleRules';
import { referencesTo } from '../../src/domain/rules/references';
import type { PlanSummary } from '../../src/ipc/contract';
import { handlerHarness } from '../builders/handlerHarness';

type Item = Record<string, unknown> & { id: string };

describe('a new plan', () => {
  it('starts with the roles of a Flemish local government, in the plan language, without people', async () => {
    const harness = handlerHarness();
    harness.dialogs.answers.newPlanPath = join(harness.dir, 'beekzande.paraat');
    await harness.ok<PlanSummary>('plan.create', {
      name: 'Lokaal bestuur Beekzande',
      kind: 'municipality-flanders',
      language: 'nl',
    });
    const roles = await harness.ok<Item[]>('items.list', { section: 'roles' });
    expect(roles.map((r) => r.name)).toContain('Informatieveiligheidsconsulent / DPO');
    expect(roles.every((r) => r.main === '' && r.deputy === '')).toBe(true);
  });

  it('starts with the roles of a Dutch municipality in English when the plan is in English', async () => {
    const harness = handlerHarness();
    harness.dialogs.answers.newPlanPath = join(harness.dir, 'testdorp.paraat');
    await harness.ok('plan.create', { name: 'Gemeente Testdorp', kind: 'municipality-netherlands', language: 'en' });
    const roles = await harness.ok<Item[]>('items.list', { section: 'roles' });
    expect(roles.map((r) => r.name)).toContain('Municipal secretary');
  });
});

describe('people, roles, suppliers, locations and copies in a plan file', () => {
  it('keep every value and every reference after the plan is closed and reopened', async () => {
    const harness = handlerHarness();
    const path = join(harness.dir, 'plan.paraat');
    harness.dialogs.answers.newPlanPath = path;
    await harness.ok('plan.create', { name: 'Bedrijf', kind: 'company', language: 'nl' });
    const eline = await harness.ok<Item>('items.add', {
      section: 'people',
      data: { name: 'Eline', mobilePhone: '0470 12 34 56', privatePhone: '0470 99 88 77', privateConsent: true },
    });
    const jan = await harness.ok<Item>('items.add', { section: 'people', data: { name: 'Jan', email: 'jan@bedrijf' } });
    const role = await harness.ok<Item>('items.add', {
      section: 'roles',
      data: { name: 'Back-up', plan: 'recovery', main: eline.id, deputy: jan.id },
    });
    await harness.ok('items.add', {
      section: 'suppliers',
      data: { name: 'Netwerk NV', category: 'internet', slaResponseHours: 4, contact1Name: 'Helpdesk' },
    });
    await harness.ok('items.add', {
      section: 'locations',
      data: { name: 'Bibliotheek', capacity: 8, contact: jan.id },
    });
    await harness.ok('items.add', {
      section: 'distribution',
      data: { holder: eline.id, form: 'usb', versionHeld: '0.9', handedOverOn: '2026-01-05' },
    });
    await harness.ok('plan.close');

    await harness.ok('plan.open', { path });
    const people = await harness.ok<Item[]>('items.list', { section: 'people' });
    expect(people.map((p) => [p.name, p.mobilePhone, p.privateConsent])).toEqual([
      ['Eline', '0470 12 34 56', true],
      ['Jan', '', false],
    ]);
    const roles = await harness.ok<Item[]>('items.list', { section: 'roles' });
    expect(roles.find((r) => r.id === role.id)).toMatchObject({ main: eline.id, deputy: jan.id, plan: 'recovery' });
    const suppliers = await harness.ok<Item[]>('items.list', { section: 'suppliers' });
    expect(suppliers).toEqual([expect.objectContaining({ name: 'Netwerk NV', slaResponseHours: 4 })]);
    const locations = await harness.ok<Item[]>('items.list', { section: 'locations' });
    const distribution = await harness.ok<Item[]>('items.list', { section: 'distribution' });
    const organisation = await harness.ok<Record<string, unknown>>('section.update', {
      section: 'organisation',
      patch: { planVersion: '1.0' },
    });

    // A mistyped address is stored as typed and reported, never refused.
    const content = { organisation, people, roles, suppliers, locations, distribution };
    expect(stepWarnings('people', content, '2026-06-01').map((w) => w.code)).toContain('emailSuspicious');
    expect(stepWarnings('distribution', content, '2026-06-01').map((w) => w.code)).toEqual(['copyOutdated']);
    expect(stepWarnings('suppliers', content, '2026-06-01').map((w) => w.code)).toEqual(['supplierFewContacts']);
    expect(referencesTo(content, jan.id).map((r) => `${r.section}.${r.field}`)).toEqual([
      'roles.deputy',
      'locations.contact',
    ]);
  });
});

describe('the example plan', () => {
  it('shows a role without deputy and a copy holder with an older version', async () => {
    const harness = handlerHarness();
    await harness.ok('plan.openExample', { language: 'nl' });
    const content = Object.fromEntries(
      await Promise.all(
        ['people', 'roles', 'departments', 'suppliers', 'locations', 'distribution'].map(async (section) => [
          section,
          await harness.ok<Item[]>('items.list', { section }),
        ]),
      ),
    );
    const organisation = await harness.ok<Record<string, unknown>>('section.get', { section: 'organisation' });
    // Exactly the people every area of the example refers to, in the example's order.
    expect(content.people.map((p: Item) => p.id)).toEqual([
      'person-eline',
      'person-jan',
      'person-sofie',
      'person-pieter',
      'person-an',
      'person-tom',
      'person-lotte',
      'person-koen',
    ]);
    const all = { ...content, organisation };
    expect(stepWarnings('people', all, '2026-11-23').map((w) => w.code)).toContain('roleNoDeputy');
    expect(stepWarnings('distribution', all, '2026-11-23').map((w) => w.code)).toContain('copyOutdated');
  });
});

describe('exporting people and suppliers as CSV', () => {
  it('writes the example people for Excel, in the plan language, without private numbers unless asked', async () => {
    const harness = handlerHarness();
    await harness.ok('plan.openExample', { language: 'nl' });
    const target = join(harness.dir, 'mensen.csv');
    harness.dialogs.answers.exportPath = target;
    expect(await harness.ok('items.exportCsv', { section: 'people', includePrivate: false })).toEqual({
      path: target,
      count: 8,
    });
    expect(harness.dialogs.suggested.at(-1)).toBe('Personen - Lokaal bestuur Beekzande.csv');
    const csv = readFileSync(target, 'utf8');
    expect(csv.startsWith('\uFEFFNaam;Functie;Afdeling;E-mail;')).toBe(true);
    expect(csv).toContain('Eline Vermeersch;IT-coördinator;ICT;eline.vermeersch@beekzande.be');
    expect(csv).not.toContain('0470 55 66 01');

    await harness.ok('items.exportCsv', { section: 'people', includePrivate: true });
    expect(readFileSync(target, 'utf8')).toContain('0470 55 66 01');
  });

  it('writes supplier kinds as words, and does nothing when the dialog is cancelled', async () => {
    const harness = handlerHarness();
    await harness.ok('plan.openExample', { language: 'en' });
    harness.dialogs.answers.exportPath = null;
    expect(await harness.ok('items.exportCsv', { section: 'suppliers', includePrivate: false })).toBeNull();
    const target = join(harness.dir, 'suppliers.csv');
    harness.dialogs.answers.exportPath = target;
    await harness.ok('items.exportCsv', { section: 'suppliers', includePrivate: false });
    expect(readFileSync(target, 'utf8')).toContain(';IT service provider;');
  });

  it('refuses another list than people or suppliers', async () => {
    const harness = handlerHarness();
    await harness.ok('plan.openExample', { language: 'en' });
    await harness.fails('invalid-request', 'items.exportCsv', { section: 'roles', includePrivate: false });
  });
});

describe('adding many people at once (a CSV import)', () => {
  it('adds hundreds of people in one go, in order', async () => {
    const harness = handlerHarness();
    harness.dialogs.answers.newPlanPath = join(harness.dir, 'groot.paraat');
    await harness.ok('plan.create', { name: 'Groot bestuur', kind: 'municipality-flanders', language: 'nl' });
    const items = Array.from({ length: 400 }, (_, i) => ({
      name: `Medewerker ${i + 1}`,
      mobilePhone: `0470 00 ${String(i).padStart(4, '0')}`,
    }));
    const added = await harness.ok<Item[]>('items.addMany', { section: 'people', items });
    expect(added).toHaveLength(400);
    const people = await harness.ok<Item[]>('items.list', { section: 'people' });
    expect(people.map((p) => p.name)).toEqual(items.map((i) => i.name));
  });

  it('adds nobody when one row does not fit the section', async () => {
    const harness = handlerHarness();
    harness.dialogs.answers.newPlanPath = join(harness.dir, 'plan.paraat');
    await harness.ok('plan.create', { name: 'Bedrijf', kind: 'company', language: 'nl' });
    await harness.fails('invalid-request', 'items.addMany', {
      section: 'people',
      items: [{ name: 'Eline' }, { name: 'Jan', lastVerified: 'gisteren' }],
    });
    expect(await harness.ok<Item[]>('items.list', { section: 'people' })).toEqual([]);
  });
});
