import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { Walk } from './walk';
import { untilFinished } from './waits';

// A hang guard: seventeen steps, 45 screens checked with axe and two exports on a busy machine.
test.describe.configure({ timeout: 900_000 });

test('a new coordinator builds a printable plan from an empty one, each step once and in order (nl)', async ({
  paraat,
}) => {
  const started = Date.now();
  const { page } = paraat;
  const walk = new Walk(page, { stepOf: (n) => new RegExp(`^Stap ${n} van 17$`), noPlan: /Er is geen plan geopend/ });
  const next = () => walk.click(page.getByRole('button', { name: 'Volgende →' }));
  await walk.looksRight('start');
  await walk.fill(page.getByLabel('Naam van de organisatie'), 'Gemeente Beekzande');
  await walk.check(page.getByLabel('Lokaal bestuur in Vlaanderen'));
  await paraat.answerDialog('chooseNewPlanPath', join(paraat.folder, 'Beekzande.paraat'));
  await walk.click(page.getByRole('button', { name: 'Plan aanmaken…' }));

  // 1. Organisation and plan: what the kind and name do not say yet.
  await walk.arrive(1, 'Organisatie en plan');
  await walk.fill(page.getByLabel('Aantal medewerkers'), '120');
  await walk.fill(
    page.getByLabel('Doel van het plan'),
    'De dienstverlening aan de inwoners binnen een werkdag hervatten na een IT-uitval.',
  );
  await walk.fill(
    page.getByLabel('Toepassingsgebied'),
    'Het gemeentehuis, de bibliotheek en alle IT-middelen van gemeente en OCMW.',
  );
  await walk.fill(
    page.getByLabel('Wat is een noodsituatie?'),
    'Een uitval van IT die een dienst langer dan zijn RTO stillegt.',
  );
  await walk.fill(page.getByLabel('Wanneer wordt het plan geactiveerd?'), 'Bij een groot incident of een crisis.');
  await walk.fill(page.getByLabel('Wie activeert het plan?'), 'De algemeen directeur');
  await walk.fill(page.getByLabel('Eigenaar van het plan'), 'De IT-coördinator');
  await walk.fill(page.getByLabel('Volgende herziening'), '2027-06-30');
  await next();
  // 2. Three key people, who holds the first roles, a department and the service it relies on.
  await walk.arrive(2, 'Sleutelpersonen en rollen');
  for (const [name, role, mobile] of [
    ['An Peeters', 'IT-coördinator', '0470 11 22 33'],
    ['Bart Claes', 'Algemeen directeur', '0470 22 33 44'],
    ['Chris Wouters', 'Informatieveiligheidsconsulent', '0470 33 44 55'],
  ]) {
    await walk.click(page.getByRole('button', { name: 'Persoon toevoegen' }));
    const fresh = page.getByRole('region', { name: '(zonder naam)' });
    await expect(fresh.getByLabel('Naam', { exact: true })).toBeFocused();
    await walk.looksRight('a new person');
    await walk.type(name!);
    const person = page.getByRole('region', { name });
    await walk.fill(person.getByLabel('Functie'), role!);
    await walk.fill(person.getByLabel('Gsm'), mobile!);
  }
  for (const [role, main, deputy] of [
    ['Algemeen directeur', 'Bart Claes', 'An Peeters'],
    ['Informatieveiligheidsconsulent / DPO', 'Chris Wouters', 'Bart Claes'],
    ['IT-coördinator (planbeheerder)', 'An Peeters', 'Chris Wouters'],
  ]) {
    await walk.click(page.getByRole('table', { name: 'Rollen' }).getByRole('button', { name: role }));
    const form = page.getByRole('region', { name: role });
    await walk.choose(form.getByLabel('Hoofdcontact'), main!);
    await walk.choose(form.getByLabel('Plaatsvervanger'), deputy!);
  }
  await walk.looksRight('a role');
  await walk.click(page.getByRole('button', { name: 'Afdeling toevoegen' }));
  await expect(
    page.getByRole('region', { name: '(zonder naam)' }).getByLabel('Afdeling', { exact: true }),
  ).toBeFocused();
  await walk.type('Burgerzaken');
  const department = page.getByRole('region', { name: 'Burgerzaken' });
  await walk.choose(department.getByLabel('Contactpersoon', { exact: true }), 'Bart Claes');
  const reliesOn = department.getByRole('group', { name: /Processen waarop deze afdeling steunt/ });
  await walk.click(reliesOn.getByRole('button', { name: 'Nieuwe dienst' }));
  await walk.looksRight('a new service inside a department');
  await walk.fill(page.getByLabel('Naam van de nieuwe dienst'), 'Loket burgerzaken');
  await walk.press('Enter');
  await expect(reliesOn.getByRole('checkbox', { name: 'Loket burgerzaken' })).toBeChecked();
  await walk.looksRight('a department');
  await next();

  // 3. The services, their recovery times and, created on the spot, the systems they use.
  await walk.arrive(3, 'Diensten en processen');
  await walk.click(page.getByRole('button', { name: 'Loket burgerzaken' }));
  const service = page.getByRole('region', { name: 'Loket burgerzaken' });
  await walk.choose(service.getByLabel('Eigenaar', { exact: true }), 'Bart Claes');
  await walk.fill(service.getByLabel(/^Maximale hersteltijd/), '1 dag');
  await walk.fill(service.getByLabel(/^Maximaal gegevensverlies/), '4u');
  const uses = service.getByRole('group', { name: /Systemen die de dienst gebruikt/ });
  for (const system of ['Bevolkingsregister', 'Microsoft 365']) {
    await walk.click(uses.getByRole('button', { name: 'Nieuw systeem' }));
    await walk.looksRight('a new system inside a service');
    await walk.fill(page.getByLabel('Naam van het nieuwe systeem'), system);
    await walk.press('Enter');
    await expect(uses.getByRole('checkbox', { name: system })).toBeChecked();
  }
  await walk.looksRight('a service');
  await walk.click(page.getByRole('button', { name: 'Dienst toevoegen' }));
  await expect(page.getByRole('region', { name: '(zonder naam)' }).getByLabel('Dienst of proces')).toBeFocused();
  await walk.type('E-mail en agenda');
  const mail = page.getByRole('region', { name: 'E-mail en agenda' });
  await walk.choose(mail.getByLabel('Eigenaar', { exact: true }), 'An Peeters');
  await walk.fill(mail.getByLabel(/^Maximale hersteltijd/), '4 uur');
  await walk.fill(mail.getByLabel(/^Maximaal gegevensverlies/), '1 uur');
  await walk.check(
    mail
      .getByRole('group', { name: /Systemen die de dienst gebruikt/ })
      .getByRole('checkbox', { name: 'Microsoft 365' }),
  );
  await walk.looksRight('a second service');
  await next();

  // 4. The systems created in step 3, each with its supplier created on the spot.
  await walk.arrive(4, 'IT-inventaris');
  for (const [system, kind, supplier] of [
    ['Bevolkingsregister', 'Webtoepassing (SaaS)', 'Cipal Schaubroeck'],
    ['Microsoft 365', 'E-mail', 'Microsoft'],
  ]) {
    await walk.click(page.getByRole('button', { name: system }));
    const form = page.getByRole('region', { name: system });
    await walk.choose(form.getByLabel('Soort', { exact: true }), kind!);
    await walk.choose(form.getByLabel('Verantwoordelijke', { exact: true }), 'An Peeters');
    await walk.click(form.getByRole('button', { name: 'Nieuwe leverancier' }));
    await walk.looksRight('a new supplier inside a system');
    await walk.fill(page.getByLabel('Naam van de nieuwe leverancier'), supplier!);
    await walk.press('Enter');
    await expect(form.getByLabel('Leverancier', { exact: true }).locator('option:checked')).toHaveText(supplier!);
  }
  const needs = page
    .getByRole('region', { name: 'Microsoft 365' })
    .getByRole('group', { name: /Heeft nodig om te werken/ });
  await walk.click(needs.getByRole('button', { name: 'Nieuw systeem' }));
  await walk.fill(page.getByLabel('Naam van het nieuwe systeem'), 'Internetlijn en firewall');
  await walk.press('Enter');
  await expect(needs.getByRole('checkbox', { name: 'Internetlijn en firewall' })).toBeChecked();
  await walk.looksRight('a system');
  await walk.click(page.getByRole('button', { name: 'Internetlijn en firewall' }));
  const line = page.getByRole('region', { name: 'Internetlijn en firewall' });
  await walk.choose(line.getByLabel('Soort', { exact: true }), 'Netwerk en internet');
  await walk.choose(line.getByLabel('Verantwoordelijke', { exact: true }), 'An Peeters');
  await walk.fill(line.getByLabel('Locatie', { exact: true }), 'Serverlokaal gemeentehuis');
  await next();

  // 5. The restart order follows from steps 3 and 4.
  await walk.arrive(5, 'Herstartvolgorde');
  await next();
  // 6. One risk.
  await walk.arrive(6, "Risico's");
  await walk.click(page.getByRole('button', { name: 'Risico toevoegen' }));
  await expect(page.getByRole('region', { name: '(zonder naam)' }).getByLabel('Risico', { exact: true })).toBeFocused();
  await walk.looksRight('a new risk');
  await walk.type('Ransomware op het netwerk');
  const risk = page.getByRole('region', { name: 'Ransomware op het netwerk' });
  await walk.choose(risk.getByLabel('Soort dreiging'), 'Hacking of ransomware');
  await walk.choose(risk.getByLabel('Kans (1–5)'), '3 — mogelijk');
  await walk.choose(risk.getByLabel('Impact (1–5)'), '5 — zeer ernstig');
  await walk.check(
    risk.getByRole('group', { name: 'Getroffen diensten' }).getByRole('checkbox', { name: 'Loket burgerzaken' }),
  );
  await walk.fill(
    risk.getByLabel('Maatregelen', { exact: true }),
    'Offline back-ups, MFA op alle accounts, updates binnen een week.',
  );
  await walk.choose(risk.getByLabel('Verantwoordelijke voor de maatregelen'), 'An Peeters');
  await walk.looksRight('a risk');
  await next();

  // 7. A ready-made playbook with its fallback location created on the spot.
  await walk.arrive(7, "Scenario's en draaiboeken");
  await walk.click(page.getByRole('button', { name: 'Kant-en-klaar scenario toevoegen' }));
  const playbook = page.getByRole('region', { name: 'Ransomware of hacking', exact: true });
  await expect(playbook).toBeVisible();
  await walk.looksRight('a ready-made playbook');
  await walk.click(playbook.getByRole('button', { name: 'Nieuwe uitwijklocatie' }));
  await walk.looksRight('a new fallback location inside a playbook');
  await walk.fill(page.getByLabel('Naam van de nieuwe uitwijklocatie'), 'Raadzaal bibliotheek');
  await walk.press('Enter');
  await expect(playbook.getByLabel('Uitwijklocatie', { exact: true }).locator('option:checked')).toHaveText(
    'Raadzaal bibliotheek',
  );
  await next();

  await walk.arrive(8, 'Back-ups');
  await walk.click(page.getByRole('button', { name: 'Back-up toevoegen' }));
  await expect(
    page.getByRole('region', { name: '(zonder naam)' }).getByLabel('Back-up', { exact: true }),
  ).toBeFocused();
  await walk.type('Back-up Microsoft 365');
  const backup = page.getByRole('region', { name: 'Back-up Microsoft 365' });
  await walk.check(
    backup.getByRole('group', { name: 'Systemen of gegevens' }).getByRole('checkbox', { name: 'Microsoft 365' }),
  );
  await walk.choose(backup.getByLabel('Methode'), 'Back-up van een clouddienst');
  await walk.fill(backup.getByLabel('Om de hoeveel uur'), '24');
  await walk.check(
    backup.getByRole('group', { name: 'Waar staan de kopieën' }).getByRole('checkbox', { name: 'In de cloud' }),
  );
  await walk.choose(backup.getByLabel('Wie controleert de back-up'), 'An Peeters');
  await walk.choose(backup.getByLabel('Wie mag een terugzetting toestaan'), 'Bart Claes');
  await walk.fill(
    backup.getByLabel('Herstelprocedure'),
    'Terugzetten via de beheerconsole van de back-updienst; procedure in de noodmap.',
  );
  await walk.looksRight('a backup');
  await next();

  // 9. The location created in step 7.
  await walk.arrive(9, 'Uitwijklocaties');
  await walk.click(page.getByRole('button', { name: 'Raadzaal bibliotheek' }));
  const site = page.getByRole('region', { name: 'Raadzaal bibliotheek' });
  await walk.fill(site.getByLabel('Adres'), 'Kerkstraat 2, 9999 Beekzande');
  await walk.choose(site.getByLabel('Contactpersoon'), 'Chris Wouters');
  await walk.looksRight('a fallback location');
  await next();

  // 10. The suppliers created in step 4.
  await walk.arrive(10, 'Leveranciers en externe contacten');
  for (const [supplier, line] of [
    ['Cipal Schaubroeck', '014 00 00 00'],
    ['Microsoft', '02 000 00 00'],
  ]) {
    await walk.click(page.getByRole('button', { name: supplier }));
    await walk.fill(page.getByRole('region', { name: supplier }).getByLabel('Noodnummer'), line!);
  }
  await walk.looksRight('a supplier');
  await next();

  await walk.arrive(11, 'Alarmering en escalatie');
  await walk.fill(
    page.getByLabel('Hoe meldt iemand een incident?'),
    'Bel de helpdesk op 050 00 00 00, ook buiten de kantooruren.',
  );
  await walk.choose(page.getByLabel('Wie deelt de melding in?'), 'IT-coördinator (planbeheerder)');
  await walk.fill(page.getByLabel('Zwak signaal: wanneer?'), 'Eén gebruiker of toestel getroffen.');
  await walk.fill(page.getByLabel('Klein incident: wanneer?'), 'Eén dienst gestoord, binnen de RTO op te lossen.');
  await walk.fill(
    page.getByLabel('Groot incident: wanneer?'),
    'Meerdere diensten of de RTO van een dienst dreigt overschreden.',
  );
  await walk.fill(
    page.getByLabel('Crisis: wanneer?'),
    'Het gemeentehuis kan niet meer werken of persoonsgegevens zijn gelekt.',
  );
  await walk.fill(
    page.getByLabel('Escalatie', { exact: true }),
    'Zodra de helft van de RTO verstreken is, naar het volgende niveau.',
  );
  await walk.fill(
    page.getByLabel('Hoe de beheerders elkaar informeren'),
    'Crisisoverleg via gsm; bij uitval van gsm in de raadzaal.',
  );
  await walk.looksRight('the alarm step filled in');
  await next();

  await walk.arrive(12, 'Communicatie');
  for (const [audience, channel] of [
    ['Personeel', 'Sms'],
    ['Inwoners', 'Website'],
    ['Leveranciers', 'Telefoon'],
  ]) {
    await walk.click(page.getByRole('button', { name: 'Doelgroep toevoegen' }));
    await expect(page.getByLabel('Doelgroep', { exact: true }).last()).toBeFocused();
    await walk.choose(page.getByLabel('Doelgroep', { exact: true }).last(), audience!);
    const form = page.getByRole('region', { name: audience, exact: true });
    await walk.check(
      form.getByRole('group', { name: 'Kanalen', exact: true }).getByRole('checkbox', { name: channel }),
    );
  }
  await walk.looksRight('an audience');
  await next();

  await walk.arrive(13, 'Verspreiding');
  await walk.click(page.getByRole('button', { name: 'Houder toevoegen' }));
  await walk.choose(page.getByLabel('Houder', { exact: true }), 'An Peeters');
  await walk.choose(page.getByLabel('Vorm', { exact: true }), 'USB-stick');
  await walk.looksRight('a copy holder');
  await next();

  await walk.arrive(14, 'Testen en onderhoud');
  await walk.click(page.getByRole('button', { name: 'Oefening plannen' }));
  await expect(
    page.getByRole('region', { name: '(zonder naam)' }).getByLabel('Oefening', { exact: true }),
  ).toBeFocused();
  await walk.type('Tafeloefening ransomware');
  const exercise = page.getByRole('region', { name: 'Tafeloefening ransomware' });
  await walk.choose(exercise.getByLabel('Soort test'), 'Tafeloefening');
  await walk.fill(exercise.getByLabel('Gepland op'), '2027-03-15');
  await walk.looksRight('an exercise');
  await next();

  // 15–17: nothing happened yet, the overview and the versions.
  await walk.arrive(15, 'Logboek en evaluatie');
  await next();
  await walk.arrive(16, 'Overzicht');
  await next();
  await walk.arrive(17, 'Versies en wijzigingen');

  // Word and PDF from the export panel, each waited for as a user waits for its result.
  await walk.click(page.getByRole('banner').getByRole('button', { name: 'Bestand' }));
  await walk.click(page.getByRole('menu').getByRole('menuitem', { name: 'Exporteren…', exact: true }));
  const panel = page.getByRole('dialog', { name: 'Het plan exporteren' });
  await expect(panel).toBeVisible();
  await walk.looksRight('the export dialog');
  const word = join(paraat.folder, 'Beekzande.docx');
  await paraat.answerDialog('chooseExportPath', word);
  await walk.click(panel.getByRole('button', { name: 'Exporteren naar Word…' }));
  await expect(panel.getByRole('status')).toContainText('Beekzande.docx', untilFinished);
  await walk.looksRight('the export dialog after Word');
  const pdf = join(paraat.folder, 'Beekzande.pdf');
  await paraat.answerDialog('chooseExportPath', pdf);
  await walk.click(panel.getByRole('button', { name: 'Exporteren naar PDF…' }));
  await expect(panel.getByRole('status')).toContainText('De PDF is opgeslagen', untilFinished);
  await walk.looksRight('the export dialog after PDF');
  expect(strFromU8(unzipSync(readFileSync(word))['word/document.xml']!)).toContain('Loket burgerzaken');
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  console.log(
    `[walk nl] ${walk.actions} user actions, ${walk.screensChecked} screens and dialogs checked, ` +
      `${walk.secondPasses} second passes, ${Math.round((Date.now() - started) / 1000)} s`,
  );
  expect(walk.secondPasses).toBe(0);
});
