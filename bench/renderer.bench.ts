import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../tests/e2e/fixtures';
import { type SizeName, writeGeneratedPlan } from './generatePlan';

/**
 * Renderer timings at size L (or BENCH_SIZE): open to the first screen, first paint of the
 * inventory step, and the delay between a keystroke in the inventory's filter and the updated table,
 * measured in the page from the keydown to just after the next frame (React renders a keystroke in
 * a controlled input at once, so that frame shows the filtered table).
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

  start = Date.now();
  await steps.getByRole('link', { name: /IT-inventaris/ }).click();
  const rows = page.locator('.list-table tbody tr');
  await expect(rows.first()).toBeVisible({ timeout: 120_000 });
  const inventoryMs = Date.now() - start;

  const filter = page.locator('input.list-filter');
  await filter.click();
  await page.evaluate(() => {
    const w = window as unknown as { __key: number; __delays: number[] };
    w.__delays = [];
    const input = document.querySelector('input.list-filter')!;
    input.addEventListener('keydown', () => (w.__key = performance.now()), { capture: true });
    // React renders a keystroke in a controlled input synchronously; the frame after it shows the table.
    input.addEventListener('input', () => {
      const key = w.__key;
      requestAnimationFrame(() => setTimeout(() => w.__delays.push(performance.now() - key)));
    });
  });
  // Each keystroke narrows the table ("systems 01…"), then the filter is cleared again.
  for (const key of [...'systems 01', ...Array(10).fill('Backspace')]) {
    await page.keyboard.press(key);
    await page.waitForTimeout(150);
  }
  const delays = await page.evaluate(() => (window as unknown as { __delays: number[] }).__delays);
  const heapMb = await page.evaluate(() => ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 1e6);
  const sorted = [...delays].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const result = { size, openMs, inventoryMs, keystroke: { median: at(0.5), p95: at(0.95), samples: delays.length }, heapMb };
  console.log(JSON.stringify(result));
  await page.screenshot({ path: `test-results/screens/bench-inventory-${size}.png` });
  mkdirSync('bench-output', { recursive: true });
  writeFileSync(join('bench-output', `renderer-${size}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2));
  expect(delays.length).toBeGreaterThan(0);
});
