import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../tests/e2e/fixtures';
import { type SizeName, writeGeneratedPlan } from './generatePlan';

/**
 * Renderer timings at size L (or BENCH_SIZE): open to the first screen; first paint of the
 * inventory step, timed in the page from the click on its link to the frame that shows its table's first
 * row (`inventoryMs`; `inventoryWallMs` is the same seen from Playwright, which polls), next
 * to the time the systems list takes to cross the test bridge when the step's lists are asked for
 * together (`inventoryDataMs`); the delay between a keystroke in the inventory's filter and the
 * updated table, and between a keystroke in a system's name and its updated row; the first paint
 * of the incidents step (`incidentsMs`), with the number of buttons it shows, and the delay between
 * a keystroke in an incident's title and its updated row.
 */
const size = (process.env.BENCH_SIZE ?? 'L') as SizeName;

test(`renderer at size ${size}`, async ({ paraat }) => {
  const { page } = paraat;
  const path = join(paraat.folder, `plan-${size}.paraat`);
  writeGeneratedPlan(path, size);

  await paraat.answerDialog('chooseExistingPlan', path);
  let start = Date.now();
  await page.getByRole('button', { name: 'Plan openen…' }).click();
  const steps = page.getByRole('navigation', { name: 'Stappen van het plan' });
  await expect(steps).toBeVisible({ timeout: 120_000 });
  const openMs = Date.now() - start;

  const profiler = await startProfile(page);
  await page.evaluate(timeFirstRow, undefined);
  start = Date.now();
  await steps.getByRole('link', { name: /IT-inventaris/ }).click();
  const rows = page.locator('.list-table tbody tr');
  await expect(rows.first()).toBeVisible({ timeout: 120_000 });
  const inventoryWallMs = Date.now() - start;
  const inventoryMs = await page.evaluate(() => (window as unknown as { __firstRow: Promise<number> }).__firstRow);
  await profiler?.stop(`inventory-${size}`);

  await page.locator('input.list-filter').click();
  const typing = await startProfile(page);
  // Each keystroke narrows the table ("systems 01…"), then the filter is cleared again; twice.
  const filterKeys = [...'systems 01', ...Array<string>(10).fill('Backspace')];
  const delays = await timeKeystrokes(page, 'input.list-filter', [...filterKeys, ...filterKeys]);
  await typing?.stop(`filter-${size}`);

  // Typing in a system's name: its row, the restart analysis and the warnings follow each key.
  await page.locator('.list-table tbody tr td:first-child button').first().click();
  const nameInput = '.item-form input[id^="systems-"][id$="-name"]';
  await page.locator(nameInput).click();
  await page.keyboard.press('End');
  const editing = await startProfile(page);
  const editDelays = await timeKeystrokes(page, nameInput, [
    ...' server',
    ...Array<string>(7).fill('Backspace'),
    ...' server',
    ...Array<string>(7).fill('Backspace'),
  ]);
  await editing?.stop(`edit-${size}`);

  const heapMb = await page.evaluate(
    () => ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 1e6,
  );
  // The same after a forced garbage collection: what the renderer really keeps.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  const heapLiveMb = await page.evaluate(
    () => ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 1e6,
  );
  // Measured last, so that its copies of the lists do not count in the heap above.
  // The reference: the step's lists asked for together over the same bridge, as the step does,
  // until the systems list has arrived, without rendering anything.
  // Next to it, a structured clone of the systems list in the page: about what Electron's IPC does
  // with it instead of this bridge's JSON over the DevTools protocol.
  const { inventoryDataMs, systemsCloneMs } = await page.evaluate(async () => {
    const bridge = (
      window as unknown as { paraat: { invoke: (channel: string, payload: unknown) => Promise<unknown> } }
    ).paraat;
    const begin = performance.now();
    const lists = ['systems', 'people', 'suppliers', 'services', 'backups'].map((section) =>
      bridge.invoke('items.list', { section }),
    );
    const systems = await lists[0];
    const systemsMs = performance.now() - begin;
    await Promise.all(lists);
    const cloneBegin = performance.now();
    structuredClone(systems);
    return { inventoryDataMs: systemsMs, systemsCloneMs: performance.now() - cloneBegin };
  });
  // Last, on lists not loaded before: the incidents step (2,000 incidents at L, most of them
  // closed without a review), from the click on its link to the frame that shows the list of
  // incidents waiting for a review.
  const incidentsProfile = await startProfile(page);
  await page.evaluate(timeFirstRow, '.incidents-step #waiting-reviews-title');
  start = Date.now();
  await steps.getByRole('link', { name: /Logboek en evaluatie/ }).click();
  await expect(page.locator('#waiting-reviews-title')).toBeVisible({ timeout: 120_000 });
  const incidentsWallMs = Date.now() - start;
  const incidentsMs = await page.evaluate(() => (window as unknown as { __firstRow: Promise<number> }).__firstRow);
  await incidentsProfile?.stop(`incidents-${size}`);
  const incidentButtons = await page.locator('.incidents-step button').count();
  // Typing in an incident's title: the log's row and the list of incidents waiting for a review follow each key.
  await page.locator('.incidents-step .list-table tbody tr td:first-child button').first().click();
  const titleInput = '.item-form input[id^="incidents-"][id$="-title"]';
  await page.locator(titleInput).click();
  await page.keyboard.press('End');
  const incidentTyping = await startProfile(page);
  const incidentDelays = await timeKeystrokes(page, titleInput, [
    ...' stroom',
    ...Array<string>(7).fill('Backspace'),
    ...' stroom',
    ...Array<string>(7).fill('Backspace'),
  ]);
  await incidentTyping?.stop(`incident-edit-${size}`);
  const result = {
    size,
    openMs,
    inventoryMs,
    inventoryDataMs,
    systemsCloneMs,
    inventoryWallMs,
    keystroke: spread(delays.frame),
    keystrokeSettled: spread(delays.settled),
    editKeystroke: spread(editDelays.frame),
    editKeystrokeSettled: spread(editDelays.settled),
    incidentsMs,
    incidentsWallMs,
    incidentButtons,
    incidentKeystroke: spread(incidentDelays.frame),
    incidentKeystrokeSettled: spread(incidentDelays.settled),
    heapMb,
    heapLiveMb,
  };
  console.log(JSON.stringify(result));
  await page.screenshot({ path: `test-results/screens/bench-inventory-${size}.png` });
  mkdirSync('bench-output', { recursive: true });
  writeFileSync(
    join('bench-output', `renderer-${size}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`),
    JSON.stringify(result, null, 2),
  );
  expect(delays.frame.length).toBeGreaterThan(0);
});

/** Median and p95 of some delays. */
function spread(delays: number[]) {
  const sorted = [...delays].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), samples: delays.length };
}

/**
 * Presses keys in the focused input matched by `selector`, each timed in the page from its keydown
 * to the frame that shows its result (`frame`: the frame's callback, just before it paints; React
 * renders a keystroke in a controlled input at once) and to the first moment after that frame when
 * the page is free again (`settled`: a timer, which waits for work deferred to after the frame,
 * such as the restart analysis).
 */
async function timeKeystrokes(
  page: Page,
  selector: string,
  keys: string[],
): Promise<{ frame: number[]; settled: number[] }> {
  await page.evaluate((selector) => {
    const w = window as unknown as { __key: number; __delays: { frame: number[]; settled: number[] } };
    w.__delays = { frame: [], settled: [] };
    const input = document.querySelector(selector)!;
    input.addEventListener('keydown', () => (w.__key = performance.now()), { capture: true });
    input.addEventListener('input', () => {
      const key = w.__key;
      requestAnimationFrame(() => {
        w.__delays.frame.push(performance.now() - key);
        setTimeout(() => w.__delays.settled.push(performance.now() - key));
      });
    });
  }, selector);
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(150);
  }
  return page.evaluate(() => (window as unknown as { __delays: { frame: number[]; settled: number[] } }).__delays);
}

/** Starts a clock at the next click that stops at the frame after `selector` (a list table's first row) appears. */
function timeFirstRow(selector = '.list-table tbody tr') {
  const w = window as unknown as { __firstRow: Promise<number> };
  w.__firstRow = new Promise((resolve) => {
    document.addEventListener(
      'click',
      () => {
        const begin = performance.now();
        // Stopped in the frame's callback, just before it paints: a timer would wait for the
        // step's other lists, queued behind it.
        const done = () => requestAnimationFrame(() => resolve(performance.now() - begin));
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          done();
        });
        observer.observe(document.body, { childList: true, subtree: true });
      },
      { capture: true, once: true },
    );
  });
}

/**
 * With BENCH_PROFILE set, a CPU profile of Chromium's renderer (the CDP Profiler) around a measured
 * part, written to bench-output/<name>.cpuprofile (open it in Chrome's DevTools, Performance tab).
 */
async function startProfile(page: Page) {
  if (!process.env.BENCH_PROFILE) return null;
  if (process.env.BENCH_PROFILE === 'trace') {
    const browser = page.context().browser()!;
    await browser.startTracing(page, {
      screenshots: false,
      categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'],
    });
    return {
      stop: async (name: string) => {
        mkdirSync('bench-output', { recursive: true });
        writeFileSync(join('bench-output', `${name}.trace.json`), await browser.stopTracing());
      },
    };
  }
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return {
    stop: async (name: string) => {
      const { profile } = await session.send('Profiler.stop');
      mkdirSync('bench-output', { recursive: true });
      writeFileSync(join('bench-output', `${name}.cpuprofile`), JSON.stringify(profile));
      await session.detach();
    },
  };
}
