import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { createPlanFromStart, flemishMunicipality, openStep } from './steps';

const LOOSER = /De RTO van Burgerzaken is 48 uur, maar na 24 uur is de impact al onaanvaardbaar/;

test('the impact analysis of a service suggests an RTO beside the entered one and flags a looser one', async ({
  paraat,
}) => {
  const { page } = paraat;
  await createPlanFromStart(paraat, flemishMunicipality('Lindewaard'));
  await openStep(page, 'Diensten en processen');
  await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
  await page.getByLabel('Dienst of proces').fill('Burgerzaken');
  await page.getByLabel('Maximale hersteltijd (RTO, uren)').fill('48');
  await page.getByLabel('Maximaal gegevensverlies (RPO, uren)').fill('4');

  const grid = page.getByRole('group', { name: 'Impact van een uitval over de tijd' });
  // A Flemish municipality serves its "burgers".
  await expect(grid.getByRole('rowheader', { name: 'Dienstverlening aan burgers' })).toBeVisible();
  const suggestion = grid.getByRole('status');
  await expect(suggestion).toContainText('Nog geen voorgestelde RTO');

  await grid.getByLabel('Dienstverlening aan burgers na 4 uur').selectOption({ label: 'Groot' });
  await grid.getByLabel('Wettelijk en juridisch na 1 dag').selectOption({ label: 'Onaanvaardbaar' });
  await grid.getByLabel('Financieel na 3 dagen').selectOption({ label: 'Onaanvaardbaar' });
  await expect(suggestion).toContainText(
    'Voorgestelde RTO: 1 dag. Vanaf dan is de impact onaanvaardbaar (Wettelijk en juridisch).',
  );
  await expect(suggestion).toContainText('Ingevulde RTO: 2 dagen.');
  await expect(suggestion).toContainText('De ingevulde RTO is ruimer dan voorgesteld');
  await page.getByLabel('Piekperiodes').fill('Maart tot juni (reispassen voor de zomer)');

  // The plan health says so too, and its finding leads to the RTO.
  const finding = page.getByRole('link', { name: LOOSER });
  await expect(finding).toBeVisible();
  await expectNoAxeViolations(page, 'the services form with the impact grid');
  await page.screenshot({ path: 'test-results/screens/impact-analysis.png', fullPage: true });
  await finding.click();
  const rto = page.getByLabel('Maximale hersteltijd (RTO, uren)');
  await expect(rto).toBeFocused();
  await rto.fill('24');
  await expect(page.getByRole('link', { name: LOOSER })).toHaveCount(0);
  await expect(suggestion).toContainText('De ingevulde RTO valt binnen het voorstel.');
});
