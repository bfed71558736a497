import { STEP_IDS } from '../../src/domain/steps';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { chooseFromFileMenu } from './fileMenu';

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

const DIALOGS = {
  nl: {
    example: 'Voorbeeldplan bekijken',
    export: { menu: 'Exporteren…', name: 'Het plan exporteren' },
    encrypted: { menu: 'Versleutelde kopie…', name: 'Een versleutelde kopie opslaan' },
    start: { button: 'Incident of oefening starten', name: 'Een incident of een oefening starten' },
  },
  en: {
    example: 'Explore the example plan',
    export: { menu: 'Export…', name: 'Export the plan' },
    encrypted: { menu: 'Encrypted copy…', name: 'Save an encrypted copy' },
    start: { button: 'Start incident or exercise', name: 'Start an incident or an exercise' },
  },
} as const;

for (const language of ['nl', 'en'] as const) {
  test(`the export, encrypted copy and start-incident dialogs pass the accessibility check (${language})`, async ({
    paraat,
  }) => {
    const { page } = paraat;
    const words = DIALOGS[language];
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: words.example }).click();

    await chooseFromFileMenu(page, words.export.menu);
    const exportPanel = page.getByRole('dialog', { name: words.export.name });
    await expect(exportPanel).toBeVisible();
    await expectNoAxeViolations(page, `the export dialog (${language})`);
    await page.keyboard.press('Escape');
    await expect(exportPanel).toBeHidden();

    await chooseFromFileMenu(page, words.encrypted.menu);
    const encrypted = page.getByRole('dialog', { name: words.encrypted.name });
    await expect(encrypted).toBeVisible();
    await expectNoAxeViolations(page, `the encrypted copy dialog (${language})`);
    await page.keyboard.press('Escape');
    await expect(encrypted).toBeHidden();

    await page.getByRole('button', { name: words.start.button }).click();
    const start = page.getByRole('dialog', { name: words.start.name });
    await expect(start).toBeVisible();
    await expectNoAxeViolations(page, `the start incident dialog (${language})`);
  });
}
