import { STEP_IDS } from '../../src/domain/steps';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

for (const language of ['nl', 'en'] as const) {
  test(`every step of the example plan passes the accessibility check (${language})`, async ({ paraat }) => {
    // Seventeen steps, each checked in full: longer than one step of a user takes.
    test.setTimeout(240_000);
    const { page } = paraat;
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    await expectNoAxeViolations(page, `the start screen (${language})`);
    await page
      .getByRole('button', { name: language === 'nl' ? 'Voorbeeldplan bekijken' : 'Explore the example plan' })
      .click();
    for (const [index, step] of STEP_IDS.entries()) {
      await page.evaluate((id) => (location.hash = `#/${id}`), step);
      await expect(page.getByText(language === 'nl' ? `Stap ${index + 1} van` : `Step ${index + 1} of`)).toBeVisible();
      await expectNoAxeViolations(page, `step ${step} (${language})`);
    }
  });
}
