import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../src/domain/steps';
import { type PlanSummary, planSummarySchema } from '../../src/ipc/contract';
import { FORMAT_VERSION } from '../../src/storage/migrations';
import { saveEncryptedCopy } from '../../src/storage/encryptedCopy';
import { EXAMPLES_DIRECTORY, type Harness, handlerHarness } from '../builders/handlerHarness';
import { everyRequiredOrganisationField } from '../builders/organisation';
import { createPlan, formatZeroPlan, openPlan, setHeaderUserVersion, sha256, withPlan } from '../builders/planFiles';

type Progress = { step: string; status: string }[];
type Recent = { path: string; name: string; openedAt: string; available: boolean }[];

const statusOf = (progress: Progress, step: string) => progress.find((entry) => entry.step === step)?.status;

describe('creating a plan from the window', () => {
  it('suggests a file name from the organisation, writes the plan there and opens it', async () => {
    const harness = handlerHarness();
    const path = join(harness.dir, 'gekozen.paraat');
    harness.dialogs.answers.newPlanPath = path;
    const summary = await harness.ok<PlanSummary>('plan.create', {
      name: 'Gemeente Test/dorp',
      kind: 'municipality-netherlands',
      language: 'en',
    });

    expect(harness.dialogs.suggested).toEqual(['Gemeente Test dorp.paraat']);
    expect(planSummarySchema.parse(summary)).toEqual({
      path,
      fileName: 'gekozen.paraat',
      folder: harness.dir,
      name: 'Gemeente Test/dorp',
      kind: 'municipality-netherlands',
      language: 'en',
      readOnly: null,
      isExample: false,
      formatVersion: FORMAT_VERSION,
    });
    expect(await harness.ok('plan.current')).toEqual(summary);
  });

  it('starts a municipality in its country, so its wording is right from the first field', async () => {
    const harness = handlerHarness();
    harness.dialogs.answers.newPlanPath = join(harness.dir, 'gemeente.paraat');
    await harness.ok('plan.create', { name: 'Gemeente Oosterwolde', kind: 'municipality-netherlands', language: 'nl' });
    expect(await harness.ok('section.get', { section: 'organisation' })).toMatchObject({ country: 'netherlands' });

    harness.dialogs.answers.newPlanPath = join(harness.dir, 'bedrijf.paraat');
    await harness.ok('plan.create', { name: 'Drukkerij Verbeke', kind: 'company', language: 'nl' });
    // A company's country is not known from its kind: the coordinator picks it.
    expect((await harness.ok<Record<string, unknown>>('section.get', { section: 'organisation' })).country ?? '').toBe(
      '',
    );
  });

  it('trims the organisation name the user typed', async () => {
    const harness = handlerHarness();
    harness.dialogs.answers.newPlanPath = join(harness.dir, 'plan.paraat');
    const summary = await harness.ok<PlanSummary>('plan.create', {
      name: '  Testdorp  ',
      kind: 'company',
      language: 'nl',
    });
    expect(summary.name).toBe('Testdorp');
  });

  it('does nothing when the user cancels the save dialog', async () => {
    const harness = handlerHarness();
    harness.dialogs.answers.newPlanPath = null;
    expect(await harness.ok('plan.create', { name: 'Testdorp', kind: 'company', language: 'nl' })).toBeNull();
    expect(await harness.ok('plan.current')).toBeNull();
  });

  it('replaces the plan of this window when the user saves over it', async () => {
    const harness = handlerHarness();
    const path = join(harness.dir, 'plan.paraat');
    harness.dialogs.answers.newPlanPath = path;
    await harness.ok('plan.create', { name: 'Eerste', kind: 'company', language: 'nl' });
    await harness.ok('plan.create', { name: 'Tweede', kind: 'company', language: 'nl' });
    expect(await harness.ok('section.get', { section: 'organisation' })).toMatchObject({ name: 'Tweede' });
  });
});

describe('editing through the window', () => {
  it('saves an edit to the file at once', async () => {
    const harness = handlerHarness();
    const path = createPlan(harness.dir, { organisation: { name: 'Testdorp' } });
    await harness.ok('plan.open', { path });
    const after = await harness.ok('section.update', {
      section: 'organisation',
      patch: { sector: 'Zorg', staffCount: 12 },
    });
    expect(after).toMatchObject({ name: 'Testdorp', sector: 'Zorg', staffCount: 12 });
    await harness.ok('plan.close');
    expect(withPlan(path, (plan) => plan.singleton('organisation').get())).toMatchObject({
      sector: 'Zorg',
      staffCount: 12,
    });
  });

  it.each([
    ['section.get', { section: 'organisation' }],
    ['section.update', { section: 'organisation', patch: { name: 'x' } }],
    ['plan.progress', undefined],
    ['plan.saveCopy', undefined],
  ])('needs an open plan for %s', async (channel, payload) => {
    const harness = handlerHarness();
    await harness.fails('no-plan-open', channel, payload);
  });

  it('keeps each window to its own plan', async () => {
    const harness = handlerHarness();
    const first = createPlan(harness.dir, { fileName: 'een.paraat', organisation: { name: 'Een' } });
    const second = createPlan(harness.dir, { fileName: 'twee.paraat', organisation: { name: 'Twee' } });
    await harness.ok('plan.open', { path: first }, 'window-1');
    await harness.ok('plan.open', { path: second }, 'window-2');
    await harness.ok('section.update', { section: 'organisation', patch: { sector: 'Alleen een' } }, 'window-1');
    expect(await harness.ok('section.get', { section: 'organisation' }, 'window-2')).toMatchObject({
      name: 'Twee',
      sector: '',
    });
  });

  it('closes the previous plan of a window when it opens another, freeing it for other windows', async () => {
    const harness = handlerHarness();
    const first = createPlan(harness.dir, { fileName: 'een.paraat' });
    const second = createPlan(harness.dir, { fileName: 'twee.paraat' });
    await harness.ok('plan.open', { path: first }, 'window-1');
    await harness.ok('plan.open', { path: second }, 'window-1');
    await harness.ok('plan.open', { path: first }, 'window-2');
  });

  it('keeps the current plan open when opening another file fails', async () => {
    const harness = handlerHarness();
    const good = createPlan(harness.dir, { fileName: 'goed.paraat', organisation: { name: 'Goed' } });
    await harness.ok('plan.open', { path: good });
    await harness.fails('not-found', 'plan.open', { path: join(harness.dir, 'bestaat-niet.paraat') });
    expect(await harness.ok<PlanSummary>('plan.current')).toMatchObject({ name: 'Goed' });
  });

  it('refuses a plan from a newer Paraat, leaves it untouched and does not list it as recent', async () => {
    const harness = handlerHarness();
    const path = createPlan(harness.dir);
    setHeaderUserVersion(path, FORMAT_VERSION + 1);
    const before = sha256(path);
    const error = await harness.fails('newer-version', 'plan.open', { path });
    expect(error).toMatchObject({ params: { fileVersion: FORMAT_VERSION + 1, supportedVersion: FORMAT_VERSION } });
    expect(sha256(path)).toBe(before);
    expect(await harness.ok('recent.list')).toEqual([]);
  });

  it('opens an older-format plan after bringing it up to date', async () => {
    const harness = handlerHarness();
    const path = formatZeroPlan(join(harness.dir, 'oud.paraat'));
    const summary = await harness.ok<PlanSummary>('plan.open', { path });
    expect(summary).toMatchObject({
      name: '',
      kind: '',
      language: 'nl',
      readOnly: null,
      formatVersion: FORMAT_VERSION,
    });
    await harness.ok('section.update', { section: 'organisation', patch: { name: 'Bijgewerkt' } });
  });
});

describe('a plan in two windows', () => {
  const PASSPHRASE = 'lente in Beekzande 2026';

  /** A plan and an encrypted copy of it beside it; the cheapest scrypt cost the format accepts keeps the test quick. */
  async function planWithEncryptedCopy(dir: string) {
    const plan = createPlan(dir, { organisation: { name: 'Gedeeld plan' } });
    const copy = join(dir, 'gedeeld.paraatx');
    const document = openPlan(plan);
    try {
      await saveEncryptedCopy(document.db, plan, copy, PASSPHRASE, { logN: 15, r: 8, p: 1 });
    } finally {
      document.close();
    }
    return { plan, copy };
  }

  /** Opens an encrypted copy the way the start screen does: asked as a plan, then with its passphrase. */
  async function openEncryptedIn(harness: Harness, path: string, windowKey: string) {
    await harness.fails('encrypted', 'plan.open', { path }, windowKey);
    return harness.ok<PlanSummary>('plan.openEncrypted', { path, passphrase: PASSPHRASE }, windowKey);
  }

  it('opens an encrypted copy read-only in a second window while the first reads it too', async () => {
    const harness = handlerHarness();
    const { copy } = await planWithEncryptedCopy(harness.dir);
    expect(await openEncryptedIn(harness, copy, 'window-1')).toMatchObject({
      readOnly: 'encrypted',
      name: 'Gedeeld plan',
    });
    expect(await openEncryptedIn(harness, copy, 'window-2')).toMatchObject({
      readOnly: 'encrypted',
      name: 'Gedeeld plan',
      path: copy,
    });
    expect(await harness.ok('section.get', { section: 'organisation' }, 'window-1')).toMatchObject({
      name: 'Gedeeld plan',
    });
    await harness.fails(
      'read-only',
      'section.update',
      { section: 'organisation', patch: { sector: 'Van venster 2' } },
      'window-2',
    );
  });

  it('still refuses a second window a plan the first can write to', async () => {
    const harness = handlerHarness();
    const { plan } = await planWithEncryptedCopy(harness.dir);
    await harness.ok('plan.open', { path: plan }, 'window-1');
    await harness.fails('in-use', 'plan.open', { path: plan }, 'window-2');
    expect(await harness.ok('plan.current', undefined, 'window-2')).toBeNull();
  });

  it('refuses to create a new plan over an encrypted copy another window reads', async () => {
    const harness = handlerHarness();
    const { copy } = await planWithEncryptedCopy(harness.dir);
    const sealed = sha256(copy);
    await openEncryptedIn(harness, copy, 'window-1');
    harness.dialogs.answers.newPlanPath = copy;
    await harness.fails('in-use', 'plan.create', { name: 'Nieuw', kind: 'company', language: 'nl' }, 'window-2');
    expect(sha256(copy)).toBe(sealed);
  });
});

describe('the example plan', () => {
  it.each(['nl', 'en'] as const)('opens in %s with the organisation of the example file', async (language) => {
    const harness = handlerHarness();
    const summary = await harness.ok<PlanSummary>('plan.openExample', { language });
    const example = JSON.parse(readFileSync(join(EXAMPLES_DIRECTORY, `example.${language}.json`), 'utf8')) as {
      sections: { organisation: Record<string, unknown> };
    };
    expect(summary).toMatchObject({
      isExample: true,
      language,
      name: example.sections.organisation.name,
      readOnly: null,
    });
    expect(await harness.ok('section.get', { section: 'organisation' })).toEqual(example.sections.organisation);
    expect(summary.folder).toBe(harness.scratchDirectory);
  });

  it('can be edited without touching the example file', async () => {
    const harness = handlerHarness();
    const before = sha256(join(EXAMPLES_DIRECTORY, 'example.nl.json'));
    await harness.ok('plan.openExample', { language: 'nl' });
    await harness.ok('section.update', { section: 'organisation', patch: { name: 'Mijn proefgemeente' } });
    expect(sha256(join(EXAMPLES_DIRECTORY, 'example.nl.json'))).toBe(before);
  });

  it('starts fresh each time it is opened', async () => {
    const harness = handlerHarness();
    await harness.ok('plan.openExample', { language: 'nl' });
    await harness.ok('section.update', { section: 'organisation', patch: { name: 'Gewijzigd' } });
    const again = await harness.ok<PlanSummary>('plan.openExample', { language: 'nl' });
    expect(again.name).toBe('Lokaal bestuur Beekzande');
  });

  it('can be open in two windows at once, each its own copy', async () => {
    const harness = handlerHarness();
    const one = await harness.ok<PlanSummary>('plan.openExample', { language: 'nl' }, 'window-1');
    const two = await harness.ok<PlanSummary>('plan.openExample', { language: 'nl' }, 'window-2');
    expect(one.path).not.toBe(two.path);
  });

  it('is not listed among recent plans', async () => {
    const harness = handlerHarness();
    await harness.ok('plan.openExample', { language: 'en' });
    expect(await harness.ok('recent.list')).toEqual([]);
  });
});

describe('progress through the steps', () => {
  it('lists every step in order, the derived ones as derived', async () => {
    const harness = handlerHarness();
    await harness.ok('plan.open', { path: createPlan(harness.dir, { organisation: { name: '', kind: '' } }) });
    const progress = await harness.ok<Progress>('plan.progress');
    expect(progress.map((entry) => entry.step)).toEqual([...STEP_IDS]);
    expect(statusOf(progress, 'priorities')).toBe('derived');
    expect(statusOf(progress, 'health')).toBe('derived');
    expect(statusOf(progress, 'organisation')).toBe('empty');
  });

  it('follows the edits: empty, partial, complete, and back', async () => {
    const harness = handlerHarness();
    await harness.ok('plan.open', { path: createPlan(harness.dir, { organisation: { name: '', kind: '' } }) });
    const organisationStatus = async () => statusOf(await harness.ok<Progress>('plan.progress'), 'organisation');

    expect(await organisationStatus()).toBe('empty');
    await harness.ok('section.update', { section: 'organisation', patch: { name: 'Testdorp', kind: 'company' } });
    expect(await organisationStatus()).toBe('partial');
    await harness.ok('section.update', { section: 'organisation', patch: everyRequiredOrganisationField });
    expect(await organisationStatus()).toBe('complete');
    await harness.ok('section.update', { section: 'organisation', patch: { planOwner: '  ' } });
    expect(await organisationStatus()).toBe('partial');
  });

  it('shows the example plan’s organisation as complete', async () => {
    const harness = handlerHarness();
    await harness.ok('plan.openExample', { language: 'nl' });
    expect(statusOf(await harness.ok<Progress>('plan.progress'), 'organisation')).toBe('complete');
  });
});

describe('recent plans', () => {
  it('remembers opened and created plans, newest first, with their names', async () => {
    const harness = handlerHarness();
    const opened = createPlan(harness.dir, { fileName: 'geopend.paraat', organisation: { name: 'Geopend' } });
    await harness.ok('plan.open', { path: opened });
    harness.dialogs.answers.newPlanPath = join(harness.dir, 'nieuw.paraat');
    await harness.ok('plan.create', { name: 'Nieuw', kind: 'company', language: 'nl' });

    const recent = await harness.ok<Recent>('recent.list');
    expect(recent.map(({ path, name, available }) => ({ path, name, available }))).toEqual([
      { path: join(harness.dir, 'nieuw.paraat'), name: 'Nieuw', available: true },
      { path: opened, name: 'Geopend', available: true },
    ]);
  });

  it('lists a plan once, however often it was opened', async () => {
    const harness = handlerHarness();
    const path = createPlan(harness.dir);
    for (let i = 0; i < 3; i++) {
      await harness.ok('plan.open', { path });
      await harness.ok('plan.close');
    }
    expect(await harness.ok<Recent>('recent.list')).toHaveLength(1);
  });

  it('marks a plan whose file is gone (a stick taken out) as unavailable', async () => {
    const harness = handlerHarness();
    const path = createPlan(harness.dir);
    await harness.ok('plan.open', { path });
    await harness.ok('plan.close');
    rmSync(path);
    expect(await harness.ok<Recent>('recent.list')).toMatchObject([{ path, available: false }]);
  });

  it('keeps at most ten plans', async () => {
    const harness = handlerHarness();
    for (let i = 0; i < 12; i++) {
      await harness.ok('plan.open', { path: createPlan(harness.dir, { fileName: `plan-${i}.paraat` }) });
    }
    const recent = await harness.ok<Recent>('recent.list');
    expect(recent).toHaveLength(10);
    expect(recent[0]?.path).toBe(join(harness.dir, 'plan-11.paraat'));
  });

  it('forgets a plan on request', async () => {
    const harness = handlerHarness();
    const path = createPlan(harness.dir);
    await harness.ok('plan.open', { path });
    expect(await harness.ok('recent.forget', { path })).toEqual([]);
    expect(await harness.ok('recent.list')).toEqual([]);
  });

  it('survives a damaged settings file by starting over', async () => {
    const harness = handlerHarness();
    const path = createPlan(harness.dir);
    await harness.ok('plan.open', { path });
    await harness.ok('plan.close');
    const settingsFile = join(harness.settingsDirectory, 'settings.json');
    writeFileSync(settingsFile, '{ not json');
    expect(await harness.ok('recent.list')).toEqual([]);
    await harness.ok('plan.open', { path });
    expect(await harness.ok<Recent>('recent.list')).toHaveLength(1);
  });
});

describe('app settings', () => {
  it('starts in Dutch and remembers a chosen language', async () => {
    const harness = handlerHarness();
    expect(await harness.ok('settings.get')).toEqual({ language: 'nl' });
    expect(await harness.ok('settings.setLanguage', { language: 'en' })).toEqual({ language: 'en' });
    expect(await harness.ok('settings.get')).toEqual({ language: 'en' });
  });

  it('reports the app version and the plan format it writes', async () => {
    const harness = handlerHarness();
    expect(await harness.ok('app.info')).toEqual({ version: '0.0.0-test', formatVersion: FORMAT_VERSION });
  });
});
