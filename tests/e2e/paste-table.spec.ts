import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { allSaved, createPlanFromStart } from './steps';

/**
 * What Excel on Windows puts on the clipboard when a range is copied: text/plain with tabs between
 * the cells, CRLF after every row (the last one too) and a cell holding a line break quoted; and
 * text/html with the same cells as a table (which Paraat does not need).
 */
function excelClipboard(rows: string[][]): { text: string; html: string } {
  const quote = (cell: string) =>
    /[\t\n"]/.test(cell) && cell.includes('\n') ? `"${cell.replace(/"/g, '""')}"` : cell;
  const text =
    rows.map((row) => row.map((cell) => quote(cell.replace(/\n/g, '\r\n'))).join('\t')).join('\r\n') + '\r\n';
  const escape = (cell: string) => cell.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>');
  const html =
    '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table>' +
    rows.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('') +
    '</table></body></html>';
  return { text, html };
}

/** Puts the rows on the clipboard as Excel does, clicks in the list (not in a field) and presses Ctrl+V. */
async function pasteOnList(page: Page, list: Locator, rows: string[][]) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(async ({ text, html }) => {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
  }, excelClipboard(rows));
  await list.click();
  await page.keyboard.press('Control+V');
}

const INVENTORY = [
  ['Naam', 'Soort', 'Leverancier', 'Locatie', 'Opmerkingen'],
  ['Firewall', 'Firewall', 'Westkust ICT Partners', 'Serverlokaal', ''],
  ['NAS technische dienst', 'NAS', 'Westkust ICT Partners', 'Serverlokaal', 'Back-up elke nacht\nSchijf 2 vervangen'],
  ['Printer onthaal', 'Multifunctionele printer', '', 'Onthaal', ''],
];

test('rows copied in Excel and pasted on the inventory and the people list become items through the import preview', async ({
  paraat,
}, testInfo) => {
  const { page } = paraat;
  await createPlanFromStart(paraat, {
    organisation: 'Gemeente Beekzande',
    kind: 'Lokaal bestuur in Vlaanderen',
    fileName: 'plakken.paraat',
  });
  const steps = page.getByRole('navigation', { name: 'Stappen van het plan' });
  await steps.getByRole('link', { name: /IT-inventaris/ }).click();
  await pasteOnList(page, page.getByText('Nog geen systemen.'), INVENTORY);

  const preview = page.getByRole('region', { name: 'Voorbeeld van de geplakte rijen' });
  await expect(preview.getByRole('heading', { name: 'Voorbeeld van de geplakte rijen' })).toBeFocused();
  await expect(preview).toContainText('Gelezen als geplakte rijen uit een rekenblad, kopregel op regel 1.');
  await expect(preview.getByLabel('Veld voor kolom Soort')).toHaveValue('type');
  await expect(preview.getByRole('columnheader', { name: 'Geplakte kolom' })).toBeVisible();
  await expect(preview).toContainText('3 systemen kunnen geïmporteerd worden.');
  await expect(preview).toContainText('3 nieuw, 0 bijgewerkt, 0 ongewijzigd.');
  await expectNoAxeViolations(page, 'the preview of pasted rows (nl)');
  await page.screenshot({ path: testInfo.outputPath('paste-preview-nl.png'), fullPage: true });
  await preview.getByRole('button', { name: '3 systemen importeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 systemen geïmporteerd.' })).toBeVisible();
  const systems = page.getByRole('table', { name: 'IT-inventaris' });
  for (const name of ['Firewall', 'NAS technische dienst', 'Printer onthaal'])
    await expect(systems.getByRole('button', { name, exact: true })).toBeVisible();
  await systems.getByRole('button', { name: 'NAS technische dienst', exact: true }).click();
  await expect(page.getByLabel('Notities', { exact: true })).toHaveValue(/Back-up elke nacht\nSchijf 2 vervangen/);

  // One column is not a list of items: said, and nothing added.
  await pasteOnList(page, systems, [['Switch verdieping 1'], ['Switch verdieping 2']]);
  await expect(page.getByRole('alert')).toContainText('Wat u plakte heeft maar één kolom.');
  await expect(systems.getByRole('button', { name: /Switch verdieping/ })).toHaveCount(0);

  await steps.getByRole('link', { name: /Sleutelpersonen en rollen/ }).click();
  await pasteOnList(page, page.getByText('Nog geen personen.'), [
    ['Naam', 'Functie', 'Afdeling', 'GSM', 'E-mail'],
    ['An Peeters', 'Algemeen directeur', 'Secretariaat', '0470 11 22 33', 'an.peeters@beekzande.be'],
    ['Bart Claes', 'ICT-verantwoordelijke', 'ICT', '0471 44 55 66', 'bart.claes@beekzande.be'],
  ]);
  const people = page.getByRole('region', { name: 'Voorbeeld van de geplakte rijen' });
  await expect(people).toContainText('2 nieuw, 0 bijgewerkt, 0 ongewijzigd.');
  await people.getByRole('button', { name: '2 rijen importeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 rijen geïmporteerd.' })).toBeVisible();
  await page.getByRole('table', { name: 'Personen' }).getByRole('button', { name: 'Bart Claes' }).click();
  await expect(page.getByLabel('Functie', { exact: true })).toHaveValue('ICT-verantwoordelijke');

  // A row pasted into a field stays the field's own text, on one line.
  const name = page.getByLabel('Naam', { exact: true });
  await name.fill('');
  await page.evaluate(() => navigator.clipboard.writeText('Bart\tClaes\r\n'));
  await name.focus();
  await page.keyboard.press('Control+V');
  await expect(name).toHaveValue('Bart Claes');
  await expect(page.getByRole('region', { name: 'Voorbeeld van de geplakte rijen' })).toHaveCount(0);

  // Rows pasted into the name field right after "add" are meant for the list, not one name; the blank
  // person "add" made was only where the paste landed, so it is gone when the preview closes:
  // cancelled (the focus back on "add", to start over) or imported.
  const personRows = page.getByRole('table', { name: 'Personen' }).locator('tbody tr');
  await expect(personRows).toHaveCount(2);
  const addPerson = page.getByRole('button', { name: 'Persoon toevoegen' });
  const chris = [
    ['Naam', 'Functie'],
    ['Chris Janssens', 'Onthaal'],
  ];
  await addPerson.click();
  const newName = page.getByLabel('Naam', { exact: true });
  await expect(newName).toBeFocused();
  await pasteOnList(page, newName, chris);
  const pastedPeople = page.getByRole('region', { name: 'Voorbeeld van de geplakte rijen' });
  await expect(pastedPeople).toContainText('1 nieuw, 0 bijgewerkt, 0 ongewijzigd.');
  await expect(newName).toHaveValue('');
  await pastedPeople.getByRole('button', { name: 'Annuleren' }).click();
  await expect(pastedPeople).toHaveCount(0);
  await expect(personRows).toHaveCount(2);
  await expect(page.getByRole('button', { name: '(zonder naam)' })).toHaveCount(0);
  await expect(addPerson).toBeFocused();

  await addPerson.click();
  await expect(newName).toBeFocused();
  await pasteOnList(page, newName, chris);
  await pastedPeople.getByRole('button', { name: '1 rij importeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 rij geïmporteerd.' })).toBeVisible();
  await expect(personRows).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Chris Janssens' })).toBeVisible();
  await expect(page.getByRole('button', { name: '(zonder naam)' })).toHaveCount(0);
  await allSaved(page);
  await paraat.reload();
  await steps.getByRole('link', { name: /Sleutelpersonen en rollen/ }).click();
  await expect(personRows).toHaveCount(3);
});

test('in English, rows pasted without a header row are read as items once the first row is no header', async ({
  paraat,
}) => {
  const { page } = paraat;
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Explore the example plan' }).click();
  const steps = page.getByRole('navigation', { name: 'Steps of the plan' });
  await steps.getByRole('link', { name: /Key people and roles/ }).click();
  const people = page.getByRole('table', { name: 'People' });
  await pasteOnList(page, people.getByRole('row').nth(1), [
    ['Chris Janssens', 'Receptionist', '0472 77 88 99'],
    ['Dana Wouters', 'Registrar', '0473 12 34 56'],
  ]);
  const preview = page.getByRole('region', { name: 'Preview of the pasted rows' });
  await expect(preview.getByTestId('paste-no-header')).toContainText('does not recognise a header row');
  await preview.getByLabel('The first pasted row is a header row (not an item)').uncheck();
  await expect(preview).toContainText('2 pasted rows without a header row: each row becomes an item.');
  await expect(preview.getByLabel('Field for column #1')).toHaveValue('name');
  await expect(preview.getByRole('columnheader', { name: 'Pasted column' })).toBeVisible();
  await preview.getByLabel('Field for column #2').selectOption({ label: 'Job title' });
  await preview.getByLabel('Field for column #3').selectOption({ label: 'Mobile' });
  await expect(preview).toContainText('2 new, 0 updated, 0 unchanged.');
  await expectNoAxeViolations(page, 'the preview of pasted rows without a header (en)');
  await preview.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 rows imported.' })).toBeVisible();
  await people.getByRole('button', { name: 'Dana Wouters' }).click();
  await expect(page.getByLabel('Mobile', { exact: true })).toHaveValue('0473 12 34 56');

  await steps.getByRole('link', { name: /IT inventory/ }).click();
  const systems = page.getByRole('table', { name: 'IT inventory' });
  await pasteOnList(page, systems.getByRole('row').nth(1), [
    ['Name', 'Type', 'Location'],
    ['Parking meters', 'Other equipment', 'Market square'],
    ['Council tablets', 'Tablet', 'Council chamber'],
  ]);
  const inventory = page.getByRole('region', { name: 'Preview of the pasted rows' });
  await expect(inventory).toContainText('2 systems can be imported.');
  await inventory.getByRole('button', { name: 'Import 2 systems' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 systems imported.' })).toBeVisible();
  await expect(systems.getByRole('button', { name: 'Parking meters' })).toBeVisible();
  await expect(systems.getByRole('button', { name: 'Council tablets' })).toBeVisible();
});
