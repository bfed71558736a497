import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { findingOnOverview, openStep } from './steps';

const findingCount = async (page: Page) =>
  Number(/\d+/.exec(await page.getByTestId('health-count').innerText())?.[0] ?? NaN);
const score = async (page: Page) =>
  Number((await page.getByTestId('health-score').innerText()).split('/')[0]!.trim().replace(',', '.'));

test('a finding followed from the overview to its field and fixed there leaves the count and raises the score', async ({
  paraat,
}) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await openStep(page, 'Overzicht');
  await expect(page.getByTestId('health-count')).toBeVisible();
  const countBefore = await findingCount(page);
  const scoreBefore = await score(page);
  expect(countBefore).toBeGreaterThan(0);

  const sentence = /Back-up Microsoft 365 .* loopt om de 24 uur, maar E-mail \(Exchange Online\) mag maar 4 uur/;
  const finding = await findingOnOverview(page, sentence);
  await expect(finding).toHaveCount(1);
  await finding.getByRole('link').click();

  // The link opens the backup with the focus in the field that fixes it.
  await expect(page.getByRole('heading', { level: 2, name: 'Back-ups' })).toBeVisible();
  await expect(page.getByLabel('Back-up', { exact: true })).toHaveValue(/^Back-up Microsoft 365/);
  const frequency = page.getByLabel('Om de hoeveel uur');
  await expect(frequency).toBeFocused();
  await frequency.fill('4');
  await frequency.blur();
  await expect(page.getByRole('link', { name: sentence })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();

  await openStep(page, 'Overzicht');
  await expect.poll(() => findingCount(page), { timeout: 30_000 }).toBe(countBefore - 1);
  await expect.poll(() => score(page)).toBeGreaterThan(scoreBefore);
  await expect(page.locator('.finding', { hasText: sentence })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/health-after-fix-nl.png', fullPage: true });
});
