import type { Page } from '@playwright/test';
import { CORPUS } from '../fixtures/import-corpus/corpus';
import { corpusBytes, inventoryOverSheets } from '../fixtures/import-corpus/files';
import { expect, test } from './fixtures';
import { createPlanFromStart } from './steps';

const goTo = async (page: Page, stepTitle: RegExp) => {
  await page.getByRole('navigation', { name: 'Stappen van het plan' }).getByRole('link', { name: stepTitle }).click();
};

test('an Outlook contacts export and an .xlsx inventory are imported as they are, with the proposed columns', async ({
  paraat,
}, testInfo) => {
  const { page } = paraat;
  await createPlanFromStart(paraat, {
    organisation: 'Gemeente Testdorp',
    kind: 'Bedrijf of organisatie (kmo / mkb)',
    fileName: 'testdorp.paraat',
  });

  await goTo(page, /Sleutelpersonen en rollen/);
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles('tests/fixtures/import-corpus/outlook-contacten-nl.csv');
  const contacts = page.getByRole('region', { name: 'Voorbeeld van outlook-contacten-nl.csv' });
  await expect(contacts.getByTestId('csv-recognised')).toHaveText(
    'Herkend: een Outlook-contactenexport (Nederlands). Kolommen voorgesteld zoals die export ze noemt.',
  );
  // First, middle and last name go into one name; the salutation is not a job title.
  await expect(contacts.getByLabel('Veld voor kolom Voornaam')).toHaveValue('name');
  await expect(contacts.getByLabel('Veld voor kolom Achternaam')).toHaveValue('name');
  await expect(contacts.getByLabel('Veld voor kolom Titel')).toHaveValue('');
  await expect(contacts).toContainText('6 nieuw, 0 bijgewerkt, 0 ongewijzigd.');
  await page.screenshot({ path: testInfo.outputPath('outlook-preview-nl.png'), fullPage: true });
  await contacts.getByRole('button', { name: '6 rijen importeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: '6 rijen geïmporteerd.' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Personen' }).getByRole('button', { name: 'Bram van Dijk' }),
  ).toBeVisible();

  await goTo(page, /IT-inventaris/);
  const inventory = CORPUS.find((file) => file.file === 'inventory-excel.xlsx')!;
  await page.locator('input[type=file]').setInputFiles({
    name: 'inventory.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(corpusBytes(inventory)),
  });
  const sheet = page.getByRole('region', { name: 'Voorbeeld van inventory.xlsx' });
  await expect(sheet).toContainText('Gelezen als Excel-werkmap (.xlsx), kopregel op regel 3.');
  await expect(sheet).toContainText('6 systemen kunnen geïmporteerd worden.');
  await expect(sheet).toContainText('1 rij overgeslagen (totaalrij).');
  await expect(sheet).toContainText('“Notebook”: gelezen als Laptop');
  await page.screenshot({ path: testInfo.outputPath('xlsx-preview-nl.png'), fullPage: true });
  await sheet.getByRole('button', { name: '6 systemen importeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: '6 systemen geïmporteerd.' })).toBeVisible();
  await page.getByRole('button', { name: 'Staff laptops' }).click();
  await expect(page.getByLabel('Aantal', { exact: true })).toHaveValue('25');
});

test('a workbook with several sheets is read from its first sheet with data, and another sheet can be chosen', async ({
  paraat,
}, testInfo) => {
  const { page } = paraat;
  await createPlanFromStart(paraat, {
    organisation: 'Gemeente Testdorp',
    kind: 'Bedrijf of organisatie (kmo / mkb)',
    fileName: 'werkbladen.paraat',
  });
  await goTo(page, /IT-inventaris/);
  await page.locator('input[type=file]').setInputFiles({
    name: 'inventaris.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(inventoryOverSheets()),
  });
  const preview = page.getByRole('region', { name: 'Voorbeeld van inventaris.xlsx' });
  const sheet = preview.getByLabel('Werkblad');
  await expect(sheet).toHaveValue('Laptops');
  await expect(preview).toContainText('Deze werkmap heeft 3 werkbladen');
  await expect(preview).toContainText('1 systeem kan geïmporteerd worden.');

  // The explanation sheet holds no list: said, and another sheet can still be chosen.
  await sheet.selectOption('Uitleg');
  await expect(preview.getByRole('alert')).toHaveText('Het werkblad “Uitleg” is leeg: kies een ander werkblad.');
  await sheet.selectOption('Servers');
  await expect(preview).toContainText('2 systemen kunnen geïmporteerd worden.');
  await page.screenshot({ path: testInfo.outputPath('sheet-picker-nl.png'), fullPage: true });
  await preview.getByRole('button', { name: '2 systemen importeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 systemen geïmporteerd.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mailserver' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Laptop onthaal' })).toHaveCount(0);
});
