import { expect, test } from './fixtures';
import { allSaved, createPlanFromStart, findingOnOverview, flemishMunicipality, goToStep } from './steps';
import { chooseFromFileMenu } from './fileMenu';

test('people, roles, a supplier, a fallback location and a copy holder are kept after closing and reopening the plan', async ({
  paraat,
}) => {
  const { page } = paraat;
  await createPlanFromStart(paraat, flemishMunicipality('Beekzande'));
  await page.getByLabel('Versie', { exact: true }).fill('1.0');

  // People: two people, a role with main contact and deputy, and one without deputy.
  await page.getByRole('button', { name: 'Volgende →' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sleutelpersonen en rollen' })).toBeVisible();
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Eline Vermeersch');
  await page.getByLabel('Functie', { exact: true }).fill('IT-coördinator');
  await page.getByLabel('Gsm', { exact: true }).fill('0470 11 22 01');
  await page.getByLabel('E-mail', { exact: true }).fill('eline.vermeersch@beekzande.be');
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Jan De Smet');
  await page.getByLabel('Functie', { exact: true }).fill('Algemeen directeur');
  // A number that is too short is kept as typed and pointed out under the field, until it is fixed.
  const mobile = page.getByLabel('Gsm', { exact: true });
  await mobile.fill('0470 11 22');
  await expect(mobile).toHaveAccessibleDescription('Het nummer 0470 11 22 bij Jan De Smet ziet er niet juist uit.');
  await mobile.fill('0470 11 22 02');
  await expect(mobile).not.toHaveAccessibleDescription(/ziet er niet juist uit/);

  const roles = page.getByRole('table', { name: 'Rollen' });
  await roles.getByRole('button', { name: 'Algemeen directeur' }).click();
  await page.getByLabel('Hoofdcontact', { exact: true }).selectOption({ label: 'Jan De Smet' });
  await page.getByLabel('Plaatsvervanger', { exact: true }).selectOption({ label: 'Eline Vermeersch' });
  await expect(roles.getByRole('row', { name: /Algemeen directeur/ })).not.toContainText('Geen plaatsvervanger');
  await roles.getByRole('button', { name: 'Helpdesk' }).click();
  await page.getByLabel('Hoofdcontact', { exact: true }).selectOption({ label: 'Eline Vermeersch' });
  await expect(roles.getByRole('row', { name: /Helpdesk/ })).toContainText('Geen plaatsvervanger');
  await expect(page.getByRole('link', { name: 'De rol Helpdesk heeft geen plaatsvervanger.' })).toBeVisible();
  await allSaved(page);
  await page.screenshot({ path: 'test-results/screens/people-step.png', fullPage: true });

  // A supplier with one contact is flagged.
  await goToStep(page, /Leveranciers en externe contacten/);
  await page.getByRole('button', { name: 'Leverancier toevoegen' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Polderlink');
  await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Internetprovider' });
  await page.getByLabel('Noodnummer', { exact: true }).fill('0800 12 345');
  await page.getByLabel('Reactietijd volgens SLA (uren)').fill('4');
  await page.getByLabel('Contact 1: naam').fill('Storingsdienst');
  await expect(page.getByRole('link', { name: 'Polderlink heeft minder dan twee contactpersonen.' })).toBeVisible();

  await goToStep(page, /Uitwijklocaties/);
  await page.getByRole('button', { name: 'Uitwijklocatie toevoegen' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Bibliotheek Beekzande');
  await page.getByLabel('Adres', { exact: true }).fill('Schoolstraat 12, 9999 Beekzande');
  await page.getByLabel('Capaciteit (werkplekken)').fill('8');
  await page.getByLabel('Contactpersoon', { exact: true }).selectOption({ label: 'Jan De Smet' });

  // A holder with an older version than the plan is warned about.
  await goToStep(page, /Verspreiding/);
  await expect(page.getByText('Huidige versie van het plan: 1.0')).toBeVisible();
  await page.getByRole('button', { name: 'Houder toevoegen' }).click();
  await page.getByLabel('Houder', { exact: true }).selectOption({ label: 'Jan De Smet' });
  await page.getByLabel('Vorm', { exact: true }).selectOption({ label: 'Papier' });
  await page.getByLabel('Versie in bezit').fill('0.9');
  await page.getByLabel('Overhandigd op').fill('2026-09-20');
  await expect(
    page.getByRole('link', { name: 'Jan De Smet heeft versie 0.9, het plan is aan versie 1.0.' }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Houders van een kopie' })).toContainText('Oudere versie');
  await allSaved(page);
  await page.screenshot({ path: 'test-results/screens/distribution-step.png', fullPage: true });

  await chooseFromFileMenu(page, 'Plan sluiten');
  await page.getByRole('button', { name: /^Lokaal bestuur Beekzande/ }).click();

  await goToStep(page, /Sleutelpersonen en rollen/);
  const people = page.getByRole('table', { name: 'Personen' });
  await people.getByRole('button', { name: 'Eline Vermeersch' }).click();
  await expect(page.getByLabel('Functie', { exact: true })).toHaveValue('IT-coördinator');
  await expect(page.getByLabel('Gsm', { exact: true })).toHaveValue('0470 11 22 01');
  await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue('eline.vermeersch@beekzande.be');
  await people.getByRole('button', { name: 'Jan De Smet' }).click();
  await expect(page.getByLabel('Functie', { exact: true })).toHaveValue('Algemeen directeur');
  await expect(page.getByLabel('Gsm', { exact: true })).toHaveValue('0470 11 22 02');
  await expect(roles.getByRole('row', { name: /Algemeen directeur/ })).toContainText('Jan De SmetEline Vermeersch');
  await roles.getByRole('button', { name: 'Algemeen directeur' }).click();
  await expect(page.getByLabel('Hoofdcontact', { exact: true }).locator('option:checked')).toHaveText('Jan De Smet');
  await expect(page.getByLabel('Plaatsvervanger', { exact: true }).locator('option:checked')).toHaveText(
    'Eline Vermeersch',
  );
  await expect(roles.getByRole('row', { name: /Helpdesk/ })).toContainText('Geen plaatsvervanger');

  await goToStep(page, /Leveranciers en externe contacten/);
  await page.getByRole('button', { name: 'Polderlink' }).click();
  await expect(page.getByLabel('Soort', { exact: true }).locator('option:checked')).toHaveText('Internetprovider');
  await expect(page.getByLabel('Noodnummer', { exact: true })).toHaveValue('0800 12 345');
  await expect(page.getByLabel('Reactietijd volgens SLA (uren)')).toHaveValue('4 uur');
  await expect(page.getByLabel('Contact 1: naam')).toHaveValue('Storingsdienst');

  await goToStep(page, /Uitwijklocaties/);
  await page.getByRole('button', { name: 'Bibliotheek Beekzande' }).click();
  await expect(page.getByLabel('Adres', { exact: true })).toHaveValue('Schoolstraat 12, 9999 Beekzande');
  await expect(page.getByLabel('Capaciteit (werkplekken)')).toHaveValue('8');
  await expect(page.getByLabel('Contactpersoon', { exact: true }).locator('option:checked')).toHaveText('Jan De Smet');

  await goToStep(page, /Verspreiding/);
  await page.getByRole('table', { name: 'Houders van een kopie' }).getByRole('button', { name: 'Jan De Smet' }).click();
  await expect(page.getByLabel('Vorm', { exact: true }).locator('option:checked')).toHaveText('Papier');
  await expect(page.getByLabel('Versie in bezit')).toHaveValue('0.9');
  await expect(page.getByLabel('Overhandigd op')).toHaveValue('2026-09-20');
});

test('a warning leads to its field, and removing a person still in use says where first', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await goToStep(page, /Sleutelpersonen en rollen/);
  await page
    .getByRole('link', { name: 'De rol Informatieveiligheidsconsulent / DPO heeft geen plaatsvervanger.' })
    .click();
  await expect(page.getByLabel('Plaatsvervanger', { exact: true })).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/people-example.png', fullPage: true });

  const people = page.getByRole('table', { name: 'Personen' });
  await people.getByRole('button', { name: 'Tom Maes' }).click();
  const removeTom = page.getByRole('region', { name: 'Tom Maes' }).getByRole('button', { name: 'Verwijderen' });
  await removeTom.click();
  const dialog = page.getByRole('dialog', { name: 'Tom Maes verwijderen?' });
  await expect(dialog).toContainText('Hoofdcontact bij rol Preventieadviseur / noodplanningsambtenaar');
  await expect(dialog).toContainText('Contactpersoon bij afdeling Technische dienst');
  await expect(dialog).toContainText('Contactpersoon bij uitwijklocatie Bibliotheek Beekzande');
  await expect(dialog).toContainText('Houder bij verdeling');
  await page.screenshot({ path: 'test-results/screens/people-remove-dialog.png', fullPage: true });
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(people.getByRole('button', { name: 'Tom Maes' })).toBeVisible();

  // Jan takes over: he was already Tom's deputy, so that role is now flagged.
  await removeTom.click();
  await dialog.getByLabel('Wie neemt deze plaatsen over?').selectOption({ label: 'Jan De Smet' });
  await dialog.getByRole('button', { name: 'Tom Maes verwijderen' }).click();
  await expect(people.getByRole('button', { name: 'Tom Maes' })).toHaveCount(0);
  const roles = page.getByRole('table', { name: 'Rollen' });
  await expect(roles.getByRole('row', { name: /Preventieadviseur/ })).toContainText('Plaatsvervanger = hoofdcontact');
  await expect(
    page.getByRole('table', { name: 'Afdelingen' }).getByRole('row', { name: /Technische dienst/ }),
  ).toContainText('Jan De Smet');

  // Nobody takes over: the place is left empty and flagged.
  await people.getByRole('button', { name: 'Lotte Janssens' }).click();
  await page.getByRole('region', { name: 'Lotte Janssens' }).getByRole('button', { name: 'Verwijderen' }).click();
  await page
    .getByRole('dialog', { name: 'Lotte Janssens verwijderen?' })
    .getByRole('button', { name: 'Lotte Janssens verwijderen' })
    .click();
  // Now several roles lack a deputy: the step lists them under one line, each by name.
  await expect(page.locator('.step-warnings .finding', { hasText: 'Helpdesk' }).getByRole('link')).toBeVisible();
  await goToStep(page, /Uitwijklocaties/);
  await page.getByRole('button', { name: 'Bibliotheek Beekzande' }).click();
  await expect(page.getByLabel('Contactpersoon', { exact: true }).locator('option:checked')).toHaveText('Jan De Smet');
});

test('a people list saved by Excel is imported after a preview that names every rejected row', async ({ paraat }) => {
  const { page } = paraat;
  await createPlanFromStart(paraat, {
    organisation: 'Bakkerij Beekzande',
    kind: 'Bedrijf of organisatie (kmo / mkb)',
    fileName: 'bakkerij.paraat',
  });
  await goToStep(page, /Sleutelpersonen en rollen/);

  await page.locator('input[type="file"]').first().setInputFiles('tests/fixtures/csv/people-excel.csv');
  const preview = page.getByRole('region', { name: 'Voorbeeld van people-excel.csv' });
  await expect(preview).toContainText('7 rijen gelezen, gescheiden door puntkomma');
  await expect(preview.getByLabel('Veld voor kolom GSM')).toHaveValue('mobilePhone');
  await expect(preview.getByLabel('Veld voor kolom Opmerking')).toHaveValue('notes');
  await expect(preview).toContainText('4 rijen worden geïmporteerd.');
  const report = preview.getByRole('note');
  await expect(report).toContainText('Rij 5: Naam ontbreekt');
  // A date that is no date is kept in the notes, a repeated row merged into the first: both said, neither lost.
  await expect(preview).toContainText('Rij 7 herhaalt rij 2 (Eline Vermeersch) en is erbij gevoegd.');
  await page.screenshot({ path: 'test-results/screens/people-csv-preview.png', fullPage: true });

  await preview.getByRole('button', { name: '4 rijen importeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: '4 rijen geïmporteerd.' })).toBeVisible();
  const people = page.getByRole('table', { name: 'Personen' });
  await expect(people.getByRole('button', { name: 'De Smet; Jan' })).toBeVisible();
  await expect(people.getByRole('button', { name: 'Pieter Wouters' })).toBeVisible();
  // Imported as typed, then flagged: Excel dropped the leading zero, the address lacks its domain.
  await expect(
    page.getByRole('link', { name: 'Het nummer 470112202 bij De Smet; Jan ziet er niet juist uit.' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /pieter\.wouters@beekzande bij Pieter Wouters/ })).toBeVisible();
});

test('the example plan in English shows its contacts and their flags in English', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Explore the example plan' }).click();
  const steps = page.getByRole('navigation', { name: 'Steps of the plan' });
  await steps.getByRole('link', { name: /Key people and roles/ }).click();
  await expect(
    page.getByRole('link', { name: 'The role Information security officer / DPO has no deputy.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Roles' }).getByRole('row', { name: /Information security officer/ }),
  ).toContainText('No deputy');

  await steps.getByRole('link', { name: /Suppliers and external contacts/ }).click();
  await expect(page.getByRole('link', { name: 'Civitas Software has fewer than two contacts.' })).toBeVisible();
  await page.getByRole('button', { name: 'Westkust ICT Partners' }).click();
  await expect(page.getByLabel('Kind', { exact: true }).locator('option:checked')).toHaveText('IT service provider');
  await page.screenshot({ path: 'test-results/screens/suppliers-en.png', fullPage: true });
  await expect(
    page
      .getByRole('group', { name: 'Systems this supplier supports' })
      .getByRole('checkbox', { name: 'Firewall and VPN' }),
  ).toBeChecked();

  // A supplier that systems still name as their vendor: hand them to another supplier.
  await page.getByRole('button', { name: 'Civitas Software' }).click();
  await page.getByRole('region', { name: 'Civitas Software' }).getByRole('button', { name: 'Remove' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Civitas Software?' });
  await expect(dialog).toContainText('Supplier of system Civitas');
  await dialog.getByLabel('What takes its place?').selectOption({ label: 'Westkust ICT Partners' });
  await dialog.getByRole('button', { name: 'Remove Civitas Software' }).click();
  await expect(page.getByRole('button', { name: 'Civitas Software' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Westkust ICT Partners' }).click();
  await expect(
    page.getByRole('group', { name: 'Systems this supplier supports' }).getByRole('checkbox', { name: 'Civitas' }),
  ).toBeChecked();

  await steps.getByRole('link', { name: /Fallback locations/ }).click();
  await page.getByRole('button', { name: 'Beekzande library' }).click();
  await expect(page.getByLabel('Capacity (workplaces)')).toHaveValue('8');
  await page.screenshot({ path: 'test-results/screens/locations-en.png', fullPage: true });

  await steps.getByRole('link', { name: /Distribution/ }).click();
  await expect(
    page.getByRole('link', { name: 'Tom Maes holds version 0.9; the plan is at version 1.0.' }),
  ).toBeVisible();
});

test('a people warning and a supplier warning on the plan overview each open their item with the focus in the field to fix', async ({
  paraat,
}) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  const followFromOverview = async (warning: string) => {
    await goToStep(page, /Overzicht/);
    await (await findingOnOverview(page, warning)).getByRole('link').click();
  };

  await followFromOverview('De gegevens van Tom Maes zijn laatst nagekeken op 14 maart 2025');
  await expect(page.getByRole('heading', { level: 2, name: 'Sleutelpersonen en rollen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tom Maes' }).getByLabel('Laatst nagekeken op')).toBeFocused();

  await followFromOverview('Civitas Software heeft minder dan twee contactpersonen.');
  await expect(page.getByRole('heading', { level: 2, name: 'Leveranciers en externe contacten' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Civitas Software' }).getByLabel('Contact 2: naam')).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/suppliers-followed-from-overview.png', fullPage: true });

  // A copy holder with an old version: the distribution step opens the copy the same way.
  await followFromOverview('Tom Maes heeft versie 0.9, het plan is aan versie 1.0.');
  await expect(page.getByRole('heading', { level: 2, name: 'Verspreiding' })).toBeVisible();
  await expect(page.getByLabel('Versie in bezit')).toBeFocused();
});
