import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { findingOnOverview, openStep } from './steps';

test('a check of an exercise entered by hand is recorded as failed, lands in its follow-up, and passes on a second try', async ({
  paraat,
}) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await openStep(page, 'Testen en onderhoud');
  await page
    .getByRole('table', { name: 'Tests en oefeningen' })
    .getByRole('button', { name: 'Hersteltest burgerzaken en mailboxen' })
    .click();

  const checks = page.getByRole('region', { name: 'Controles na het herstel in deze oefening' });
  // The restore test recorded two of the ransomware playbook's three checks; the EDR scan is still open.
  await expect(checks.getByRole('listitem')).toHaveCount(3);
  const scan = checks.getByRole('listitem').filter({ hasText: 'EDR-scan' });
  await scan.getByLabel('Vastgesteld resultaat').fill('Twee meldingen op de pc van burgerzaken');
  await scan.getByRole('button', { name: 'Mislukt' }).click();
  await expect(scan).toContainText('Vastgesteld: Twee meldingen op de pc van burgerzaken');

  // The failed check is a follow-up of the exercise, after what was written there.
  const followUp = page.getByLabel('Opvolgacties', { exact: true });
  await expect(followUp).toHaveValue(/^Herstelprocedure in het plan opnemen/);
  await expect(followUp).toHaveValue(
    /Controles die niet het verwachte resultaat gaven \(op te volgen\):\n- .*EDR-scan.*vastgesteld: Twee meldingen op de pc van burgerzaken/,
  );
  await expect(page.getByLabel('Opvolging afgerond')).not.toBeChecked();
  await expectNoAxeViolations(page, 'an exercise with its checks');
  await page.screenshot({ path: 'test-results/screens/exercise-checks.png', fullPage: true });

  // The plan health keeps it open until a later run passes it.
  const failedScan = /^De controle .*EDR-scan.* mislukte op .*\(Twee meldingen op de pc van burgerzaken\)/;
  await openStep(page, 'Overzicht');
  await expect(await findingOnOverview(page, failedScan)).toBeVisible();
  await openStep(page, 'Testen en onderhoud');
  await page
    .getByRole('table', { name: 'Tests en oefeningen' })
    .getByRole('button', { name: 'Hersteltest burgerzaken en mailboxen' })
    .click();
  const again = page
    .getByRole('region', { name: 'Controles na het herstel in deze oefening' })
    .getByRole('listitem')
    .filter({ hasText: 'EDR-scan' });
  await again.getByRole('button', { name: 'Opnieuw controleren' }).click();
  await again.getByLabel('Vastgesteld resultaat').fill('Geen enkele melding na opkuis');
  await again.getByRole('button', { name: 'Geslaagd' }).click();
  await expect(again).toContainText('Vastgesteld: Geen enkele melding na opkuis');
  await openStep(page, 'Overzicht');
  await expect(page.locator('.finding', { hasText: /EDR-scan/ })).toHaveCount(0);
});
