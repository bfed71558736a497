import { type Page } from '@playwright/test';

/** The plan header's file menu button, in either language. */
export const fileMenuButton = (page: Page) =>
  page.getByRole('banner').getByRole('button', { name: /^(Bestand|File)$/ });

/** Runs an action of the plan header's file menu ("Exporteren…", "Plan sluiten", …) as a user clicks it. */
export async function chooseFromFileMenu(page: Page, action: string): Promise<void> {
  await fileMenuButton(page).click();
  await page.getByRole('menu').getByRole('menuitem', { name: action, exact: true }).click();
}
