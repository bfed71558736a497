import { join } from 'node:path';
import { writeGeneratedPlan } from '../../bench/generatePlan';
import { incidentsWithoutReview, waitingToShow } from '../../src/renderer/steps/incidents/waitingReviews';
import type { ListItem } from '../../src/renderer/store/sectionsSlice';
import { expect, test } from './fixtures';
import { openStep } from './steps';

/**
 * A log of 500 incidents (the benchmark's plan at size M), most of them closed without a review:
 * the incidents step lists the ten most recent, and its search reaches every other one.
 */
test('a long incident log lists the most recent incidents without a review and finds any other by its number', async ({
  paraat,
}) => {
  const { page } = paraat;
  const path = join(paraat.folder, 'Beekzande-logboek.paraat');
  const plan = writeGeneratedPlan(path, 'M');
  const waiting = incidentsWithoutReview(plan.sections.incidents as ListItem[], plan.sections.reviews as ListItem[]);
  expect(waiting.length).toBeGreaterThan(100);
  await paraat.answerDialog('chooseExistingPlan', path);
  await page.getByRole('button', { name: 'Plan openen…' }).click();
  await openStep(page, 'Logboek en evaluatie');

  const section = page.getByRole('region', { name: 'Afgesloten incidenten zonder evaluatie' });
  const startButtons = section.getByRole('button', { name: /^Evaluatie starten voor/ });
  await expect(startButtons).toHaveCount(10);
  await expect(section.getByRole('status')).toHaveText(
    `De 10 recentste van ${waiting.length} incidenten zonder evaluatie. Zoek hierboven om een ander te vinden.`,
  );
  const nameOf = (incident: ListItem) => `${String(incident.number)} ${String(incident.title)}`;
  const mostRecent = waitingToShow(waiting, nameOf, '').shown;
  await expect(startButtons).toHaveText(mostRecent.map((incident) => `Evaluatie starten voor ${nameOf(incident)}`));
  // Recent by the day it was resolved, else the day it occurred.
  const when = (incident: ListItem) => String(incident.resolvedOn || incident.occurredOn);
  const oldestShown = mostRecent.map(when).sort()[0]!;
  expect(
    waiting.filter((incident) => !mostRecent.includes(incident)).every((incident) => when(incident) <= oldestShown),
  ).toBe(true);

  // The oldest incident waiting is not among the ten; its number finds it.
  const oldest = [...waiting].sort((a, b) => when(a).localeCompare(when(b)))[0]!;
  const name = nameOf(oldest);
  await expect(section.getByRole('button', { name: `Evaluatie starten voor ${name}` })).toHaveCount(0);
  await section.getByRole('searchbox', { name: 'Zoek een incident op nummer of titel' }).fill(name);
  await expect(startButtons).toHaveCount(1);
  await section.getByRole('button', { name: `Evaluatie starten voor ${name}` }).click();

  // Its review is started, and it no longer waits.
  await expect(section.getByRole('status')).toHaveText(`Geen incident zonder evaluatie past bij “${name}”.`);
  await expect(startButtons).toHaveCount(0);
  await expect(page.getByRole('table', { name: /Evaluaties/ }).getByRole('row')).toHaveCount(52);
});

test('a step with many points needing attention shows the first ten, and all of them on request', async ({
  paraat,
}) => {
  const { page } = paraat;
  const path = join(paraat.folder, 'Beekzande-aandachtspunten.paraat');
  writeGeneratedPlan(path, 'M');
  await paraat.answerDialog('chooseExistingPlan', path);
  await page.getByRole('button', { name: 'Plan openen…' }).click();
  await openStep(page, 'Logboek en evaluatie');

  const warnings = page.getByRole('region', { name: /^\d+ aandachtspunten$/ });
  const total = Number((await warnings.getByRole('heading').innerText()).match(/\d+/)![0]);
  expect(total).toBeGreaterThan(10);
  // Grouped by kind, each group showing its first ten.
  expect(await warnings.getByRole('link').count()).toBeLessThan(total);
  await warnings.getByRole('button', { name: `Alle ${total} aandachtspunten tonen` }).click();
  await expect(warnings.getByRole('link')).toHaveCount(total);
  await expect(warnings.getByRole('button', { name: /tonen$/ })).toHaveCount(0);
});
