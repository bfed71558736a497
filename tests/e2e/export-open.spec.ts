import { join } from 'node:path';
import { expect, test } from './fixtures';
import { chooseFromFileMenu } from './fileMenu';
import { testsThatExport, untilFinished } from './waits';

test.describe.configure(testsThatExport);

test('after an export the file opens, or shows in its folder, through main; a made-up path is refused', async ({
  paraat,
}) => {
  const { page, desktopCalls } = paraat;
  test.skip(desktopCalls === null, 'the Electron shell would open the file on the real desktop');
  await page.getByRole('button', { name: 'Voorbeeldplan bekijken' }).click();
  await chooseFromFileMenu(page, 'Exporteren…');
  const panel = page.getByRole('dialog', { name: 'Het plan exporteren' });
  const target = join(paraat.folder, 'Contacten Beekzande.vcf');
  await paraat.answerDialog('chooseExportPath', target);
  await panel.getByRole('button', { name: 'Contacten (vCard)…' }).click();
  await expect(panel.getByRole('status')).toContainText('Het contactenbestand is opgeslagen', untilFinished);

  await panel.getByRole('button', { name: 'Bestand openen' }).click();
  await expect.poll(() => desktopCalls!.length).toBe(1);
  await panel.getByRole('button', { name: 'Toon in map' }).click();
  await expect.poll(() => desktopCalls!.length).toBe(2);
  expect(desktopCalls).toEqual([
    { how: 'open', path: target },
    { how: 'folder', path: target },
  ]);

  // A renderer that asks for a path main did not write gets a refusal, and nothing opens.
  const forged = await page.evaluate(async () => {
    const bridge = (window as unknown as { paraat: { invoke: (c: string, p: unknown) => Promise<unknown> } }).paraat;
    return bridge.invoke('file.show', { path: '/etc/hosts', how: 'open' });
  });
  expect(forged).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  expect(desktopCalls).toHaveLength(2);
});

test('in English the export ends with “Open file” and “Show in folder”', async ({ paraat }) => {
  const { page, desktopCalls } = paraat;
  test.skip(desktopCalls === null, 'the Electron shell would open the file on the real desktop');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Explore the example plan' }).click();
  await chooseFromFileMenu(page, 'Export…');
  const panel = page.getByRole('dialog', { name: 'Export the plan' });
  const target = join(paraat.folder, 'Reminders.ics');
  await paraat.answerDialog('chooseExportPath', target);
  await panel.getByRole('button', { name: 'Reminders (calendar)…' }).click();
  await expect(panel.getByRole('status')).toContainText('Reminders.ics', untilFinished);
  await panel.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => desktopCalls!.length).toBe(1);
  expect(desktopCalls![0]).toEqual({ how: 'folder', path: target });
  await expect(panel.getByRole('button', { name: 'Open file' })).toBeVisible();
});
