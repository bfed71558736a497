import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseFromFileMenu } from './fileMenu';
import { testsThatExport, untilFinished } from './waits';

// scrypt runs twice per save (encrypt, then decrypt to verify) and once per open.
test.describe.configure(testsThatExport);

const PASSPHRASE = 'lente in Beekzande 2026';
const PRIVATE_NUMBER = '0470 55 66 01';

async function typePassphraseTwice(page: Page, passphrase: string) {
  await page.getByLabel('Wachtzin', { exact: true }).fill(passphrase);
  await page.getByLabel('Wachtzin nog eens', { exact: true }).fill(passphrase);
}

test('an encrypted copy is saved for the stick and opens read-only with its passphrase only', async ({ paraat }) => {
  const { page } = paraat;
  const stick = join(paraat.folder, 'stick');
  mkdirSync(stick);
  const copy = join(stick, 'Beekzande.paraatx');

  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await chooseFromFileMenu(page, 'Versleutelde kopie…');
  const dialog = page.getByRole('dialog', { name: 'Een versleutelde kopie opslaan' });
  await expect(dialog).toBeVisible();
  const save = dialog.getByRole('button', { name: 'Versleutelde kopie opslaan…' });

  // Too short, then two different ones: the copy cannot be saved yet, and the dialog says why.
  await page.getByLabel('Wachtzin', { exact: true }).fill('kort');
  await expect(dialog.getByText('Minstens 12 tekens')).toBeVisible();
  await expect(save).toBeDisabled();
  await page.getByLabel('Wachtzin', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Wachtzin nog eens', { exact: true }).fill(`${PASSPHRASE}!`);
  await expect(dialog.getByText('De twee wachtzinnen verschillen.')).toBeVisible();
  await expect(save).toBeDisabled();

  await typePassphraseTwice(page, PASSPHRASE);
  await expect(dialog.getByText('Sterkte: sterk.')).toBeVisible();
  await expect(dialog.getByText('Wat dit niet beschermt')).toBeVisible();
  await expect(dialog.getByText(/BitLocker/)).toBeVisible();
  await expect(dialog.getByText(/wachtwoordmanager/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/encrypted-copy-dialog-nl.png' });

  await paraat.answerDialog('chooseExportPath', copy);
  await save.click();
  await expect(dialog.getByRole('status')).toContainText('Versleutelde kopie opgeslagen en nagekeken', untilFinished);
  expect(readdirSync(stick)).toEqual(['Beekzande.paraatx']);
  expect(readFileSync(copy).includes(Buffer.from(PRIVATE_NUMBER))).toBe(false);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await chooseFromFileMenu(page, 'Plan sluiten');

  // Opening it asks for the passphrase; a wrong one is refused with its own message.
  await paraat.answerDialog('chooseExistingPlan', copy);
  await page.getByRole('button', { name: 'Plan openen…' }).click();
  const unlock = page.getByRole('dialog', { name: 'Een versleutelde kopie openen' });
  await expect(unlock).toContainText('Beekzande.paraatx is een versleutelde kopie', untilFinished);
  await unlock.getByLabel('Wachtzin', { exact: true }).fill('herfst in Beekzande');
  await unlock.getByRole('button', { name: 'Openen' }).click();
  await expect(unlock.getByRole('alert')).toContainText('Deze wachtzin opent Beekzande.paraatx niet', untilFinished);
  await page.screenshot({ path: 'test-results/screens/unlock-wrong-passphrase-nl.png' });

  await unlock.getByLabel('Wachtzin', { exact: true }).fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Openen' }).click();
  await expect(unlock).toBeHidden();
  const banner = page.getByTestId('read-only-banner');
  await expect(banner).toContainText('Ontsleutelde weergave', untilFinished);
  await expect(banner).toContainText('Kopie opslaan…');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Beekzande');
  await expect(page.getByLabel('Sector', { exact: true })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/decrypted-view-nl.png' });
  expect(readdirSync(stick)).toEqual(['Beekzande.paraatx']);
});

test('the off-line kit can carry an encrypted plan copy instead of the plan file', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await chooseFromFileMenu(page, 'Exporteren…');
  const panel = page.getByRole('dialog', { name: 'Het plan exporteren' });
  await panel.getByLabel('De kopie van het plan in de kit versleutelen').check();
  const kitButton = panel.getByRole('button', { name: 'Off-linekit…' });
  await expect(kitButton).toBeDisabled();
  await typePassphraseTwice(page, PASSPHRASE);
  await panel.getByLabel(/^Weglaten/).check();
  await page.screenshot({ path: 'test-results/screens/kit-encryption-nl.png' });

  const kit = join(paraat.folder, 'Noodkit');
  await paraat.answerDialog('chooseExportPath', kit);
  await kitButton.click();
  await expect(panel.getByRole('status')).toContainText('genoteerd in de verspreidingslijst', untilFinished);
  expect(readdirSync(kit).sort()).toEqual(['LEESMIJ.txt', 'Lokaal bestuur Beekzande.paraatx']);
  expect(readFileSync(join(kit, 'LEESMIJ.txt'), 'utf8')).toContain('WAT IS VERSLEUTELD');
});
