import { expect, test } from './fixtures';
import { createPlanFromStart } from './steps';

const goTo = async (page: import('@playwright/test').Page, step: RegExp | string) =>
  page.getByRole('navigation').getByRole('link', { name: step }).click();

test('a service adds its system on the spot, and the system lists and edits the services that use it', async ({
  paraat,
}) => {
  const { page } = paraat;
  await createPlanFromStart(paraat, {
    organisation: 'Gemeente Beekzande',
    kind: 'Lokaal bestuur in Vlaanderen',
    fileName: 'beekzande.paraat',
  });
  await goTo(page, 'Diensten en processen');
  await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
  await page.keyboard.type('Burgerzaken');
  const systems = page.getByRole('group', { name: 'Systemen die de dienst gebruikt' });
  await expect(systems.getByText('Nog niets om te kiezen')).toBeVisible();
  await systems.getByRole('button', { name: 'Nieuw systeem' }).click();
  await page.getByLabel('Naam van het nieuwe systeem').fill('Bevolkingsregister');
  await page.keyboard.press('Enter');
  await expect(systems.getByRole('checkbox', { name: 'Bevolkingsregister' })).toBeChecked();
  await expect(systems.getByRole('status')).toHaveText(/Bevolkingsregister is toegevoegd en gekozen/);
  await expect(systems.getByRole('button', { name: 'Nieuw systeem' })).toBeFocused();

  await goTo(page, 'IT-inventaris');
  await page.getByRole('button', { name: 'Bevolkingsregister' }).click();
  const usedBy = page.getByRole('group', { name: 'Diensten die dit systeem gebruiken' });
  await expect(usedBy.getByRole('checkbox', { name: 'Burgerzaken' })).toBeChecked();

  // A system's supplier is added from the system, before the suppliers' step.
  await page.getByRole('button', { name: 'Nieuwe leverancier' }).click();
  await page.getByLabel('Naam van de nieuwe leverancier').fill('Cipal Schaubroeck');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(page.getByLabel('Leverancier', { exact: true }).locator('option:checked')).toHaveText(
    'Cipal Schaubroeck',
  );

  // A service added from the system's side uses it at once; unticking takes the link away on both sides.
  await usedBy.getByRole('button', { name: 'Nieuwe dienst' }).click();
  await page.getByLabel('Naam van de nieuwe dienst').fill('Rijbewijzen');
  await page.keyboard.press('Enter');
  await expect(usedBy.getByRole('checkbox', { name: 'Rijbewijzen' })).toBeChecked();
  await usedBy.getByRole('checkbox', { name: 'Burgerzaken' }).uncheck();

  await goTo(page, 'Diensten en processen');
  await page.getByRole('button', { name: 'Burgerzaken' }).click();
  await expect(systems.getByRole('checkbox', { name: 'Bevolkingsregister' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Rijbewijzen' }).click();
  await expect(systems.getByRole('checkbox', { name: 'Bevolkingsregister' })).toBeChecked();

  await goTo(page, /Leveranciers/);
  await expect(page.getByRole('button', { name: 'Cipal Schaubroeck' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('in English a playbook adds its fallback location on the spot; Escape leaves the picker as it was', async ({
  paraat,
}) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Explore the example plan' }).click();
  await goTo(page, /Scenarios/);
  await page.getByRole('table').getByRole('row').nth(1).click();
  const location = page.getByLabel('Fallback location', { exact: true });
  const before = await location.inputValue();
  await page.getByRole('button', { name: 'New fallback location' }).click();
  await page.getByLabel('Name of the new fallback location').fill('Library meeting room');
  await page.keyboard.press('Escape');
  await expect(location).toHaveValue(before);
  await page.getByRole('button', { name: 'New fallback location' }).click();
  await page.getByLabel('Name of the new fallback location').fill('Library meeting room');
  await page.keyboard.press('Enter');
  await expect(location.locator('option:checked')).toHaveText('Library meeting room');
  await expect(page.getByText('Library meeting room was added and chosen.')).toBeVisible();
  await goTo(page, 'Fallback locations');
  await expect(page.getByRole('button', { name: 'Library meeting room' })).toBeVisible();
});

test("a supplier's form ticks the systems it supports, which sets and clears each system's supplier", async ({
  paraat,
}) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await goTo(page, /Leveranciers en externe contacten/);
  await page.getByRole('button', { name: 'Civitas Software' }).click();
  const supported = page.getByRole('group', { name: 'Systemen die deze leverancier ondersteunt' });
  await expect(supported.getByRole('checkbox', { name: 'Civitas (bevolkingsregister en akten)' })).toBeChecked();
  // A system of another supplier says whose it is now: ticking it moves it here.
  const printers = supported.getByRole('checkbox', { name: /^Multifunctionele printers/ });
  await expect(printers).toHaveAccessibleName('Multifunctionele printers (nu bij Westkust ICT Partners)');
  await printers.check();
  await expect(printers).toHaveAccessibleName('Multifunctionele printers');
  await supported.getByRole('checkbox', { name: 'Sociaal dossier (webtoepassing)' }).check();
  await supported.getByRole('checkbox', { name: 'Civitas (bevolkingsregister en akten)' }).uncheck();
  await supported.getByRole('button', { name: 'Nieuw systeem' }).click();
  await page.getByLabel('Naam van het nieuwe systeem').fill('Parkeerautomaten');
  await page.keyboard.press('Enter');
  await expect(supported.getByRole('checkbox', { name: 'Parkeerautomaten' })).toBeChecked();

  await goTo(page, 'IT-inventaris');
  const supplier = page.getByLabel('Leverancier', { exact: true });
  for (const system of ['Sociaal dossier (webtoepassing)', 'Multifunctionele printers', 'Parkeerautomaten']) {
    await page.getByRole('button', { name: system, exact: true }).click();
    await expect(supplier.locator('option:checked')).toHaveText('Civitas Software');
  }
  await page.getByRole('button', { name: 'Civitas (bevolkingsregister en akten)', exact: true }).click();
  await expect(supplier).toHaveValue('');

  await goTo(page, /Leveranciers en externe contacten/);
  await page.getByRole('button', { name: 'Westkust ICT Partners' }).click();
  await expect(supported.getByRole('checkbox', { name: 'Firewall en VPN' })).toBeChecked();
  await expect(supported.getByRole('checkbox', { name: /^Multifunctionele printers/ })).not.toBeChecked();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
