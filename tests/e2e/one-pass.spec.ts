import { expect, test } from './fixtures';
import { chooseFromFileMenu } from './fileMenu';

test('closing a plan from any step ends on the start screen without an error', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  for (const step of ['IT-inventaris', 'Diensten en processen', 'Overzicht']) {
    await page.getByRole('navigation').getByRole('link', { name: step }).click();
    await expect(page.getByRole('heading', { level: 2, name: step })).toBeVisible();
    await chooseFromFileMenu(page, 'Plan sluiten');
    await expect(page.getByRole('heading', { name: 'Welkom bij Paraat' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  }
});

test('a new plan and the example open on the first step, whatever step the last plan was on', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Explore the example plan' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Suppliers' }).click();
  await expect(page.getByText('Step 10 of 17')).toBeVisible();
  await chooseFromFileMenu(page, 'Close plan');
  await page.getByRole('button', { name: 'Explore the example plan' }).click();
  await expect(page.getByText('Step 1 of 17')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisation and plan' })).toBeVisible();
});
