import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { planDocumentModel } from '../../src/export/exportPlan';
import type { PlanJson } from '../../src/domain/planJson';
import { planOfflineHtml } from '../../src/export/outside/outsideExports';
import { loadExamplePlan } from '../../src/storage/examplePlan';
import { expect, test } from './fixtures';
import { chooseFromFileMenu } from './fileMenu';
import { testsThatExport, untilFinished } from './waits';

test.describe.configure(testsThatExport);

const options = { language: 'nl' as const, includePrivate: false };

/** Writes the plan's web page to a file of its own, as it would sit on a stick. */
function offlinePage(plan: PlanJson): string {
  const folder = mkdtempSync(join(tmpdir(), 'paraat-html-'));
  const path = join(folder, 'Noodplan.html');
  writeFileSync(path, planOfflineHtml(plan, planDocumentModel(plan, options), options));
  return pathToFileURL(path).href;
}

/** Opens the page with the network cut: every request other than the file itself is noted and refused. */
async function openOffline(context: BrowserContext, page: Page, url: string): Promise<string[]> {
  const requests: string[] = [];
  await context.setOffline(true);
  await context.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.goto(url);
  return requests;
}

/** The page is opened in a browser, as on a borrowed laptop: the Electron project has none to give. */
const inBrowserOnly = () => test.skip(test.info().project.name === 'electron', 'the page is opened in a browser');

const example = () => loadExamplePlan(join(process.cwd(), 'resources/examples'), 'nl');

test('the web page shows hostile plan text as text: no script of the plan runs and no request leaves', async ({
  page,
  context,
}) => {
  inBrowserOnly();
  const hostile =
    '<script>window.__pwned = 1</script><img src="https://example.invalid/x.png" onerror="window.__pwned = 2">';
  const plan = example();
  const suppliers = plan.sections.suppliers as Record<string, unknown>[];
  suppliers[0] = { ...suppliers[0], name: hostile, contact1Email: 'javascript:window.__pwned=3//@x.be' };
  const steps = plan.sections.scenarioSteps as Record<string, unknown>[];
  steps[0] = { ...steps[0], action: '<a href="javascript:window.__pwned=4">Klik</a>' };
  const url = offlinePage(plan);
  const requests = await openOffline(context, page, url);

  await expect(page.getByText(hostile).first()).toBeVisible();
  await expect(page.getByText('<a href="javascript:window.__pwned=4">Klik</a>').first()).toBeVisible();
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('iframe, object, embed, link, base, form')).toHaveCount(0);
  // The only pictures are the plan's own checked diagrams, embedded as data; none comes from plan text.
  const sources = await page.locator('img').evaluateAll((images) => images.map((image) => image.getAttribute('src')));
  for (const source of sources) expect(source).toMatch(/^data:image\/(png|jpeg);base64,/);
  // Only the page's own script ran: its search works, and nothing the plan holds did.
  await page.getByLabel('Zoeken in het hele plan').fill('pwned');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(requests).toEqual([]);
});

test("search finds a supplier's number, and the number is there to tap", async ({ page, context }) => {
  inBrowserOnly();
  const requests = await openOffline(context, page, offlinePage(example()));
  const search = page.getByLabel('Zoeken in het hele plan');
  await search.fill('westkust');
  const results = page.locator('#search-results');
  await expect(results.locator('a[href="tel:059990010"]').first()).toBeVisible();
  await search.fill('059 99 00 11');
  await expect(results.getByText('Servicedesk').first()).toBeVisible();
  await search.fill('0599900');
  await expect(page.getByRole('status')).toContainText('gevonden');
  expect(requests).toEqual([]);
});

test('a ticked playbook step is still ticked after a reload, and the page says where ticks are kept', async ({
  page,
  context,
}) => {
  inBrowserOnly();
  const url = offlinePage(example());
  await openOffline(context, page, url);
  await expect(page.getByText('alleen in deze browser op dit toestel bewaard')).toBeVisible();
  const step = page.getByRole('checkbox', { name: /Getroffen toestellen van het netwerk halen/ });
  await step.check();
  await page.reload();
  await expect(step).toBeChecked();
  await page.getByRole('button', { name: 'Alle vinkjes wissen' }).click();
  await page.reload();
  await expect(step).not.toBeChecked();
});

test('on a 360 px phone nothing scrolls sideways, and the first steps and every emergency number are two taps away', async ({
  page,
  context,
}) => {
  inBrowserOnly();
  await page.setViewportSize({ width: 360, height: 740 });
  await openOffline(context, page, offlinePage(example()));
  const sideways = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await sideways()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/screens/plan-outside-phone.png' });

  const nav = page.getByRole('navigation', { name: 'Op deze pagina' });
  for (const [link, section] of [
    ['Eerste stappen', '#firstSteps'],
    ['Belboom', '#callTree'],
    ['Noodnummers', '#numbers'],
  ] as const) {
    // Tap one: the section's link in the bar at the top.
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(page.locator(`${section} h2`)).toBeInViewport();
    // Tap two: the number itself, a tel: link.
    const numbers = page.locator(`${section} a.tel`);
    if (section !== '#firstSteps') {
      await expect(numbers.first()).toBeInViewport();
      for (const href of await numbers.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
        expect(href).toMatch(/^tel:\+?[0-9]+$/);
      }
    }
  }
  expect(await page.locator('#numbers a.tel').count()).toBeGreaterThanOrEqual(5);
  expect(await sideways()).toBeLessThanOrEqual(0);
  // The full plan below, from the same document model: its wide tables too fit the phone.
  await nav.getByRole('link', { name: 'Volledig plan' }).click();
  await expect(page.locator('#plan h2')).toBeInViewport();
  expect(await sideways()).toBeLessThanOrEqual(0);
});

test('the export panel writes the web page, the contacts and the reminders', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisatie en plan' })).toBeVisible();
  await chooseFromFileMenu(page, 'Exporteren…');
  const panel = page.getByRole('dialog', { name: 'Het plan exporteren' });
  for (const [button, file, done] of [
    ['Webpagina (HTML)…', 'Noodplan.html', 'De webpagina van het plan is opgeslagen'],
    ['Contacten (vCard)…', 'Noodcontacten.vcf', 'Het contactenbestand is opgeslagen'],
    ['Herinneringen (agenda)…', 'Herinneringen.ics', 'Het agendabestand is opgeslagen'],
  ] as const) {
    const target = join(paraat.folder, file);
    await paraat.answerDialog('chooseExportPath', target);
    await panel.getByRole('button', { name: button }).click();
    await expect(panel.getByRole('status')).toContainText(done, untilFinished);
    expect(readFileSync(target, 'utf8')).toContain('Beekzande');
  }
  expect(readFileSync(join(paraat.folder, 'Noodcontacten.vcf'), 'utf8')).toContain('BEGIN:VCARD');
  expect(readFileSync(join(paraat.folder, 'Herinneringen.ics'), 'utf8')).toContain('BEGIN:VALARM');
});
