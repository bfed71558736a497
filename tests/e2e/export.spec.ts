import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { writeGeneratedPlan } from '../../bench/generatePlan';
import { expect, test } from './fixtures';
import { contentsPageMismatches, pdfOutline } from '../builders/pdfText';
import { chooseFromFileMenu } from './fileMenu';
import { testsThatExport, untilFinished } from './waits';

const documentXml = (path: string) => strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);
const pdfText = (path: string) => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

// Rendering and printing take seconds each on a busy machine.
test.describe.configure(testsThatExport);

async function openExportPanel(page: Page) {
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisatie en plan' })).toBeVisible();
  await chooseFromFileMenu(page, 'Exporteren…');
  const panel = page.getByRole('dialog', { name: 'Het plan exporteren' });
  await expect(panel).toBeVisible();
  return panel;
}

test('the example plan is exported to Word in the chosen language from the export panel', async ({ paraat }) => {
  const { page } = paraat;
  const panel = await openExportPanel(page);
  await panel.getByLabel('English').check();
  await panel.getByLabel(/Zonder privégegevens/).check();
  await page.screenshot({ path: 'test-results/screens/export-panel-nl.png', fullPage: true });

  const target = join(paraat.folder, 'Beekzande.docx');
  await paraat.answerDialog('chooseExportPath', target);
  await panel.getByRole('button', { name: 'Exporteren naar Word…' }).click();
  await expect(panel.getByRole('status')).toContainText('Beekzande.docx', untilFinished);
  const xml = documentXml(target);
  expect(xml).toContain('Organisation and plan');
  expect(xml).toContain('Confidential');
  expect(xml.replace(/\u00A0/g, ' ')).not.toContain('0470 55 66 01');

  await panel.getByRole('button', { name: 'Sluiten' }).click();
  await expect(panel).toBeHidden();
});

test('the plan as PDF and the emergency card are printed from the export panel', async ({ paraat }) => {
  const { page } = paraat;
  const panel = await openExportPanel(page);
  const pdf = join(paraat.folder, 'Beekzande.pdf');
  await paraat.answerDialog('chooseExportPath', pdf);
  await panel.getByRole('button', { name: 'Exporteren naar PDF…' }).click();
  await expect(panel.getByRole('status')).toContainText('De PDF is opgeslagen', untilFinished);
  // The management summary comes first, then the chapters in the wizard's order.
  expect(pdfText(pdf)).toContain('1. Samenvatting voor het management');
  expect(pdfText(pdf)).toContain('2. Organisatie en plan');
  // Bookmarks for the chapters, and the contents give the page each chapter starts on.
  const chapters = pdfOutline(pdf).filter((title) => /^(\d+|[A-Z])\. /.test(title));
  expect(chapters).toContain('1. Samenvatting voor het management');
  expect(chapters.length).toBeGreaterThan(15);
  expect(
    contentsPageMismatches(
      pdf,
      chapters.map((text) => ({ text })),
    ),
  ).toEqual([]);

  const card = join(paraat.folder, 'Noodkaart.pdf');
  await paraat.answerDialog('chooseExportPath', card);
  await panel.getByRole('button', { name: 'Noodkaart (PDF)…' }).click();
  await expect(panel.getByRole('status')).toContainText('De noodkaart is opgeslagen', untilFinished);
  expect(pdfText(card)).toContain('Belboom');
});

test('the off-line kit is written to a new folder and noted in the distribution list', async ({ paraat }) => {
  const { page } = paraat;
  const panel = await openExportPanel(page);
  const kit = join(paraat.folder, 'Noodkit');
  await paraat.answerDialog('chooseExportPath', kit);
  await panel.getByRole('button', { name: 'Off-linekit…' }).click();
  await expect(panel.getByRole('status')).toContainText('genoteerd in de verspreidingslijst', untilFinished);
  expect(readdirSync(kit)).toContain('LEESMIJ.txt');
  await page.screenshot({ path: 'test-results/screens/export-panel-done-nl.png' });

  await panel.getByRole('button', { name: 'Sluiten' }).click();
  await page.getByRole('link', { name: /Verspreiding/ }).click();
  await expect(page.getByText('Off-linekit in Noodkit')).toBeVisible();
});

test('a folder that cannot be written to gets a clear message in the panel', async ({ paraat }) => {
  const { page } = paraat;
  const panel = await openExportPanel(page);
  await paraat.answerDialog('chooseExportPath', join(paraat.folder, 'no-such-folder', 'plan.docx'));
  await panel.getByRole('button', { name: 'Exporteren naar Word…' }).click();
  await expect(panel.getByRole('alert')).toContainText('Er bleef geen half bestand achter', untilFinished);
  await page.screenshot({ path: 'test-results/screens/export-panel-error-nl.png', fullPage: true });
});

test('while a big plan is exported, the panel tells which chapter is being made and then which one is laid out in the Word file', async ({
  paraat,
}) => {
  const { page } = paraat;
  // The benchmark's XL plan: building its chapters alone spans several of the panel's questions.
  const path = join(paraat.folder, 'Beekzande-XL.paraat');
  writeGeneratedPlan(path, 'XL');
  await paraat.answerDialog('chooseExistingPlan', path);
  await page.getByRole('button', { name: 'Plan openen…' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisatie en plan' })).toBeVisible();
  await chooseFromFileMenu(page, 'Exporteren…');
  const panel = page.getByRole('dialog', { name: 'Het plan exporteren' });
  // Every line the panel shows is kept, however briefly it stood there.
  await page.evaluate(() => {
    const shown: string[] = [];
    (window as unknown as { progressShown: string[] }).progressShown = shown;
    new MutationObserver(() => {
      const line = document.querySelector('.export-progress')?.textContent;
      if (line && shown.at(-1) !== line) shown.push(line);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  const target = join(paraat.folder, 'Beekzande-XL.docx');
  await paraat.answerDialog('chooseExportPath', target);
  await panel.getByRole('button', { name: 'Exporteren naar Word…' }).click();
  const progress = panel.locator('.export-progress');
  await expect(progress).toHaveText(
    /^(Hoofdstuk \d+ van \d+: .+|Word-bestand opmaken: \d+ van \d+ .+)$/,
    untilFinished,
  );
  await page.screenshot({ path: 'test-results/screens/export-panel-progress-nl.png' });
  await expect(panel.getByRole('status')).toContainText('Het Word-document is opgeslagen', untilFinished);
  await expect(progress).toBeHidden();

  const shown = await page.evaluate(() => (window as unknown as { progressShown: string[] }).progressShown);
  const chapters = shown.filter((line) => /^Hoofdstuk \d+ van \d+: /.test(line));
  expect(chapters.length).toBeGreaterThan(0);
  // Forward only: a later line never names an earlier chapter, and the Word file is laid out after the chapters are made.
  const numbers = chapters.map((line) => Number(/^Hoofdstuk (\d+)/.exec(line)![1]));
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  const laidOut = shown.findIndex((line) => line.startsWith('Word-bestand opmaken: '));
  expect(laidOut).toBeGreaterThan(shown.indexOf(chapters.at(-1)!));
});
