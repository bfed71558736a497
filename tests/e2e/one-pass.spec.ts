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

test('an added system opens in view with the focus in its name; a removed one comes back with undo', async ({
  paraat,
}) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'IT-inventaris' }).click();
  const before = await page.getByRole('row').count();
  await page.getByRole('button', { name: 'Systeem toevoegen' }).click();
  const name = page.getByRole('region', { name: '(zonder naam)' }).getByLabel('Naam', { exact: true });
  await expect(name).toBeFocused();
  await expect(name).toBeInViewport();
  await page.keyboard.type('Reservelijn 4G');
  await expect(page.getByRole('region', { name: 'Reservelijn 4G' })).toBeVisible();

  // The system is never offered as something it needs itself.
  const needs = page.getByRole('group', { name: 'Heeft nodig om te werken' });
  await expect(needs.getByRole('checkbox', { name: 'Firewall en VPN' })).toBeVisible();
  await expect(needs.getByRole('checkbox', { name: 'Reservelijn 4G' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Reservelijn 4G is verwijderd uit het plan.' }),
  ).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(before);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Reservelijn 4G' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(before + 1);
});

test('in English too, an added step has its focus and a removal offers Undo', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Explore the example plan' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'IT inventory' }).click();
  await page.getByRole('button', { name: 'Add a system' }).click();
  await expect(page.getByRole('region', { name: '(no name)' }).getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Backup line');
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup line was removed from the plan.' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Backup line' })).toBeVisible();
});

test('a recovery time is read as people type it, shown as read, and nonsense is refused at the field', async ({
  paraat,
}) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Diensten en processen' }).click();
  await page.getByRole('button', { name: 'Sociale dienst' }).click();
  const rto = page.getByLabel('Maximale hersteltijd (RTO, uren)');
  await expect(rto).toHaveValue('1 dag');

  await rto.fill('halve dag');
  await expect(page.getByText('Gelezen als 12 uur.')).toBeVisible();
  await rto.blur();
  await expect(rto).toHaveValue('12 uur');
  // The line stays once the field is left, so the fields below do not move under the pointer.
  await expect(page.getByText('Gelezen als 12 uur.')).toBeVisible();

  await rto.fill('4u30');
  await rto.blur();
  await expect(rto).toHaveValue('4,5 uur');

  await rto.fill('vier appels');
  await rto.blur();
  await expect(page.getByRole('alert')).toHaveText(/Dit is geen duur die Paraat kan lezen/);
  await expect(rto).toHaveValue('vier appels');
  await expect(rto).toHaveAttribute('aria-invalid', 'true');
  // The last duration read stays in the plan.
  await page.getByRole('button', { name: 'Burgerzaken' }).click();
  await page.getByRole('button', { name: 'Sociale dienst' }).click();
  await expect(rto).toHaveValue('4,5 uur');
});

test('in English a recovery time reads "half a day" and "2 days"', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Explore the example plan' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Services and processes' }).click();
  await page.getByRole('button', { name: 'Social services' }).click();
  const rto = page.getByLabel('Recovery time objective (RTO, hours)');
  await rto.fill('half a day');
  await expect(page.getByText('Read as 12 hours.')).toBeVisible();
  await rto.fill('2 days');
  await rto.blur();
  await expect(rto).toHaveValue('2 days');
  await rto.fill('soon');
  await rto.blur();
  await expect(page.getByRole('alert')).toHaveText(/Paraat cannot read this as a duration/);
});

test('tables show dates in words in the plan’s language, like the sentences around them', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Testen en onderhoud' }).click();
  const exercise = page.getByRole('row').filter({ hasText: 'Hersteltest burgerzaken en mailboxen' });
  await expect(exercise.getByRole('cell', { name: '12 mei 2026' }).first()).toBeVisible();
  await expect(page.getByRole('table').first()).not.toContainText('2026-05-12');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('row').filter({ hasText: '12 May 2026' }).first()).toBeVisible();
  await expect(page.getByRole('table').first()).not.toContainText('2026-05-12');
});
