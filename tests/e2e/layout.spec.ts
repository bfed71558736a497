import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { STEP_IDS } from '../../src/domain/steps';
import { createPlan } from '../builders/planFiles';
import { fileMenuButton } from './fileMenu';
import { type ParaatHarness, expect, test } from './fixtures';

const ORGANISATION = 'Intergemeentelijk samenwerkingsverband voor informatica Westhoek-Noord en omliggende gemeenten';
const FILE_NAME = 'Continuïteitsplan Westhoek 2026.paraat';

/** A plan with a long name in a deep folder (an OneDrive path, say), opened from the start screen. */
async function openLongNamedPlan(paraat: ParaatHarness): Promise<string> {
  const folder = join(
    paraat.folder,
    'OneDrive - Intergemeentelijk samenwerkingsverband',
    'Documenten',
    'IT',
    'Continuïteit',
  );
  mkdirSync(folder, { recursive: true });
  const path = createPlan(folder, {
    fileName: FILE_NAME,
    organisation: { name: ORGANISATION, kind: 'municipality-flanders' },
  });
  await paraat.answerDialog('chooseExistingPlan', path);
  await paraat.page.getByRole('button', { name: 'Plan openen…' }).click();
  await expect(paraat.page.getByTestId('plan-location')).toContainText(FILE_NAME);
  return path;
}

/** What of the header does not fit: elements sticking out of it or wider than their own box. */
function headerOverflow(page: Page) {
  return page.getByRole('banner').evaluate((header) => {
    const box = header.getBoundingClientRect();
    const problems: string[] = [];
    if (header.scrollWidth > header.clientWidth)
      problems.push(`header scrolls: ${header.scrollWidth} > ${header.clientWidth}`);
    for (const element of Array.from(header.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || element.closest('dialog')) continue;
      const rect = element.getBoundingClientRect();
      const name = `${element.tagName.toLowerCase()}.${element.className || ''} "${(element.textContent ?? '').slice(0, 30)}"`;
      if (rect.width > 0 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5))
        problems.push(`${name} sticks out`);
      // A name or folder that gives way with an ellipsis is meant to be cut, and a 1 px box is text
      // kept only for screen readers; anything else must fit.
      if (
        style.textOverflow !== 'ellipsis' &&
        element.clientWidth > 1 &&
        element.scrollWidth > element.clientWidth + 1
      ) {
        problems.push(`${name} overflows: ${element.scrollWidth} > ${element.clientWidth}`);
      }
    }
    return problems;
  });
}

const LANGUAGES = [
  {
    language: 'Nederlands',
    menu: 'Bestand',
    items: ['Exporteren…', 'Kopie opslaan…', 'Versleutelde kopie…', 'Plan sluiten'],
  },
  { language: 'English', menu: 'File', items: ['Export…', 'Save a copy…', 'Encrypted copy…', 'Close plan'] },
] as const;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

for (const { language, menu, items } of LANGUAGES) {
  test(`the plan header stays one row that fits at 1280 and 1024 pixels, and its file menu works by keyboard (${language})`, async ({
    paraat,
  }) => {
    const { page } = paraat;
    await openLongNamedPlan(paraat);
    await page.getByRole('banner').getByRole('button', { name: language }).click();
    const header = page.getByRole('banner');
    const button = fileMenuButton(page);
    await expect(button).toHaveText(menu);

    for (const size of SIZES) {
      await page.setViewportSize(size);
      const buttonHeight = (await button.boundingBox())!.height;
      const headerHeight = (await header.boundingBox())!.height;
      // Two rows of buttons would take at least two buttons' height.
      expect(headerHeight, `header height at ${size.width} px`).toBeLessThan(2 * buttonHeight);
      expect(await headerOverflow(page), `at ${size.width} px`).toEqual([]);
      // The file name is shown whole; the organisation's name is cut, with the whole name on hover.
      const fileName = header.locator('.plan-file');
      await expect(fileName).toHaveText(FILE_NAME);
      expect(await fileName.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      await expect(header.getByRole('heading', { level: 1 })).toHaveAttribute('title', ORGANISATION);
      await expect(page.getByTestId('plan-location')).toHaveAttribute(
        'title',
        /Continuïteit[\\/]Continuïteitsplan Westhoek 2026\.paraat$/,
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

      // The menu by keyboard: Enter opens it on its first item, the arrows move and wrap, Escape
      // closes it and gives the focus back to the button.
      await button.focus();
      await page.keyboard.press('Enter');
      const menuList = page.getByRole('menu', { name: menu });
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(menuList.getByRole('menuitem')).toHaveText([...items]);
      await expect(menuList.getByRole('menuitem', { name: items[0] })).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(menuList.getByRole('menuitem', { name: items[1] })).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await expect(menuList.getByRole('menuitem', { name: items[3] })).toBeFocused();
      await page.keyboard.press('Home');
      await expect(menuList.getByRole('menuitem', { name: items[0] })).toBeFocused();
      expect(await headerOverflow(page), `with the menu open at ${size.width} px`).toEqual([]);
      const menuBox = (await menuList.boundingBox())!;
      expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(size.width);
      await page.keyboard.press('Escape');
      await expect(menuList).toBeHidden();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(button).toBeFocused();
    }
  });
}

test('every action of the file menu works from the keyboard and gives the focus back', async ({ paraat }) => {
  const { page } = paraat;
  const path = await openLongNamedPlan(paraat);
  const button = fileMenuButton(page);
  const menuList = page.getByRole('menu', { name: 'Bestand' });
  const choose = async (item: string, key: 'Enter' | ' ') => {
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await expect(menuList).toBeVisible();
    await menuList.getByRole('menuitem', { name: item }).focus();
    await page.keyboard.press(key);
    await expect(menuList).toBeHidden();
  };

  await choose('Exporteren…', 'Enter');
  const exportPanel = page.getByRole('dialog', { name: 'Het plan exporteren' });
  await expect(exportPanel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(exportPanel).toBeHidden();
  await expect(button).toBeFocused();

  await choose('Versleutelde kopie…', ' ');
  const encrypted = page.getByRole('dialog', { name: 'Een versleutelde kopie opslaan' });
  await expect(encrypted).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(encrypted).toBeHidden();
  await expect(button).toBeFocused();

  const copy = path.replace(/\.paraat$/, ' (kopie).paraat');
  await paraat.answerDialog('chooseCopyPath', copy);
  await choose('Kopie opslaan…', 'Enter');
  await expect.poll(() => existsSync(copy)).toBe(true);

  // Tab leaves the menu closed; a click elsewhere closes it too.
  await button.click();
  await expect(menuList).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(menuList).toBeHidden();
  await button.click();
  await page.getByRole('heading', { level: 2 }).click();
  await expect(menuList).toBeHidden();

  await choose('Plan sluiten', 'Enter');
  await expect(page.getByRole('heading', { name: 'Welkom bij Paraat' })).toBeVisible();
});

for (const { language, menu } of LANGUAGES) {
  test(`at phone width (390 px) the plan header wraps, the page does not scroll sideways and the file menu stays on screen (${language})`, async ({
    paraat,
  }) => {
    const { page } = paraat;
    await openLongNamedPlan(paraat);
    await page.getByRole('banner').getByRole('button', { name: language }).click();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await headerOverflow(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const button = fileMenuButton(page);
    await expect(button).toBeInViewport({ ratio: 1 });
    await button.click();
    const menuBox = (await page.getByRole('menu', { name: menu }).boundingBox())!;
    expect(menuBox.x).toBeGreaterThanOrEqual(0);
    expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(390);
  });
}

/** What sticks out sideways: the page wider than the window, or the step wider than its own box (cut off). */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const page = document.documentElement.scrollWidth;
    if (page > window.innerWidth) problems.push(`the page is ${page} px wide`);
    const step = document.querySelector<HTMLElement>('.step-main')!;
    if (step.scrollWidth > step.clientWidth) problems.push(`the step is ${step.scrollWidth} px wide`);
    return problems;
  });
}

const PHONE_WIDTH = [
  {
    language: 'Nederlands',
    example: 'Voorbeeldplan bekijken',
    step: (n: number) => `Stap ${n} van`,
    playbookUp: 'Omhoog',
    checkWho: 'Wie controleert',
  },
  {
    language: 'English',
    example: 'Explore the example plan',
    step: (n: number) => `Step ${n} of`,
    playbookUp: 'Move up',
    checkWho: 'Who checks',
  },
] as const;

for (const words of PHONE_WIDTH) {
  test(`at phone width (390 px) every step of the example plan fits the window: wide tables scroll inside the step, phone numbers stay whole (${words.language})`, async ({
    paraat,
  }) => {
    // Seventeen steps, each with an item opened: longer than one step of a user takes.
    test.setTimeout(180_000);
    const { page } = paraat;
    if (words.language === 'English') await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: words.example }).click();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [index, step] of STEP_IDS.entries()) {
      await page.evaluate((id) => (location.hash = `#/${id}`), step);
      await expect(page.getByText(words.step(index + 1))).toBeVisible();
      expect(await sidewaysOverflow(page), `step ${step}`).toEqual([]);
      // The first item of the step's first list opened, as a user would, with its form.
      const firstItem = page.locator('button.row-open').first();
      if ((await firstItem.count()) > 0) {
        await firstItem.click();
        expect(await sidewaysOverflow(page), `step ${step} with an item open`).toEqual([]);
      }

      if (step === 'people') {
        // "0470 11 22 01" on one line, not a number per line.
        const phone = page.getByRole('cell', { name: '0470 11 22 01' });
        const lines = await phone.evaluate((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
        });
        expect(lines).toBe(1);
      }
      if (step === 'scenarios') {
        // The playbook's up/down buttons on screen, the checks' last column reachable by scrolling its table.
        const up = page.getByRole('button', { name: words.playbookUp }).last();
        await up.scrollIntoViewIfNeeded();
        await expect(up).toBeInViewport({ ratio: 1 });
        const who = page.getByRole('columnheader', { name: words.checkWho });
        await who.scrollIntoViewIfNeeded();
        await expect(who).toBeInViewport({ ratio: 0.9 });
        expect(await sidewaysOverflow(page), 'the playbook').toEqual([]);
      }
    }
  });
}
