import { expect, test } from './fixtures';
import { createPlanFromStart, findingOnOverview, flemishMunicipality, openStep } from './steps';

test('a written risk lands in its heat-map cell, gets a playbook, and a reviewed incident changes the health overview', async ({
  paraat,
}) => {
  const { page } = paraat;
  await createPlanFromStart(paraat, flemishMunicipality('Beekzande'));
  await expect(page.getByRole('heading', { level: 2, name: 'Organisatie en plan' })).toBeVisible();

  // A risk, rated likelihood 4 and impact 5, shows up in that cell of the heat map.
  await openStep(page, "Risico's");
  await page.getByRole('button', { name: 'Risico toevoegen' }).click();
  await page.getByLabel('Risico', { exact: true }).fill('Ransomware op de werkposten');
  await page.getByLabel('Soort dreiging').selectOption('ransomware');
  await page.getByLabel('Kans (1–5)', { exact: true }).selectOption('4');
  await page.getByLabel('Impact (1–5)', { exact: true }).selectOption('5');
  const cell = page.getByRole('gridcell', { name: /^Kans 4, impact 5: 1 risico/ });
  await expect(cell).toHaveText('1');
  await expect(page.getByRole('gridcell', { name: /^Kans 5, impact 4/ })).toHaveText('');
  await cell.click();
  const cellList = page.getByRole('region', { name: "Risico's met kans 4 en impact 5" });
  await expect(cellList.getByRole('button', { name: 'Ransomware op de werkposten' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/risks-nl.png', fullPage: true });

  // Its playbook, with a first step that names a role.
  await openStep(page, "Scenario's en draaiboeken");
  await expect(
    page.getByRole('link', { name: /Het hoge risico “Ransomware op de werkposten” \(score 20\) heeft geen draaiboek/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Scenario toevoegen', exact: true }).click();
  await page.getByLabel('Scenario', { exact: true }).fill('Ransomware');
  await page.getByLabel('Soort dreiging').selectOption('ransomware');
  const playbook = page.getByRole('region', { name: 'Draaiboek: Ransomware' });
  await expect(playbook.getByText('Dit draaiboek heeft nog geen stappen.')).toBeVisible();
  await playbook.getByRole('button', { name: 'Stap toevoegen' }).click();
  await playbook.getByLabel('Actie', { exact: true }).fill('Getroffen toestellen van het netwerk halen');
  await playbook.getByLabel('Fase').selectOption('first-hour');
  await playbook.getByLabel('Streeftijd (minuten)').fill('15');
  await expect(
    playbook.getByRole('listitem').filter({ hasText: 'Getroffen toestellen van het netwerk halen' }),
  ).toContainText('15 minuten');
  await expect(page.getByRole('link', { name: /Ransomware.*heeft geen draaiboek/ })).toHaveCount(0);
  // An attack is contained before it is restored: until a containment step is written, the step says so.
  await expect(
    page.getByRole('link', { name: /Het draaiboek Ransomware heeft geen stap om het incident in te dammen/ }),
  ).toBeVisible();
  await playbook.getByRole('button', { name: 'Stap toevoegen' }).click();
  await playbook.getByLabel('Actie', { exact: true }).fill('Betrokken accounts blokkeren');
  await playbook.getByLabel('Fase').selectOption('containment');
  await expect(playbook.getByRole('listitem').filter({ hasText: 'Betrokken accounts blokkeren' })).toContainText(
    'Indammen',
  );
  await expect(
    page.getByRole('link', { name: /Het draaiboek Ransomware heeft geen stap om het incident in te dammen/ }),
  ).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/scenarios-nl.png', fullPage: true });

  // A ready-made playbook, in the plan's language, with steps up to standing down.
  await page.getByLabel('Vertrek van een kant-en-klaar scenario met draaiboek').selectOption({ label: 'Stroomuitval' });
  await page.getByRole('button', { name: 'Kant-en-klaar scenario toevoegen' }).click();
  const power = page.getByRole('region', { name: 'Draaiboek: Stroomuitval' });
  await expect(power.getByRole('listitem')).toHaveCount(5);
  await expect(power.getByRole('listitem').last()).toContainText('Afschalen');

  // A ready-made cyber playbook comes with containment, eradication and its checks after recovery.
  const phishingTitle = 'Phishing of een overgenomen Microsoft 365-account';
  await page.getByLabel('Vertrek van een kant-en-klaar scenario met draaiboek').selectOption({ label: phishingTitle });
  await page.getByRole('button', { name: 'Kant-en-klaar scenario toevoegen' }).click();
  const phishing = page.getByRole('region', { name: `Draaiboek: ${phishingTitle}` });
  await expect(phishing.getByRole('listitem')).toHaveCount(9);
  await expect(phishing.getByRole('listitem').nth(2)).toContainText('Indammen');
  await expect(phishing.getByRole('listitem').nth(4)).toContainText('Uitroeien');
  const checks = page.getByRole('region', { name: `Controles na het herstel: ${phishingTitle}` });
  await expect(checks.getByText('Het aanmeldlogboek van het account nakijken')).toBeVisible();

  // A check of one's own: without its expected result the plan says so beside the field.
  await checks.getByRole('button', { name: 'Controle toevoegen' }).click();
  await checks.getByLabel('Controle', { exact: true }).fill('Een testmail sturen naar een extern adres');
  await checks.getByLabel('Controle', { exact: true }).blur();
  await expect(checks.getByText(/staat niet welk resultaat u verwacht/)).toBeVisible();
  await checks.getByLabel('Verwacht resultaat').fill('De mail komt aan en staat niet in de spam.');
  await checks.getByLabel('Verwacht resultaat').blur();
  await expect(checks.getByText(/staat niet welk resultaat u verwacht/)).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/playbook-checks-nl.png', fullPage: true });

  // An incident, closed, waits for its review; the health overview says so.
  await openStep(page, 'Logboek en evaluatie');
  await page.getByRole('button', { name: /Nu een incident starten/ }).click();
  await expect(page.getByLabel('Nummer', { exact: true })).toHaveValue('1');
  await page.getByLabel('Korte omschrijving').fill('Internetstoring');
  await page.getByLabel('Actie noteren bij 1 Internetstoring').fill('Storing gemeld bij de provider');
  await page.getByRole('button', { name: 'Noteren met het uur' }).click();
  await expect(page.getByLabel('Genomen acties')).toHaveValue(/^\d{2}:\d{2} Storing gemeld bij de provider$/);
  await page.getByLabel('Status', { exact: true }).selectOption('closed');
  await expect(page.getByRole('button', { name: 'Evaluatie starten voor 1 Internetstoring' })).toBeVisible();

  await openStep(page, 'Overzicht');
  // A new plan has more findings than the overview shows at first; the user opens them all.
  await page.getByRole('button', { name: /^Alle \d+ aandachtspunten tonen$/ }).click();
  const warning = page
    .getByRole('listitem')
    .filter({ hasText: 'Incident 1 Internetstoring is afgesloten maar nog niet geëvalueerd.' });
  await expect(warning).toBeVisible();
  const scoreBefore = Number(
    (await page.getByTestId('health-score').innerText()).split('/')[0]!.trim().replace(',', '.'),
  );
  await page.screenshot({ path: 'test-results/screens/health-before-nl.png', fullPage: true });

  // Following the warning leads to the incident; the review closes it.
  await warning.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Logboek en evaluatie' })).toBeVisible();
  await page.getByRole('button', { name: 'Evaluatie starten voor 1 Internetstoring' }).click();
  await page.getByLabel('Gewenste verbeteringen').fill('4G-router vooraf instellen.');
  await page.getByLabel('Binnen de RTO hersteld?').selectOption('some');
  await expect(page.getByRole('button', { name: 'Evaluatie starten voor 1 Internetstoring' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/incidents-nl.png', fullPage: true });

  await openStep(page, 'Overzicht');
  await page.getByRole('button', { name: /^Alle \d+ aandachtspunten tonen$/ }).click();
  await expect(page.getByText('Incident 1 Internetstoring is afgesloten maar nog niet geëvalueerd.')).toHaveCount(0);
  await expect
    .poll(async () =>
      Number((await page.getByTestId('health-score').innerText()).split('/')[0]!.trim().replace(',', '.')),
    )
    .toBeGreaterThan(scoreBefore);
});

test('the example plan shows its call tree, message preview and overdue exercise, and a warning leads to its field', async ({
  paraat,
}) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Explore the example plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisation and plan' })).toBeVisible();

  await openStep(page, 'Risks');
  await expect(page.getByRole('gridcell', { name: /^Likelihood 3, impact 5: 1 risks \(high\)/ })).toHaveText('1');
  await page.screenshot({ path: 'test-results/screens/risks-en.png', fullPage: true });
  await page.getByRole('button', { name: 'After measures' }).click();
  await expect(page.getByRole('gridcell', { name: /^Likelihood 2, impact 4: 1 risks/ })).toHaveText('1');
  await expect(page.getByRole('gridcell', { name: /^Likelihood 3, impact 5/ })).toHaveText('');

  await openStep(page, 'Scenarios and playbooks');
  await page.getByRole('button', { name: 'Ransomware', exact: true }).click();
  const playbook = page.getByRole('region', { name: 'Playbook: Ransomware' });
  await expect(playbook.getByRole('listitem')).toHaveCount(8);
  await expect(playbook.getByRole('listitem').nth(3)).toContainText('Containment');
  await expect(playbook.getByRole('listitem').last()).toContainText('Standing down');
  // One playbook's checks are counted among themselves, not with the other playbooks' checks.
  const checks = page.getByRole('region', { name: 'Checks after recovery: Ransomware' });
  const checkRows = (await checks.getByRole('table').getByRole('row').count()) - 1;
  expect(checkRows).toBeGreaterThan(0);
  await expect(checks.getByText(`${checkRows} ${checkRows === 1 ? 'item' : 'items'}`, { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/scenarios-en.png', fullPage: true });

  await openStep(page, 'Alarm and escalation');
  await expect(page.getByRole('region', { name: 'When to escalate' }).getByRole('listitem').first()).toHaveText(
    'Telephony and front desk: 4 hours',
  );
  const tree = page.getByRole('region', { name: 'Who is called, in which order' });
  await tree.getByLabel('For an incident of level').selectOption('minor');
  await expect(tree.locator('.call-tree-list > li')).toHaveCount(2);
  await expect(tree.locator('.call-tree-list > li').first()).toContainText('main contact');
  await tree.getByLabel('For an incident of level').selectOption('crisis');
  await expect(tree.locator('.call-tree-list > li')).toHaveCount(5);
  await page.screenshot({ path: 'test-results/screens/alarm-en.png', fullPage: true });

  await openStep(page, 'Communication');
  await page.getByRole('button', { name: 'Residents' }).click();
  await expect(page.getByTestId('template-preview')).toContainText(
    'Municipality of Beekzande is dealing with an outage',
  );
  await page.screenshot({ path: 'test-results/screens/communication-en.png', fullPage: true });

  await openStep(page, 'Overview');
  await page.screenshot({ path: 'test-results/screens/health-en.png', fullPage: true });
  const overdue = await findingOnOverview(page, 'Power outage tabletop exercise with the management team');
  await overdue.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tests and maintenance' })).toBeVisible();
  await expect(page.locator('#exercises-exercise-tabletop-2026-doneOn')).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/tests-en.png', fullPage: true });
});
