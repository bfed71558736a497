import { expect, test } from './fixtures';
import { openStep } from './steps';

test('a list is sorted by a column on a click, descending on a second, and back to the plan order on a third', async ({
  paraat,
}) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await openStep(page, 'IT-inventaris');
  const table = page.getByRole('table').first();
  const firstColumn = async () =>
    (await table.locator('tbody tr td:first-child').allInnerTexts()).map((text) => text.trim());
  const planOrder = await firstColumn();
  expect(planOrder.length).toBeGreaterThan(3);
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const header = table.getByRole('columnheader').first();

  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  expect(await firstColumn()).toEqual([...planOrder].sort(collator.compare));

  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await firstColumn()).toEqual([...planOrder].sort(collator.compare).reverse());

  await header.getByRole('button').click();
  await expect(header).not.toHaveAttribute('aria-sort', /.+/);
  expect(await firstColumn()).toEqual(planOrder);
});
