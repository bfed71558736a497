import { expectNoAxeViolations } from './axe';
import { chooseFromFileMenu } from './fileMenu';
import { expect, test } from './fixtures';
import { allSaved, createPlanFromStart, flemishMunicipality, goToStep } from './steps';

const NOBODY_AFTER_DEPUTY =
  'De rol Algemeen directeur mag het plan activeren, maar heeft niemand na de plaatsvervanger. Als hoofdcontact en plaatsvervanger allebei afwezig zijn, mag niemand beslissen: vul een derde in lijn in.';

test('a role that activates the plan gets a line of succession and its authority with limits, kept after reopening', async ({
  paraat,
}) => {
  const { page } = paraat;
  await createPlanFromStart(paraat, flemishMunicipality('Beekzande'));
  await goToStep(page, /Sleutelpersonen en rollen/);
  for (const name of ['Jan De Smet', 'Koen Willems', 'Eline Vermeersch']) {
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await page.getByLabel('Naam', { exact: true }).fill(name);
  }

  const roles = page.getByRole('table', { name: 'Rollen' });
  await roles.getByRole('button', { name: 'Algemeen directeur' }).click();
  await page.getByLabel('Hoofdcontact', { exact: true }).selectOption({ label: 'Jan De Smet' });
  await page.getByLabel('Plaatsvervanger', { exact: true }).selectOption({ label: 'Koen Willems' });
  // A new plan's crisis lead may activate it from the start.
  await expect(page.getByLabel('Plan activeren')).toBeChecked();
  // Who may activate, with nobody after the deputy: nobody decides when both are out.
  await expect(page.getByRole('link', { name: NOBODY_AFTER_DEPUTY })).toBeVisible();

  // The deputy again as third in line makes the line no longer than it was.
  const third = page.getByLabel('Derde in lijn', { exact: true });
  await third.selectOption({ label: 'Koen Willems' });
  await expect(
    page.getByRole('link', {
      name: /Bij de rol Algemeen directeur staat Koen Willems twee keer in de lijn van opvolging/,
    }),
  ).toBeVisible();
  await third.selectOption({ label: 'Eline Vermeersch' });
  await expect(page.getByRole('link', { name: NOBODY_AFTER_DEPUTY })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /twee keer in de lijn van opvolging/ })).toHaveCount(0);

  // Spending without an amount or limit is pointed out until the amount is written.
  await page.getByLabel('Uitgaven doen').check();
  await expect(page.getByRole('link', { name: /mag uitgaven doen zonder bedrag of grens/ })).toBeVisible();
  await page.getByLabel('Mag uitgeven tot (euro)').fill('25000');
  await page.getByLabel('Grenzen van de bevoegdheid').fill('Daarboven beslist het vast bureau.');
  await page.getByLabel('Opvolging gaat in wanneer').fill('Beiden 30 minuten onbereikbaar');
  await expect(page.getByRole('link', { name: /mag uitgaven doen zonder bedrag of grens/ })).toHaveCount(0);
  await allSaved(page);
  await expectNoAxeViolations(page, 'the role form with succession and authority');
  await page.screenshot({ path: 'test-results/screens/role-succession.png', fullPage: true });

  await chooseFromFileMenu(page, 'Plan sluiten');
  await page.getByRole('button', { name: /^Lokaal bestuur Beekzande/ }).click();
  await goToStep(page, /Sleutelpersonen en rollen/);
  await page.getByRole('table', { name: 'Rollen' }).getByRole('button', { name: 'Algemeen directeur' }).click();
  await expect(page.getByLabel('Derde in lijn', { exact: true }).locator('option:checked')).toHaveText(
    'Eline Vermeersch',
  );
  await expect(page.getByLabel('Plan activeren')).toBeChecked();
  await expect(page.getByLabel('Uitgaven doen')).toBeChecked();
  await expect(page.getByLabel('Mag uitgeven tot (euro)')).toHaveValue('25000');
  await expect(page.getByLabel('Grenzen van de bevoegdheid')).toHaveValue('Daarboven beslist het vast bureau.');
  await expect(page.getByLabel('Opvolging gaat in wanneer')).toHaveValue('Beiden 30 minuten onbereikbaar');
});
