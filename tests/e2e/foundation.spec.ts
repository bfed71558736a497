import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createPlanFromStart } from './steps';
import { chooseFromFileMenu } from './fileMenu';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('a new plan keeps an edited organisation name after it is closed and reopened', async ({ paraat }) => {
  const { page } = paraat;
  await expect(page.getByRole('heading', { name: 'Welkom bij Paraat' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/start-nl.png', fullPage: true });

  await createPlanFromStart(paraat, {
    organisation: 'Lokaal bestuur Beekzande',
    kind: 'Lokaal bestuur in Vlaanderen',
    fileName: 'Beekzande.paraat',
  });

  await expect(page.getByRole('heading', { level: 2, name: 'Organisatie en plan' })).toBeVisible();
  await expect(page.getByTestId('plan-location')).toContainText('Beekzande.paraat');
  await expect(page).toHaveTitle(/Beekzande\.paraat — .+ — Paraat/);

  const name = page.getByLabel('Naam van de organisatie');
  await expect(name).toHaveValue('Lokaal bestuur Beekzande');
  await name.fill('Lokaal bestuur Beekzande-Noord');
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/wizard-nl.png', fullPage: true });

  await chooseFromFileMenu(page, 'Plan sluiten');
  await expect(page.getByRole('heading', { name: 'Welkom bij Paraat' })).toBeVisible();
  await page.getByRole('button', { name: /^Lokaal bestuur Beekzande-Noord/ }).click();
  await expect(page.getByLabel('Naam van de organisatie')).toHaveValue('Lokaal bestuur Beekzande-Noord');
});

test('the language switch turns the whole interface into English and is remembered', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Paraat' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/start-en.png', fullPage: true });
  await paraat.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Paraat' })).toBeVisible();

  await page.getByRole('button', { name: 'Explore the example plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisation and plan' })).toBeVisible();
  await expect(page.getByLabel('Name of the organisation')).toHaveValue('Municipality of Beekzande');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisatie en plan' })).toBeVisible();
});

test('opening a damaged file shows a clear message and leaves the file untouched', async ({ paraat }) => {
  const { page } = paraat;
  const damaged = join(paraat.folder, 'damaged.paraat');
  const bytes = Buffer.alloc(8192, 0x41);
  Buffer.from('SQLite format 3\u0000', 'latin1').copy(bytes);
  writeFileSync(damaged, bytes);
  const before = sha256(damaged);

  await paraat.answerDialog('chooseExistingPlan', damaged);
  await page.getByRole('button', { name: 'Plan openen…' }).click();
  await expect(page.getByRole('alert')).toContainText('geen Paraat-plan');
  await expect(page.getByRole('heading', { name: 'Welkom bij Paraat' })).toBeVisible();
  expect(sha256(damaged)).toBe(before);

  const text = join(paraat.folder, 'notes.paraat');
  writeFileSync(text, 'meeting notes, not a plan');
  await paraat.answerDialog('chooseExistingPlan', text);
  await page.getByRole('button', { name: 'Plan openen…' }).click();
  await expect(page.getByRole('alert')).toContainText('notes.paraat is geen Paraat-plan');
  expect(readFileSync(text, 'utf8')).toBe('meeting notes, not a plan');
});

test('the wizard moves through every step with next, previous, the sidebar and the address', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisatie en plan' })).toBeVisible();
  await expect(page.getByText('Stap 1 van 17')).toBeVisible();

  await page.getByRole('button', { name: 'Volgende →' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sleutelpersonen en rollen' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/people');
  await page.getByRole('button', { name: '← Vorige' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisatie en plan' })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Stappen van het plan' });
  await nav.getByRole('link', { name: /Versies en wijzigingen/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Versies en wijzigingen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Volgende →' })).toBeDisabled();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisatie en plan' })).toBeVisible();
});

test('the completeness mark of a step follows what is filled in', async ({ paraat }) => {
  const { page } = paraat;
  await createPlanFromStart(paraat, {
    organisation: 'Gemeente Lindewaard',
    kind: 'Gemeente in Nederland',
    fileName: 'lindewaard.paraat',
  });

  const mark = page
    .getByRole('navigation')
    .getByRole('link', { name: /Organisatie en plan/ })
    .getByRole('img');
  await expect(mark).toHaveAccessibleName('gedeeltelijk ingevuld');
  await expect(page.getByRole('note')).toContainText('Nog in te vullen');

  const required: Record<string, string> = {
    'Doel van het plan': 'Snel herstel van de dienstverlening.',
    Toepassingsgebied: 'Gemeentehuis en werf.',
    'Wat is een noodsituatie?': 'Uitval langer dan de RTO.',
    'Wanneer wordt het plan geactiveerd?': 'Bij een groot incident.',
    'Wie activeert het plan?': 'De gemeentesecretaris.',
    'Eigenaar van het plan': 'IT-coördinator',
  };
  for (const [label, value] of Object.entries(required)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel('Volgende herziening').fill('2027-06-30');
  await expect(mark).toHaveAccessibleName('volledig');
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('save a copy writes a verified copy that opens with every edit', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await page.getByLabel('Sector', { exact: true }).fill('Lokaal bestuur — kopie voor de USB-stick');
  const copy = join(paraat.folder, 'stick-copy.paraat');
  await paraat.answerDialog('chooseCopyPath', copy);
  await chooseFromFileMenu(page, 'Kopie opslaan…');
  await expect(page.getByRole('status').filter({ hasText: 'Kopie opgeslagen en gecontroleerd' })).toBeVisible();

  await chooseFromFileMenu(page, 'Plan sluiten');
  await paraat.answerDialog('chooseExistingPlan', copy);
  await page.getByRole('button', { name: 'Plan openen…' }).click();
  await expect(page.getByLabel('Sector', { exact: true })).toHaveValue('Lokaal bestuur — kopie voor de USB-stick');
});
