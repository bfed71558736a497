import { join } from 'node:path';
import { type ParaatHarness, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';

export interface NewPlan {
  organisation: string;
  /** The kind of organisation as the start screen labels it ("Lokaal bestuur in Vlaanderen"). */
  kind: string;
  /** The file name the save dialog "chooses", in the test's own folder. */
  fileName: string;
}

/** A new plan of a Flemish municipality, "Lokaal bestuur <town>", saved as `<town>.paraat`. */
export const flemishMunicipality = (town: string): NewPlan => ({
  organisation: `Lokaal bestuur ${town}`,
  kind: 'Lokaal bestuur in Vlaanderen',
  fileName: `${town}.paraat`,
});

/**
 * Creates a plan from the Dutch start screen as a user does: names the organisation, picks its
 * kind and saves it. Returns the plan file's path.
 */
export async function createPlanFromStart(
  paraat: ParaatHarness,
  { organisation, kind, fileName }: NewPlan,
): Promise<string> {
  const { page } = paraat;
  const path = join(paraat.folder, fileName);
  await page.getByLabel('Naam van de organisatie').fill(organisation);
  await page.getByLabel(kind).check();
  await paraat.answerDialog('chooseNewPlanPath', path);
  await page.getByRole('button', { name: 'Plan aanmaken…' }).click();
  return path;
}

/**
 * A finding on the plan overview, by its sentence: its group (findings of one kind) is opened when
 * the overview lists several of that kind.
 */
export async function findingOnOverview(page: Page, sentence: string | RegExp): Promise<Locator> {
  const finding = page.locator('.finding', { hasText: sentence });
  const group = page.locator('details', { has: finding });
  if ((await group.count()) > 0 && !(await group.evaluate((details) => (details as HTMLDetailsElement).open)))
    await group.locator('summary').click();
  return finding;
}

/** Goes to a step of a Dutch plan by its link in the step list. */
export async function goToStep(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Stappen van het plan' }).getByRole('link', { name: title }).click();
}

/**
 * Goes to a step by its link in the step list, in Dutch or English, and waits until the step shows
 * its title as its heading.
 */
export async function openStep(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: /^(Stappen van het plan|Steps of the plan)$/ })
    .getByRole('link', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

/** Waits until a Dutch plan says every edit is saved. */
export async function allSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();
}
