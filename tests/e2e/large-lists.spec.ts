import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeGeneratedPlan } from '../../bench/generatePlan';
import type { PlanJson } from '../../src/domain/planJson';
import { type ParaatHarness, expect, test } from './fixtures';
import { chooseFromFileMenu } from './fileMenu';

/**
 * An inventory of 500 systems (the benchmark's plan at size M): only the rows in view are on the
 * page, yet the filter, the sorting, scrolling, the keyboard and editing reach every system.
 */

const nav = (page: Page) => page.getByRole('navigation', { name: 'Stappen van het plan' });
const inventory = (page: Page) => page.getByRole('table', { name: 'IT-inventaris' });

type Item = Record<string, unknown> & { id: string };
const itemsOf = (plan: PlanJson, section: string) => (plan.sections[section] ?? []) as Item[];

async function openLargeInventory(paraat: ParaatHarness) {
  const { page } = paraat;
  const path = join(paraat.folder, 'Beekzande-groot.paraat');
  const plan = writeGeneratedPlan(path, 'M');
  await paraat.answerDialog('chooseExistingPlan', path);
  await page.getByRole('button', { name: 'Plan openen…' }).click();
  await nav(page)
    .getByRole('link', { name: /IT-inventaris/ })
    .click();
  await expect(inventory(page).getByRole('row').nth(1)).toBeVisible();
  return plan;
}

const scrollToEnd = (page: Page) =>
  page.locator('.list-scroll').evaluate((box) => box.scrollTo({ top: box.scrollHeight }));

test('the filter finds a system far down a long inventory, and the table tells assistive technology its full size', async ({
  paraat,
}) => {
  const { page } = paraat;
  const plan = await openLargeInventory(paraat);
  const systems = itemsOf(plan, 'systems');
  expect(systems).toHaveLength(500);
  const table = inventory(page);
  await expect(table).toHaveAttribute('aria-rowcount', '501');
  // Far fewer rows on the page than in the plan: that is what keeps a long list quick.
  expect(await table.getByRole('row').count()).toBeLessThan(100);

  const far = String(systems[479]!.name);
  await expect(table.getByRole('button', { name: far })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Zoeken: IT-inventaris' }).fill(far);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('button', { name: far })).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', '2');
});

test('sorting a long inventory orders all of its systems, not only the rows in view', async ({ paraat }) => {
  const { page } = paraat;
  const plan = await openLargeInventory(paraat);
  const people = new Map(itemsOf(plan, 'people').map((person) => [person.id, String(person.name)]));
  const owners = itemsOf(plan, 'systems').map((system) => people.get(String(system.owner)) ?? '');
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const ascending = [...owners].sort(collator.compare);
  const table = inventory(page);
  const ownerHeader = table.getByRole('columnheader', { name: 'Verantwoordelijke' });
  const firstOwner = table.getByRole('row').nth(1).getByRole('cell').nth(3);

  await ownerHeader.getByRole('button').click();
  await expect(ownerHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(firstOwner).toHaveText(ascending[0]!);
  await ownerHeader.getByRole('button').click();
  await expect(ownerHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(firstOwner).toHaveText(ascending[ascending.length - 1]!);

  // The end of the sorted list holds the other extreme.
  await scrollToEnd(page);
  await expect(table.getByRole('row').last().getByRole('cell').nth(3)).toHaveText(ascending[0]!);
});

test('scrolling and the keyboard reach the last system, and the list is where it was when the step is opened again', async ({
  paraat,
}) => {
  const { page } = paraat;
  const plan = await openLargeInventory(paraat);
  const systems = itemsOf(plan, 'systems');
  const first = String(systems[0]!.name);
  const last = String(systems[systems.length - 1]!.name);
  const table = inventory(page);

  await scrollToEnd(page);
  await expect(table.getByRole('button', { name: last })).toBeVisible();
  await expect(table.getByRole('button', { name: first })).toHaveCount(0);

  await nav(page)
    .getByRole('link', { name: /Diensten en processen/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Diensten en processen' })).toBeVisible();
  await nav(page)
    .getByRole('link', { name: /IT-inventaris/ })
    .click();
  await expect(table.getByRole('button', { name: last })).toBeVisible();

  // Home and End, and the arrows, move between the systems' names, scrolling as they go.
  await table.getByRole('button', { name: last }).focus();
  await page.keyboard.press('Home');
  await expect(table.getByRole('button', { name: first })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(table.getByRole('button', { name: String(systems[1]!.name) })).toBeFocused();
  await page.keyboard.press('End');
  await expect(table.getByRole('button', { name: last })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(table.getByRole('button', { name: String(systems[systems.length - 2]!.name) })).toBeFocused();

  // The focus stays on an opened row while the list is scrolled away from it, and the arrows go on from there.
  await page.keyboard.press('Home');
  await table.getByRole('button', { name: first }).click();
  await scrollToEnd(page);
  await expect(table.getByRole('button', { name: last })).toBeVisible();
  await expect(table.getByRole('button', { name: first })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(table.getByRole('button', { name: String(systems[1]!.name) })).toBeFocused();
  await expect(table.getByRole('button', { name: String(systems[1]!.name) })).toBeInViewport();
});

test('a system far down a long inventory is opened, edited and still edited after the plan is closed and opened again', async ({
  paraat,
}) => {
  const { page } = paraat;
  const plan = await openLargeInventory(paraat);
  const systems = itemsOf(plan, 'systems');
  const last = String(systems[systems.length - 1]!.name);
  const table = inventory(page);

  await scrollToEnd(page);
  await table.getByRole('button', { name: last }).click();
  await expect(table.getByRole('row', { name: new RegExp(last) })).toHaveAttribute('aria-selected', 'true');
  const form = page.getByRole('region', { name: last });
  await form.getByLabel('Naam', { exact: true }).fill('Archiefserver stadhuis');
  // The row follows the form as it is typed in, and stays the selected one.
  await expect(table.getByRole('row', { name: /Archiefserver stadhuis/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/large-inventory.png' });

  await chooseFromFileMenu(page, 'Plan sluiten');
  await page.getByRole('button', { name: /^Lokaal bestuur Beekzande \(bench M\)/ }).click();
  await nav(page)
    .getByRole('link', { name: /IT-inventaris/ })
    .click();
  await page.getByRole('searchbox', { name: 'Zoeken: IT-inventaris' }).fill('Archiefserver');
  await expect(table.getByRole('row')).toHaveCount(2);
  await table.getByRole('button', { name: 'Archiefserver stadhuis' }).click();
  await expect(
    page.getByRole('region', { name: 'Archiefserver stadhuis' }).getByLabel('Naam', { exact: true }),
  ).toHaveValue('Archiefserver stadhuis');
});

test('following a warning on a long inventory opens its system, shows its row and puts the focus in the field to fix', async ({
  paraat,
}) => {
  const { page } = paraat;
  await openLargeInventory(paraat);
  const table = inventory(page);
  const warnings = page.getByRole('region', { name: /aandachtspunt/i });
  const warning = warnings.getByRole('link').last();
  await warning.click();
  const selected = table.getByRole('row', { selected: true });
  await expect(selected).toHaveCount(1);
  // Scrolled to within the list's box (the page itself scrolls to the field in the form).
  await expect
    .poll(() =>
      selected.evaluate((row) => {
        const box = row.closest('.list-scroll')!.getBoundingClientRect();
        const shown = row.getBoundingClientRect();
        return shown.top >= box.top - 1 && shown.bottom <= box.bottom + 1;
      }),
    )
    .toBe(true);
  const name = await selected.getByRole('cell').first().innerText();
  const form = page.getByRole('region', { name: name.trim() });
  await expect(form).toBeVisible();
  await expect(form.locator(':focus')).toHaveCount(1);
});
