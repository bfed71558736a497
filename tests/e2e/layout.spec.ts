import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
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
