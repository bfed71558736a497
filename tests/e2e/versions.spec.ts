import { expect, test } from './fixtures';
import { openStep } from './steps';

test('issuing versions, comparing them and seeing who holds an outdated copy', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await openStep(page, 'Versies en wijzigingen');

  // The example comes with versions 0.9 and 1.0; Tom still holds 0.9.
  await expect(page.getByText('Huidige versie: 1.0')).toBeVisible();
  const record = page.getByRole('region', { name: 'Overzicht van wijzigingen' });
  await expect(record.getByRole('row')).toHaveCount(3);
  const holders = page.getByRole('region', { name: 'Wie heeft nog een oudere versie?' });
  await expect(holders).toContainText('Tom Maes heeft versie 0.9');

  await holders.getByRole('button', { name: 'Wat is er sindsdien veranderd?' }).click();
  const comparison = page.getByRole('region', { name: 'Versies vergelijken' });
  await expect(comparison.getByLabel('Van')).toHaveValue('0.9');
  await expect(comparison).toContainText('toegevoegd:');

  // An edit, then a new version with the suggested number.
  await openStep(page, 'Organisatie en plan');
  await page.getByLabel('Toepassingsgebied').fill('Alle vestigingen, ook de bibliotheek.');
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();
  await openStep(page, 'Versies en wijzigingen');
  await expect(page.getByText(/wijziging(en)? sinds de laatste versie/)).toBeVisible();
  await expect(page.getByLabel('Versienummer')).toHaveValue('1.1');
  await page.getByLabel('Wat is er veranderd?').fill('Bibliotheek toegevoegd aan het toepassingsgebied.');
  await page.getByLabel('Goedgekeurd door').fill('Vast bureau');
  await page.getByRole('button', { name: 'Versie uitgeven' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Versie 1.1 is uitgegeven.' })).toBeVisible();
  await expect(page.getByText('Huidige versie: 1.1')).toBeVisible();
  await expect(record.getByRole('row')).toHaveCount(4);
  await expect(record.getByRole('row').nth(1)).toContainText('Bibliotheek toegevoegd');
  await expect(holders).toContainText('Jan De Smet heeft versie 1.0');

  await comparison.getByLabel('Van').selectOption('1.0');
  await comparison.getByLabel('Naar').selectOption('1.1');
  await expect(comparison).toContainText('Toepassingsgebied');
  await page.screenshot({ path: 'test-results/screens/versions-nl.png', fullPage: true });

  // The organisation step now states the new version.
  await openStep(page, 'Organisatie en plan');
  await expect(page.getByLabel('Versie', { exact: true })).toHaveValue('1.1');
});
