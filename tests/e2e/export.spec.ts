import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';

const documentXml = (path: string) => strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);

test('the example plan is exported to Word in the chosen language from the export panel', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisatie en plan' })).toBeVisible();

  await page.getByRole('button', { name: 'Exporteren…' }).click();
  const panel = page.getByRole('dialog', { name: 'Het plan exporteren' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('English').check();
  await panel.getByLabel(/Zonder privégegevens/).check();
  await page.screenshot({ path: 'test-results/screens/export-panel-nl.png', fullPage: true });

  const target = join(paraat.folder, 'Beekzande.docx');
  await paraat.answerDialog('chooseExportPath', target);
  await panel.getByRole('button', { name: 'Exporteren naar Word…' }).click();
  await expect(panel.getByRole('status')).toContainText('Beekzande.docx');
  const xml = documentXml(target);
  expect(xml).toContain('Organisation and plan');
  expect(xml).toContain('Confidential');

  const pdf = join(paraat.folder, 'Beekzande.pdf');
  await paraat.answerDialog('chooseExportPath', pdf);
  await panel.getByRole('button', { name: 'Exporteren naar PDF…' }).click();
  await expect(panel.getByRole('status')).toContainText('De PDF is opgeslagen');
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('1. Organisation and plan');
  expect(text).not.toContain('0470 55 66 01');

  const card = join(paraat.folder, 'Noodkaart.pdf');
  await paraat.answerDialog('chooseExportPath', card);
  await panel.getByRole('button', { name: 'Noodkaart (PDF)…' }).click();
  await expect(panel.getByRole('status')).toContainText('De noodkaart is opgeslagen');
  expect(execFileSync('pdftotext', [card, '-'], { encoding: 'utf8' })).toContain('Call tree');
  await page.screenshot({ path: 'test-results/screens/export-panel-done-nl.png' });

  await panel.getByRole('button', { name: 'Sluiten' }).click();
  await expect(panel).toBeHidden();
});

test('a folder that cannot be written to gets a clear message in the panel', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await page.getByRole('button', { name: 'Exporteren…' }).click();
  const panel = page.getByRole('dialog', { name: 'Het plan exporteren' });
  await paraat.answerDialog('chooseExportPath', join(paraat.folder, 'no-such-folder', 'plan.docx'));
  await panel.getByRole('button', { name: 'Exporteren naar Word…' }).click();
  await expect(panel.getByRole('alert')).toContainText('Er bleef geen half bestand achter');
  await page.screenshot({ path: 'test-results/screens/export-panel-error-nl.png', fullPage: true });
});
