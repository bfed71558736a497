import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleNetworkDiagram } from '../../src/storage/exampleDiagram';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { createPlanFromStart, openStep } from './steps';

test('a network diagram is added to the inventory, shown with its caption, and a disguised file is refused', async ({
  paraat,
}) => {
  const { page } = paraat;
  await createPlanFromStart(paraat, {
    organisation: 'Gemeente Testdorp',
    kind: 'Gemeente in Nederland',
    fileName: 'testdorp.paraat',
  });
  await openStep(page, 'IT-inventaris');
  const panel = page.getByRole('region', { name: 'Netwerkschema’s en andere afbeeldingen' });
  await expect(panel).toContainText('Nog geen afbeeldingen.');

  const diagram = join(paraat.folder, 'netwerk.png');
  writeFileSync(diagram, exampleNetworkDiagram('nl'));
  await paraat.answerDialog('choosePicture', diagram);
  await panel.getByRole('button', { name: 'Afbeelding toevoegen…' }).click();
  await expect(panel.getByRole('status')).toHaveText('Afbeelding toegevoegd.');
  const picture = panel.getByRole('img', { name: 'Afbeelding 1' });
  await expect(picture).toBeVisible();
  // Drawn by the browser from the bytes main checked: its natural size is the diagram's.
  expect(await picture.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([700, 392]);
  await expect(panel).toContainText('700 × 392 beeldpunten');
  await panel.getByLabel('Onderschrift').fill('Netwerk van het gemeentehuis');
  await panel.getByLabel('Onderschrift').blur();
  await expect(panel.getByRole('img', { name: 'Netwerk van het gemeentehuis' })).toBeVisible();

  // An SVG renamed to .png: refused by its bytes, with the reason; the diagram stays.
  const disguised = join(paraat.folder, 'schema.png');
  writeFileSync(disguised, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  await paraat.answerDialog('choosePicture', disguised);
  await panel.getByRole('button', { name: 'Afbeelding toevoegen…' }).click();
  await expect(panel.getByRole('alert')).toContainText('Een SVG-bestand kan scripts');
  await expect(panel.getByRole('img')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/inventory-pictures-nl.png', fullPage: true });
  await expectNoAxeViolations(page, 'the inventory step with a picture and a refusal');

  // A second picture moved up before the first: the order is the plan's (and Word's and the PDF's).
  const room = join(paraat.folder, 'serverruimte.png');
  writeFileSync(room, exampleNetworkDiagram('en'));
  await paraat.answerDialog('choosePicture', room);
  await panel.getByRole('button', { name: 'Afbeelding toevoegen…' }).click();
  await panel.getByLabel('Onderschrift').nth(1).fill('Serverruimte');
  await panel.getByLabel('Onderschrift').nth(1).blur();
  await expect(panel.getByRole('button', { name: 'Omhoog: Afbeelding 1' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Omhoog: Afbeelding 2' }).click();
  await expect(panel.getByRole('img').first()).toHaveAttribute('alt', 'Serverruimte');

  // Kept in the plan file: still there after the interface is reloaded and the plan read again.
  await paraat.reload();
  await openStep(page, 'IT-inventaris');
  await expect(page.getByRole('img', { name: 'Netwerk van het gemeentehuis' })).toBeVisible();
  await expect(panel.getByRole('img').first()).toHaveAttribute('alt', 'Serverruimte');
});

test('the example plan shows its network diagram in the inventory step', async ({ paraat }) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await openStep(page, 'IT-inventaris');
  await expect(page.getByRole('img', { name: /Netwerkschema van het gemeentehuis/ })).toBeVisible();
});
