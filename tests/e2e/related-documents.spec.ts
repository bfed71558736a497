import { expectNoAxeViolations } from './axe';
import { chooseFromFileMenu } from './fileMenu';
import { expect, test } from './fixtures';
import { allSaved, createPlanFromStart, flemishMunicipality, goToStep } from './steps';

const NO_PLAN_DOCUMENT =
  'Het register van documenten vermeldt het plan zelf niet, en dus ook niet waar er een kopie ligt op de uitwijklocaties.';
const NO_COPY_AT_LIBRARY =
  'Op uitwijklocatie Bibliotheek Beekzande ligt geen kopie van het plan. Wie daar moet werken, vindt het plan er dan niet.';

test('the plan is added to the register of related documents with a copy at the fallback location, kept after reopening', async ({
  paraat,
}) => {
  const { page } = paraat;
  await createPlanFromStart(paraat, flemishMunicipality('Beekzande'));
  await goToStep(page, /Uitwijklocaties/);
  await page.getByRole('button', { name: 'Uitwijklocatie toevoegen' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Bibliotheek Beekzande');

  await goToStep(page, /Verspreiding/);
  await expect(page.getByRole('link', { name: NO_PLAN_DOCUMENT })).toBeVisible();
  await page.getByRole('button', { name: 'Document toevoegen' }).click();
  await page.getByLabel('Document', { exact: true }).fill('IT-continuïteitsplan Beekzande');
  await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Dit continuïteitsplan' });
  // Now the plan is listed, the one place without a copy of it is named.
  await expect(page.getByRole('link', { name: NO_PLAN_DOCUMENT })).toHaveCount(0);
  await expect(page.getByRole('link', { name: NO_COPY_AT_LIBRARY })).toBeVisible();
  await page.getByLabel('Papieren kopie', { exact: true }).fill('Noodmap in de kluis van het onthaal');
  await page.getByRole('checkbox', { name: 'Bibliotheek Beekzande' }).check();
  await expect(page.getByRole('link', { name: NO_COPY_AT_LIBRARY })).toHaveCount(0);
  const register = page.getByRole('table', { name: 'Gerelateerde documenten' });
  await expect(register.getByRole('row', { name: /IT-continuïteitsplan Beekzande/ })).toContainText(
    'Dit continuïteitsplan',
  );
  await allSaved(page);
  await expectNoAxeViolations(page, 'the distribution step with a related document');
  await page.screenshot({ path: 'test-results/screens/related-documents.png', fullPage: true });

  await chooseFromFileMenu(page, 'Plan sluiten');
  await page.getByRole('button', { name: /^Lokaal bestuur Beekzande/ }).click();
  await goToStep(page, /Verspreiding/);
  await page
    .getByRole('table', { name: 'Gerelateerde documenten' })
    .getByRole('button', { name: 'IT-continuïteitsplan Beekzande' })
    .click();
  await expect(page.getByLabel('Soort', { exact: true }).locator('option:checked')).toHaveText('Dit continuïteitsplan');
  await expect(page.getByLabel('Papieren kopie', { exact: true })).toHaveValue('Noodmap in de kluis van het onthaal');
  await expect(page.getByRole('checkbox', { name: 'Bibliotheek Beekzande' })).toBeChecked();
  await expect(page.getByRole('link', { name: NO_COPY_AT_LIBRARY })).toHaveCount(0);
});
