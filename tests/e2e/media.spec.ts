import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { createPlan, withPlan } from '../builders/planFiles';
import { type ParaatHarness, expect, test } from './fixtures';
import { chooseFromFileMenu } from './fileMenu';

/** A plan in its own folder (the "stick"), opened in the window, with one edit saved. */
async function openPlanOnStick(paraat: ParaatHarness) {
  const { page } = paraat;
  const stick = join(paraat.folder, 'stick');
  mkdirSync(stick);
  const path = createPlan(stick, {
    fileName: 'Beekzande.paraat',
    organisation: { name: 'Lokaal bestuur Beekzande', kind: 'municipality-flanders' },
  });
  await paraat.answerDialog('chooseExistingPlan', path);
  await page.getByRole('button', { name: 'Plan openen…' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisatie en plan' })).toBeVisible();
  await page.getByLabel('Sector', { exact: true }).fill('Lokale overheid');
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();
  return {
    path,
    pull: () => renameSync(stick, `${stick}-elders`),
    putBack: () => renameSync(`${stick}-elders`, stick),
  };
}

const organisationOf = (path: string) => withPlan(path, (plan) => plan.singleton('organisation').get());

test('a pulled stick keeps the edits on screen, says how many wait, and saves them once it is back', async ({
  paraat,
}, testInfo) => {
  const { page } = paraat;
  const { path, pull, putBack } = await openPlanOnStick(paraat);

  pull();
  await page.getByLabel('Adres', { exact: true }).fill('Marktplein 1, 8000 Beekzande');
  const notice = page.getByTestId('media-trouble');
  await expect(notice).toContainText('Het planbestand is niet bereikbaar');
  await expect(notice).toContainText('1 wijziging wordt in dit venster bewaard');
  await page.getByLabel('Aantal medewerkers').fill('120');
  await page.getByLabel('Aantal medewerkers').blur();
  await expect(notice).toContainText('2 wijzigingen worden in dit venster bewaard en zijn nog niet opgeslagen');
  await expect(notice).toContainText('Beekzande.paraat');
  await expect(page.getByRole('status').filter({ hasText: 'Niet opgeslagen' })).toBeVisible();
  await expect(page.getByLabel('Adres', { exact: true })).toHaveValue('Marktplein 1, 8000 Beekzande');
  await expect(page.getByLabel('Aantal medewerkers')).toHaveValue('120');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath('media-trouble-nl.png') });

  // Closing the plan now would drop them: it is refused with the reason, and the plan stays open.
  await chooseFromFileMenu(page, 'Plan sluiten');
  await expect(page.getByRole('alert').filter({ hasText: '2 wijzigingen zijn nog niet opgeslagen' })).toBeVisible();
  await expect(page.getByLabel('Adres', { exact: true })).toHaveValue('Marktplein 1, 8000 Beekzande');

  // Moving on through the wizard while the file is away keeps the edits where they were typed.
  await page.getByRole('button', { name: 'Volgende →' }).click();
  await page.getByRole('button', { name: '← Vorige' }).click();
  await expect(page.getByLabel('Adres', { exact: true })).toHaveValue('Marktplein 1, 8000 Beekzande');
  await expect(notice).toContainText('2 wijzigingen');

  // Leaving the page now would lose them: the browser (and Electron, through main) asks first.
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))),
  );
  await page.close({ runBeforeUnload: true }).catch(() => undefined);
  expect(await asked).toBe('beforeunload');
  await expect(notice).toBeVisible();

  putBack();
  await expect(notice).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();
  await expect(page.getByText('Het planbestand is weer bereikbaar')).toBeVisible();

  await chooseFromFileMenu(page, 'Plan sluiten');
  await page.getByRole('button', { name: /^Lokaal bestuur Beekzande/ }).click();
  await expect(page.getByLabel('Adres', { exact: true })).toHaveValue('Marktplein 1, 8000 Beekzande');
  await expect(page.getByLabel('Aantal medewerkers')).toHaveValue('120');
  await expect(page.getByLabel('Sector', { exact: true })).toHaveValue('Lokale overheid');
  await chooseFromFileMenu(page, 'Plan sluiten');
  expect(organisationOf(path)).toMatchObject({
    sector: 'Lokale overheid',
    address: 'Marktplein 1, 8000 Beekzande',
    staffCount: 120,
  });
});

test('a plan whose stick was pulled is saved to another place with every kept edit, also a person added meanwhile', async ({
  paraat,
}) => {
  const { page } = paraat;
  const { pull } = await openPlanOnStick(paraat);

  pull();
  await page.getByLabel('Adres', { exact: true }).fill('Marktplein 1');
  await page.getByLabel('Adres', { exact: true }).blur();
  const notice = page.getByTestId('media-trouble');
  await expect(notice).toContainText('1 wijziging');
  await page.getByRole('button', { name: 'Volgende →' }).click();
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Eline Vermeersch');
  await page.getByLabel('Naam', { exact: true }).blur();
  await expect(notice).toContainText('2 wijzigingen');

  const laptop = join(paraat.folder, 'laptop');
  mkdirSync(laptop);
  const target = join(laptop, 'Beekzande.paraat');
  await paraat.answerDialog('chooseCopyPath', target);
  await notice.getByRole('button', { name: 'Op een andere plaats opslaan…' }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByText(`Het plan is nu opgeslagen in ${target}`)).toBeVisible();
  await expect(page.getByTestId('plan-location')).toContainText('laptop');
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();

  await expect(page.getByText('Eline Vermeersch', { exact: true })).toBeVisible();

  // Edits go on into the new file.
  await page.getByRole('button', { name: '← Vorige' }).click();
  await page.getByLabel('Adres', { exact: true }).fill('Marktplein 2');
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();
  await chooseFromFileMenu(page, 'Plan sluiten');
  expect(organisationOf(target)).toMatchObject({ sector: 'Lokale overheid', address: 'Marktplein 2' });
  expect(
    withPlan(target, (plan) =>
      plan
        .list('people')
        .list()
        .map((person) => person.name),
    ),
  ).toEqual(['Eline Vermeersch']);
});

test('an import while the stick is out is refused with nothing written, and goes through once it is back with the same file and mapping', async ({
  paraat,
}, testInfo) => {
  const { page } = paraat;
  const { path, pull, putBack } = await openPlanOnStick(paraat);
  await page.getByRole('button', { name: 'Volgende →' }).click();
  await page.locator('input[type="file"]').first().setInputFiles('tests/fixtures/csv/people-excel.csv');
  const preview = page.getByRole('region', { name: 'Voorbeeld van people-excel.csv' });
  await preview.getByLabel('Veld voor kolom Opmerking').selectOption('department');
  const importButton = preview.getByRole('button', { name: /^\d+ rijen importeren$/ });
  const rows = Number((await importButton.textContent())!.split(' ')[0]);

  pull();
  await importButton.click();
  const refusal = preview.getByTestId('csv-import-waits');
  await expect(refusal).toContainText(
    'Het planbestand is niet bereikbaar: er is niets van opgeslagen en er ging niets verloren.',
  );
  await expect(refusal).toContainText('Het bestand en de kolomkeuze blijven hier staan.');
  await expect(page.getByTestId('media-trouble')).toContainText('Er wachten geen wijzigingen in dit venster');
  await expect(importButton).toBeDisabled();
  await refusal.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('import-refused-nl.png') });

  putBack();
  await expect(page.getByTestId('media-trouble')).toBeHidden({ timeout: 15_000 });
  await expect(refusal).toBeHidden();
  await expect(preview.getByLabel('Veld voor kolom Opmerking')).toHaveValue('department');
  await importButton.click();
  await expect(page.getByRole('status').filter({ hasText: `${rows} rijen geïmporteerd.` })).toBeVisible();
  await chooseFromFileMenu(page, 'Plan sluiten');
  expect(withPlan(path, (plan) => plan.list('people').list().length)).toBe(rows);
});
