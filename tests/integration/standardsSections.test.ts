import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlerHarness } from '../builders/handlerHarness';
import { PLAYBOOK_TEMPLATES, playbookFromTemplate } from '../../src/domain/templates/playbooks';

type Item = Record<string, unknown> & { id: string };

describe('a new plan’s notification duties', () => {
  it.each([
    ['municipality-flanders', 'Vlaamse Toezichtcommissie (VTC)', 'Centrum voor Cybersecurity België (CCB)'],
    [
      'municipality-netherlands',
      'Autoriteit Persoonsgegevens (AP)',
      'Informatiebeveiligingsdienst (IBD), CERT van de gemeenten',
    ],
    ['company', 'Toezichthouder gegevensbescherming', 'Nationaal CSIRT'],
  ])('start filled in for a %s, with the roles that decide', async (kind, dataProtection, csirt) => {
    const harness = handlerHarness();
    harness.dialogs.answers.newPlanPath = join(harness.dir, 'plan.paraat');
    await harness.ok('plan.create', { name: 'Testplan', kind, language: 'nl' });
    const duties = await harness.ok<Item[]>('items.list', { section: 'notificationDuties' });
    const roles = await harness.ok<Item[]>('items.list', { section: 'roles' });
    expect(duties.map((duty) => duty.authority)).toEqual(expect.arrayContaining([dataProtection, csirt]));
    for (const duty of duties) expect(roles.map((role) => role.id)).toContain(duty.decides);
  });

  it('keep what the coordinator changed after the plan is closed and opened again', async () => {
    const harness = handlerHarness();
    const path = join(harness.dir, 'plan.paraat');
    harness.dialogs.answers.newPlanPath = path;
    await harness.ok('plan.create', { name: 'Drukkerij Verbeke', kind: 'company', language: 'en' });
    const added = await harness.ok<Item>('items.add', {
      section: 'notificationDuties',
      data: { authority: 'Cyber insurer', kind: 'insurer', notificationHours: 48, fallbackChannel: 'Claims line' },
    });
    await harness.ok('plan.close');
    await harness.ok('plan.open', { path });
    const duties = await harness.ok<Item[]>('items.list', { section: 'notificationDuties' });
    expect(duties.find((duty) => duty.id === added.id)).toMatchObject({
      authority: 'Cyber insurer',
      kind: 'insurer',
      notificationHours: 48,
      fallbackChannel: 'Claims line',
    });
  });
});

describe('a training', () => {
  it('keeps who was briefed and when after the plan is closed and opened again', async () => {
    const harness = handlerHarness();
    const path = join(harness.dir, 'plan.paraat');
    harness.dialogs.answers.newPlanPath = path;
    await harness.ok('plan.create', { name: 'Testdorp', kind: 'municipality-flanders', language: 'nl' });
    const person = await harness.ok<Item>('items.add', { section: 'people', data: { name: 'Jan' } });
    const added = await harness.ok<Item>('items.add', {
      section: 'trainings',
      data: { topic: 'Het plan', kind: 'briefing', heldOn: '2026-11-30', people: [person.id] },
    });
    await harness.ok('plan.close');
    await harness.ok('plan.open', { path });
    const trainings = await harness.ok<Item[]>('items.list', { section: 'trainings' });
    expect(trainings.find((training) => training.id === added.id)).toMatchObject({
      topic: 'Het plan',
      heldOn: '2026-11-30',
      people: [person.id],
    });
  });
});

describe('a ready-made playbook', () => {
  it('keeps its containment and eradication steps and its validation checks after the plan is closed and opened again', async () => {
    const harness = handlerHarness();
    const path = join(harness.dir, 'plan.paraat');
    harness.dialogs.answers.newPlanPath = path;
    await harness.ok('plan.create', { name: 'Testdorp', kind: 'municipality-netherlands', language: 'nl' });
    const template = PLAYBOOK_TEMPLATES.find((candidate) => candidate.key === 'ddos')!;
    const { scenario, steps, checks } = playbookFromTemplate(template, 'nl', []);
    const created = await harness.ok<Item>('items.add', { section: 'scenarios', data: scenario });
    for (const step of steps)
      await harness.ok('items.add', { section: 'scenarioSteps', data: { ...step, scenario: created.id } });
    for (const check of checks)
      await harness.ok('items.add', { section: 'playbookChecks', data: { ...check, scenario: created.id } });
    await harness.ok('plan.close');
    await harness.ok('plan.open', { path });
    const scenarios = await harness.ok<Item[]>('items.list', { section: 'scenarios' });
    const stored = await harness.ok<Item[]>('items.list', { section: 'scenarioSteps' });
    expect(scenarios.find((candidate) => candidate.id === created.id)).toMatchObject({ threat: 'ddos' });
    expect(stored.filter((step) => step.scenario === created.id).map((step) => step.phase)).toEqual([
      'first-hour',
      'first-hour',
      'containment',
      'containment',
      'eradication',
      'recovery',
      'validation',
      'deactivation',
    ]);
    const storedChecks = await harness.ok<Item[]>('items.list', { section: 'playbookChecks' });
    expect(storedChecks.map((check) => [check.scenario, check.check, check.expected])).toEqual([
      [
        created.id,
        'De website openen vanaf een toestel buiten het netwerk (4G)',
        'De startpagina laadt binnen enkele seconden.',
      ],
      [created.id, 'Een testaanvraag indienen via het e-loket', 'De aanvraag komt aan bij de dienst die ze behandelt.'],
    ]);
  });
});

describe('a related document', () => {
  it('keeps where its copies are, including the fallback locations, after the plan is closed and opened again', async () => {
    const harness = handlerHarness();
    const path = join(harness.dir, 'plan.paraat');
    harness.dialogs.answers.newPlanPath = path;
    await harness.ok('plan.create', { name: 'Testdorp', kind: 'municipality-flanders', language: 'nl' });
    const library = await harness.ok<Item>('items.add', { section: 'locations', data: { name: 'Bibliotheek' } });
    const added = await harness.ok<Item>('items.add', {
      section: 'documents',
      data: { title: 'Het plan', kind: 'plan', paperCopy: 'Kluis onthaal', copyLocations: [library.id] },
    });
    await harness.ok('plan.close');
    await harness.ok('plan.open', { path });
    const documents = await harness.ok<Item[]>('items.list', { section: 'documents' });
    expect(documents.find((document) => document.id === added.id)).toMatchObject({
      title: 'Het plan',
      kind: 'plan',
      paperCopy: 'Kluis onthaal',
      copyLocations: [library.id],
    });
  });
});
