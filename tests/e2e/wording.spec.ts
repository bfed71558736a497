import { expect, test } from './fixtures';
import { createPlanFromStart } from './steps';

const communicationStep = /Communicatie/;

test('a Flemish plan names the Flemish data protection authority in its tables and forms', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await page
    .getByRole('navigation', { name: 'Stappen van het plan' })
    .getByRole('link', { name: communicationStep })
    .click();
  // The audiences come first; the notification duties below name the same authority.
  const table = page.getByRole('table').first();
  await expect(table.getByRole('cell', { name: 'Vlaamse Toezichtcommissie (VTC)' })).toBeVisible();
  await expect(table.getByText('Toezichthouder gegevensbescherming')).toHaveCount(0);

  await table.getByRole('cell', { name: 'Vlaamse Toezichtcommissie (VTC)' }).click();
  await expect(page.getByLabel('Doelgroep', { exact: true })).toHaveValue('dpa');
  await expect(page.getByLabel('Doelgroep', { exact: true }).locator('option:checked')).toHaveText(
    'Vlaamse Toezichtcommissie (VTC)',
  );
});

test('a Netherlands municipality picks the Autoriteit Persoonsgegevens', async ({ paraat }) => {
  const { page } = paraat;
  await createPlanFromStart(paraat, {
    organisation: 'Gemeente Oosterwolde',
    kind: 'Gemeente in Nederland',
    fileName: 'oosterwolde.paraat',
  });
  await page
    .getByRole('navigation', { name: 'Stappen van het plan' })
    .getByRole('link', { name: communicationStep })
    .click();
  await page.getByRole('button', { name: 'Doelgroep toevoegen' }).click();
  await page.getByLabel('Doelgroep', { exact: true }).selectOption({ label: 'Autoriteit Persoonsgegevens (AP)' });
  await expect(page.getByLabel('Doelgroep', { exact: true })).toHaveValue('dpa');
  await expect(
    page.getByRole('table').first().getByRole('cell', { name: 'Autoriteit Persoonsgegevens (AP)' }),
  ).toBeVisible();
});

test('a company set to the Netherlands reads the Netherlands words, and set to Belgium the Belgian ones', async ({
  paraat,
}) => {
  const { page } = paraat;
  await createPlanFromStart(paraat, {
    organisation: 'Drukkerij Verbeke',
    kind: 'Bedrijf of organisatie (kmo / mkb)',
    fileName: 'verbeke.paraat',
  });
  await page.getByLabel('Land', { exact: true }).selectOption({ label: 'Nederland' });
  await page
    .getByRole('navigation', { name: 'Stappen van het plan' })
    .getByRole('link', { name: /Sleutelpersonen/ })
    .click();
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await expect(page.getByLabel('Mobiel', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Gsm', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('table').getByRole('columnheader', { name: 'Mobiel' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Stappen van het plan' })
    .getByRole('link', { name: /Organisatie en plan/ })
    .click();
  await page.getByLabel('Land', { exact: true }).selectOption({ label: 'België' });
  await page
    .getByRole('navigation', { name: 'Stappen van het plan' })
    .getByRole('link', { name: /Sleutelpersonen/ })
    .click();
  await page.getByRole('table').getByRole('row').nth(1).click();
  await expect(page.getByLabel('Gsm', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Mobiel', { exact: true })).toHaveCount(0);
});
