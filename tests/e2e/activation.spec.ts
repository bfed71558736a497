import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';

const now = (page: Page) => page.getByTestId('action-now');

test('a ransomware exercise on the example plan runs from activation to a filled-in review without leaving the app', async ({
  paraat,
}) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisatie en plan' })).toBeVisible();

  // Start: an exercise, level major, the ransomware playbook.
  await page.getByRole('button', { name: 'Incident of oefening starten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Een incident of een oefening starten' });
  await dialog.getByLabel('Oefening').check();
  await dialog.getByLabel('Groot').check();
  await dialog.getByLabel('Ransomware').check();
  await dialog.getByLabel('Uw naam (bij elk vinkje genoteerd)').fill('Eline');
  await dialog.getByRole('button', { name: 'Nu starten' }).click();

  const view = page.getByTestId('action-view');
  await expect(view.getByText('OEFENING', { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Stappen van het plan' })).toHaveCount(0);

  // The calls come first; the helpdesk's main contact does not answer, so the deputy is shown at once.
  await expect(now(page)).toContainText('Bel Pieter Wouters');
  await now(page).getByRole('button', { name: 'Niet bereikt' }).click();
  await expect(now(page)).toContainText('Bel Lotte Janssens');
  await expect(now(page)).toContainText('Vervanger');
  await now(page).getByRole('button', { name: 'Bereikt', exact: true }).click();
  // Eline ticks: she leads the incident and manages the plan, so she is never offered a call to herself.
  await expect(now(page)).toContainText('Bel Pieter Wouters');
  await expect(now(page)).not.toContainText('Eline');
  await now(page).getByRole('button', { name: 'Bereikt', exact: true }).click();
  await expect(page.getByTestId('call-role-helpdesk')).toContainText('Niet bereikt');
  await expect(page.getByTestId('call-role-incident-lead')).toContainText('u vinkt af (aanwezig)');

  // Then the playbook, in order, each tick with time and name.
  await expect(now(page)).toContainText('Getroffen toestellen van het netwerk halen');
  await now(page).getByRole('button', { name: 'Gedaan', exact: true }).click();
  await expect(page.getByTestId('step-step-ransom-1')).toContainText('door Eline');
  await expect(now(page)).toContainText('Incident indelen en het crisisteam samenroepen');
  await now(page).getByRole('button', { name: 'Gedaan', exact: true }).click();
  await expect(now(page)).toContainText('Melding doen bij de politie');
  await now(page).getByRole('button', { name: 'Overslaan' }).click();
  await expect(page.getByTestId('step-step-ransom-3')).toContainText('overgeslagen');

  // A decision and the outage assessment go into the log and the activation at once.
  await view
    .getByRole('textbox', { name: 'Notities en beslissingen' })
    .fill('We zetten terug vanaf de back-up van zondag.');
  await view.getByRole('button', { name: 'Bewaren als beslissing' }).click();
  await expect(page.getByTestId('activation-log')).toContainText('We zetten terug vanaf de back-up van zondag.');
  await view.getByLabel('Oorzaak, als die bekend is').fill('Phishingmail met een besmette bijlage');
  await view.getByLabel('Oorzaak, als die bekend is').blur();
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();

  // The clocks run against the RTO of the ransomware services; e-mail is back.
  await expect(page.getByTestId('clock-svc-civil')).toContainText('binnen de RTO');
  await page.getByTestId('clock-svc-email').getByRole('button', { name: 'Dienst werkt weer' }).click();
  await expect(page.getByTestId('clock-svc-email')).toContainText('terug');
  await page.screenshot({ path: 'test-results/screens/activation-nl.png', fullPage: true });

  // Consulting the plan and coming back; a reload resumes where it was.
  await view.getByRole('button', { name: 'Het plan raadplegen' }).click();
  await expect(page.getByRole('navigation', { name: 'Stappen van het plan' })).toBeVisible();
  await page.getByRole('button', { name: /Er loopt een oefening: terug naar de afvinklijst/ }).click();
  await paraat.reload();
  await expect(now(page)).toContainText('De aanvaller afsnijden');
  await expect(page.getByTestId('step-step-ransom-1')).toContainText('door Eline');

  // Containment and eradication, then recovery, validation and standing down.
  for (let i = 0; i < 5; i++) await now(page).getByRole('button', { name: 'Gedaan', exact: true }).click();

  // Reconstitution before closing: closing waits until every item is ticked or skipped.
  await expect(now(page)).toContainText('Afronding: Gegevens controleren');
  const close = page.getByRole('button', { name: 'Afsluiten en de evaluatie openen' });
  await expect(close).toBeDisabled();
  for (let i = 0; i < 7; i++) await now(page).getByRole('button', { name: 'Gedaan', exact: true }).click();
  await now(page).getByRole('button', { name: 'Overslaan' }).click();
  await expect(now(page)).toContainText('Alles is afgevinkt');
  await close.click();

  // Back in the wizard, on the incident log, with the review pre-filled from the log.
  await expect(page.getByRole('heading', { level: 2, name: 'Logboek en evaluatie' })).toBeVisible();
  await expect(page.getByLabel('Oorzaak', { exact: true })).toHaveValue('Phishingmail met een besmette bijlage');
  await expect(page.getByLabel('Detectie')).toHaveValue(
    /^Oefening geactiveerd op .* niveau Groot\. Scenario's: Ransomware\./,
  );
  await expect(page.getByLabel('Inschatting en acties')).toHaveValue(
    /E-mail en samenwerking: .* u \(RTO 8\) — binnen de RTO/,
  );
  await expect(page.getByLabel('Gewenste verbeteringen')).toHaveValue(
    /Overgeslagen stappen:\n- Melding doen bij de politie/,
  );
  await expect(page.getByLabel('Communicatie')).toHaveValue(/Lotte Janssens/);
  await page.getByLabel('Preventie').fill('Phishingoefening voor alle medewerkers en macro’s blokkeren.');
  await page.getByLabel('Preventie').blur();
  await page.screenshot({ path: 'test-results/screens/activation-review-nl.png', fullPage: true });

  // The exercise is in the test schedule, and the start button is back.
  await page
    .getByRole('navigation', { name: 'Stappen van het plan' })
    .getByRole('link', { name: /Testen en onderhoud|Tests/ })
    .click();
  await expect(page.getByText(/Oefening uitgevoerd met het plan: Oefening: Ransomware/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Incident of oefening starten' })).toBeVisible();
});

test('a service near its RTO shows the escalation of the alarm plan, and raising the level adds the calls of that level', async ({
  paraat,
}) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await page.getByRole('button', { name: 'Incident of oefening starten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Een incident of een oefening starten' });
  await dialog.getByLabel('Groot').check();
  await dialog.getByLabel('Ransomware').check();
  await dialog.getByRole('button', { name: 'Nu starten' }).click();
  await expect(page.getByTestId('action-view')).toBeVisible();
  await expect(page.getByTestId('call-role-general-director')).toHaveCount(0);

  // The incident started 6.5 hours ago: 81 % of the 8-hour RTO of the civil registry and e-mail.
  await page.evaluate(async () => {
    const bridge = window.paraat!;
    const list = (await bridge.invoke('items.list', { section: 'activations' })) as {
      ok: true;
      value: { id: string }[];
    };
    const startedAt = new Date(Date.now() - 6.5 * 3_600_000).toISOString();
    await bridge.invoke('items.update', { section: 'activations', id: list.value[0]!.id, patch: { startedAt } });
  });
  await paraat.reload();
  await expect(page.getByTestId('clock-svc-civil')).toContainText('dicht bij de RTO');
  const escalation = page.getByRole('alert').filter({ hasText: 'Escaleren' });
  await expect(escalation).toContainText('Burgerzaken');
  await expect(escalation).toContainText('Het alarmplan zegt:');
  await expect(escalation).toContainText('Algemeen directeur');
  await expect(page.getByTestId('step-step-ransom-1')).toContainText('over tijd');
  await page.screenshot({ path: 'test-results/screens/activation-escalation-nl.png', fullPage: true });

  await escalation.getByRole('button', { name: 'Niveau verhogen naar Crisis' }).click();
  await expect(page.getByTestId('action-view')).toContainText('Niveau: Crisis');
  await expect(page.getByTestId('call-role-general-director')).toBeVisible();
  await expect(page.getByTestId('activation-log')).toContainText('Niveau verhoogd van Groot naar Crisis');
});
