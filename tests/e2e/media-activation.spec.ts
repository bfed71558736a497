import type { Page } from '@playwright/test';
import { mkdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportPrintView } from '../../src/export/exportPlan';
import { writeExamplePlan } from '../../src/storage/examplePlan';
import { toPlanJson } from '../../src/storage/planJson';
import { withPlan } from '../builders/planFiles';
import { type ParaatHarness, expect, test } from './fixtures';
import { chooseFromFileMenu } from './fileMenu';

// The page's clock is set by hand below, so the times on screen are known: Brussels is UTC+1 in November.
test.use({ timezoneId: 'Europe/Brussels' });
const utc = (time: string) => new Date(`2026-11-29T${time}:00.000Z`);
/** How the printed log writes a time (in this process's time zone), "29/11/2026 09:05". */
const printed = (time: string) => {
  const date = utc(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/** The example plan in its own folder (the "stick"), opened; pulling the stick renames the folder away. */
async function exampleOnStick(paraat: ParaatHarness) {
  const { page } = paraat;
  const stick = join(paraat.folder, 'stick');
  mkdirSync(stick);
  const path = join(stick, 'Beekzande.paraat');
  writeExamplePlan(path, resolve('resources/examples'), 'nl').close();
  await paraat.answerDialog('chooseExistingPlan', path);
  await page.getByRole('button', { name: 'Plan openen…' }).click();
  return {
    path,
    pull: () => renameSync(stick, `${stick}-elders`),
    putBack: () => renameSync(`${stick}-elders`, stick),
  };
}

/** The start dialog with an exercise on ransomware chosen, not yet started. */
async function ransomwareExerciseDialog(page: Page) {
  await page.getByRole('button', { name: 'Incident of oefening starten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Een incident of een oefening starten' });
  await dialog.getByLabel('Oefening').check();
  await dialog.getByLabel('Ransomware').check();
  return dialog;
}

/** The example plan on its stick, with an exercise on ransomware started by Eline at 10:00. */
async function exerciseOnStick(paraat: ParaatHarness) {
  const { page } = paraat;
  await page.clock.setFixedTime(utc('09:00'));
  const stick = await exampleOnStick(paraat);
  const dialog = await ransomwareExerciseDialog(page);
  await dialog.getByLabel('Uw naam (bij elk vinkje genoteerd)').fill('Eline');
  await dialog.getByRole('button', { name: 'Nu starten' }).click();
  const view = page.getByTestId('action-view');
  await expect(view.getByText('OEFENING', { exact: true })).toBeVisible();
  return { ...stick, view };
}

test('ticks and a note made while the stick is out are shown as done with their times, and saved with those times once it is back', async ({
  paraat,
}, testInfo) => {
  const { page } = paraat;
  const { path, view, pull, putBack } = await exerciseOnStick(paraat);

  pull();
  const stepOne = page.getByTestId('step-step-ransom-1');
  const stepTwo = page.getByTestId('step-step-ransom-2');
  await page.clock.setFixedTime(utc('09:05'));
  await stepOne.getByRole('button', { name: 'Gedaan', exact: true }).click();
  await expect(stepOne).toContainText('gedaan 10:05 door Eline');
  await page.clock.setFixedTime(utc('09:09'));
  await stepTwo.getByRole('button', { name: 'Gedaan', exact: true }).click();
  await expect(stepTwo).toContainText('gedaan 10:09 door Eline');
  await page.clock.setFixedTime(utc('09:12'));
  await view.getByRole('textbox', { name: 'Notities en beslissingen' }).fill('Back-up van zondag is bruikbaar.');
  await view.getByRole('button', { name: 'Bewaren als notitie' }).click();

  const log = page.getByTestId('activation-log');
  await expect(log.getByRole('listitem').first()).toContainText('10:12');
  await expect(log.getByRole('listitem').first()).toContainText(
    'Back-up van zondag is bruikbaar. — Eline · nog niet opgeslagen',
  );
  await expect(log.getByText('nog niet opgeslagen')).toHaveCount(3);
  const notice = page.getByTestId('media-trouble');
  await expect(notice).toContainText('3 wijzigingen worden in dit venster bewaard');
  const strip = page.getByTestId('action-media');
  await expect(strip).toContainText('3 wijzigingen worden in dit venster bewaard');
  // The next thing to do moved on: the ticked steps count as done.
  await expect(page.getByTestId('action-now')).toContainText('Bel Pieter Wouters');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath('action-view-media-trouble-nl.png') });
  // Scrolled down to the log, the strip stays in sight.
  await log.scrollIntoViewIfNeeded();
  await expect(strip).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('action-view-media-trouble-scrolled-nl.png') });

  // An hour later the stick is back: the log is written with the times of the ticks, not of the save.
  await page.clock.setFixedTime(utc('10:30'));
  putBack();
  await expect(notice).toBeHidden({ timeout: 15_000 });
  await expect(strip).toBeHidden();
  await expect(log.getByText('nog niet opgeslagen')).toHaveCount(0);
  await expect(stepOne).toContainText('gedaan 10:05 door Eline');
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();

  await chooseFromFileMenu(page, 'Plan sluiten');
  const plan = withPlan(path, toPlanJson);
  const events = (plan.sections.activationEvents as Record<string, unknown>[]).map((event) => [
    event.at,
    event.kind,
    event.target,
    event.by,
  ]);
  expect(events).toEqual([
    [utc('09:00').toISOString(), 'note', '', 'Eline'],
    [utc('09:05').toISOString(), 'step', 'step-ransom-1', 'Eline'],
    [utc('09:09').toISOString(), 'step', 'step-ransom-2', 'Eline'],
    [utc('09:12').toISOString(), 'note', '', 'Eline'],
  ]);
  const printView = exportPrintView(plan, { language: 'nl', includePrivate: false, now: utc('10:30') });
  for (const time of ['09:05', '09:09', '09:12']) expect(printView).toContain(printed(time));
});

test('an exercise whose stick was pulled is saved to another place from the action view, with the ticks and their times', async ({
  paraat,
}) => {
  const { page } = paraat;
  const { pull } = await exerciseOnStick(paraat);
  pull();
  await page.clock.setFixedTime(utc('09:07'));
  const stepOne = page.getByTestId('step-step-ransom-1');
  await stepOne.getByRole('button', { name: 'Gedaan', exact: true }).click();
  const strip = page.getByTestId('action-media');
  await expect(strip).toContainText('1 wijziging wordt in dit venster bewaard');

  const laptop = join(paraat.folder, 'laptop');
  mkdirSync(laptop);
  const target = join(laptop, 'Beekzande.paraat');
  await paraat.answerDialog('chooseCopyPath', target);
  await page.clock.setFixedTime(utc('09:40'));
  await strip.getByRole('button', { name: 'Op een andere plaats opslaan…' }).click();
  await expect(strip).toBeHidden();
  await expect(page.getByTestId('media-trouble')).toBeHidden();
  await expect(page.getByTestId('plan-location')).toContainText('laptop');
  await expect(stepOne).toContainText('gedaan 10:07 door Eline');

  await chooseFromFileMenu(page, 'Plan sluiten');
  const steps = withPlan(target, (plan) =>
    plan
      .list('activationEvents')
      .list()
      .filter((event) => event.kind === 'step'),
  );
  expect(steps.map((event) => [event.at, event.target])).toEqual([[utc('09:07').toISOString(), 'step-ransom-1']]);
});

test('starting an exercise with the stick out is refused in the dialog, with nothing written, and starts once it is back', async ({
  paraat,
}, testInfo) => {
  const { page } = paraat;
  const { path, pull, putBack } = await exampleOnStick(paraat);
  const dialog = await ransomwareExerciseDialog(page);

  pull();
  await dialog.getByRole('button', { name: 'Nu starten' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    /^Het planbestand is niet bereikbaar: er is niets van opgeslagen en er ging niets verloren\./,
  );
  await expect(page.getByTestId('action-view')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('start-refused-nl.png') });

  putBack();
  await expect(page.getByTestId('media-trouble')).toBeHidden({ timeout: 15_000 });
  await dialog.getByRole('button', { name: 'Nu starten' }).click();
  await expect(page.getByTestId('action-view').getByText('OEFENING', { exact: true })).toBeVisible();
  await chooseFromFileMenu(page, 'Plan sluiten');
  expect(withPlan(path, (plan) => plan.list('activations').list().length)).toBe(1);
});

test('closing an exercise while its last ticks wait for the stick says how many first, and closes once it is back', async ({
  paraat,
}) => {
  const { page } = paraat;
  const { path, pull, putBack } = await exerciseOnStick(paraat);
  pull();
  const recon = page.locator('[data-testid^="recon-"]');
  const items = await recon.count();
  for (let ticked = 0; ticked < items; ticked++)
    await recon.getByRole('button', { name: 'Gedaan', exact: true }).first().click();
  await expect(recon.getByRole('button', { name: 'Gedaan', exact: true })).toHaveCount(0);

  const close = page.getByRole('button', { name: 'Afsluiten en de evaluatie openen' });
  await expect(page.getByTestId('close-waits')).toHaveText(
    `Afsluiten kan pas als het planbestand weer bereikbaar is: ${items} wijzigingen in dit venster moeten eerst in het plan staan, want de evaluatie wordt uit het logboek geschreven.`,
  );
  await expect(close).toBeDisabled();

  putBack();
  await expect(page.getByTestId('media-trouble')).toBeHidden({ timeout: 15_000 });
  await expect(page.getByTestId('close-waits')).toBeHidden();
  await close.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Logboek en evaluatie' })).toBeVisible();
  await chooseFromFileMenu(page, 'Plan sluiten');
  const { status, ticks } = withPlan(path, (plan) => ({
    status: plan.list('activations').list()[0]!.status,
    ticks: plan
      .list('activationEvents')
      .list()
      .filter((event) => event.kind === 'reconstitution').length,
  }));
  expect({ status, ticks }).toEqual({ status: 'closed', ticks: items });
});
