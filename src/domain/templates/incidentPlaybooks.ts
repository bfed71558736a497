import type { PlaybookTemplate } from './playbooks';

/**
 * Ready-made playbooks for the cyber incidents a municipality or SME meets most (CCB Cyberguide,
 * IBD): a taken-over mail account, a personal-data breach, an attack at a supplier and a DDoS on
 * the website. Each contains the incident before restoring and removes its cause, as incident
 * handling asks (NIST SP 800-61), and ends with validation and standing down like every playbook.
 */
const phishing: PlaybookTemplate = {
  key: 'phishing',
  threat: 'phishing',
  title: {
    nl: 'Phishing of een overgenomen Microsoft 365-account',
    en: 'Phishing or a taken-over Microsoft 365 account',
  },
  trigger: {
    nl: 'Iemand gaf zijn wachtwoord in op een valse pagina, collega’s of klanten krijgen vreemde mails vanuit een eigen adres, of Microsoft meldt een riskante aanmelding.',
    en: 'Someone typed their password on a fake page, colleagues or customers receive odd mail from one of our addresses, or Microsoft reports a risky sign-in.',
  },
  firstHour: {
    nl: 'Het account laten blokkeren en alle sessies afmelden (een nieuw wachtwoord alleen volstaat niet), de incidentverantwoordelijke verwittigen en collega’s waarschuwen niet op de mail te reageren.',
    en: 'Have the account blocked and all its sessions signed out (a new password alone is not enough), alert the incident lead and warn colleagues not to act on the mail.',
  },
  endCriteria: {
    nl: 'Het account is terug bij de eigenaar, met meervoudige aanmelding, zonder vreemde regels of apps, en de aanvaller kwam nergens anders binnen.',
    en: 'The account is back with its owner, with multi-factor sign-in, without strange rules or apps, and the attacker got in nowhere else.',
  },
  validation: {
    nl: 'Het aanmeldlogboek toont geen aanmeldingen meer van onbekende plaatsen; postvakregels en doorsturen zijn nagekeken; de eigenaar werkt normaal.',
    en: 'The sign-in log shows no more sign-ins from unknown places; inbox rules and forwarding have been checked; the owner works normally.',
  },
  deactivation: {
    nl: 'Wie een valse mail kreeg verwittigen, het plan deactiveren en wat er gebeurde meenemen in de volgende bewustmakingssessie.',
    en: 'Tell those who received a false mail, deactivate the plan and take what happened into the next awareness session.',
  },
  steps: [
    {
      phase: 'first-hour',
      duty: 'helpdesk',
      targetMinutes: 15,
      action: {
        nl: 'Aanmelden voor het account blokkeren en alle sessies afmelden',
        en: 'Block sign-in for the account and sign out all its sessions',
      },
    },
    {
      phase: 'first-hour',
      duty: 'incident',
      targetMinutes: 30,
      action: {
        nl: 'Nagaan wie dezelfde mail kreeg of erop klikte',
        en: 'Find out who received the same mail or clicked on it',
      },
    },
    {
      phase: 'containment',
      duty: 'recovery',
      targetMinutes: 60,
      action: {
        nl: 'Doorsturen, verdachte postvakregels en onbekende app-toestemmingen verwijderen',
        en: 'Remove forwarding, suspicious inbox rules and unknown app consents',
      },
    },
    {
      phase: 'containment',
      duty: 'incident',
      targetMinutes: 60,
      action: {
        nl: 'Ontvangers van valse mails vanuit het account waarschuwen',
        en: 'Warn the people who received false mail from the account',
      },
    },
    {
      phase: 'eradication',
      duty: 'recovery',
      targetMinutes: 120,
      action: {
        nl: 'Nieuw wachtwoord, meervoudige aanmelding opnieuw registreren en onbekende aanmeldmethodes wissen',
        en: 'New password, register multi-factor sign-in again and delete unknown sign-in methods',
      },
    },
    {
      phase: 'eradication',
      duty: 'incident',
      targetMinutes: 240,
      action: {
        nl: 'Aanmeldlogboek en verzonden items nalezen: welke gegevens kon de aanvaller zien? Beslissen of het een gegevenslek is',
        en: 'Read the sign-in log and sent items: what data could the attacker see? Decide whether it is a personal-data breach',
      },
      needs: {
        nl: 'Beheerderstoegang tot Microsoft 365 (aanmeldlogboek, auditlogboek)',
        en: 'Administrator access to Microsoft 365 (sign-in log, audit log)',
      },
    },
    {
      phase: 'recovery',
      duty: 'helpdesk',
      targetMinutes: 60,
      action: {
        nl: 'De eigenaar weer laten aanmelden en gewiste mails terugzetten',
        en: 'Let the owner sign in again and restore deleted mail',
      },
    },
    {
      phase: 'validation',
      duty: 'recovery',
      targetMinutes: 1440,
      action: {
        nl: 'Het aanmeldlogboek na een dag opnieuw nakijken',
        en: 'Check the sign-in log again after a day',
      },
    },
    {
      phase: 'deactivation',
      duty: 'continuity',
      targetMinutes: 30,
      action: {
        nl: 'Betrokkenen verwittigen, plan deactiveren, les meenemen in de bewustmaking',
        en: 'Tell those involved, deactivate the plan, take the lesson into awareness training',
      },
    },
  ],
  checks: [
    {
      check: { nl: 'Het aanmeldlogboek van het account nakijken', en: "Check the account's sign-in log" },
      expected: {
        nl: 'Alleen aanmeldingen van de eigenaar, vanaf gekende plaatsen en toestellen.',
        en: 'Only sign-ins by the owner, from known places and devices.',
      },
    },
    {
      check: { nl: 'De postvakregels en het doorsturen nakijken', en: 'Check the inbox rules and forwarding' },
      expected: {
        nl: 'Geen regels die de eigenaar niet zelf maakte; doorsturen staat uit.',
        en: 'No rules the owner did not make; forwarding is off.',
      },
    },
  ],
};

const dataBreach: PlaybookTemplate = {
  key: 'data-breach',
  threat: 'data-breach',
  title: { nl: 'Gegevenslek met persoonsgegevens', en: 'Personal-data breach' },
  trigger: {
    nl: 'Persoonsgegevens kwamen bij iemand die ze niet mocht zien: een mail naar de verkeerde ontvanger, een verloren toestel zonder versleuteling, een overgenomen account of een lek bij een verwerker.',
    en: 'Personal data reached someone who should not see it: a mail to the wrong recipient, a lost device without encryption, a taken-over account or a leak at a processor.',
  },
  firstHour: {
    nl: 'Het tijdstip van vaststelling noteren (de 72 uur voor de melding lopen vanaf dan), de functionaris voor gegevensbescherming verwittigen en het lek stoppen.',
    en: 'Note the time of detection (the 72 hours to notify run from then), alert the data protection officer and stop the leak.',
  },
  endCriteria: {
    nl: 'Het lek is gedicht, de melding aan de toezichthouder is gedaan of met reden niet nodig bevonden, en de betrokken personen zijn verwittigd waar dat moest.',
    en: 'The leak is closed, the supervisory authority has been notified or a reasoned decision says it need not be, and the people concerned have been told where required.',
  },
  validation: {
    nl: 'De functionaris voor gegevensbescherming bevestigt dat het lek met de beslissing en de reden in het register van gegevenslekken staat.',
    en: 'The data protection officer confirms that the breach is in the breach register with the decision and its reason.',
  },
  deactivation: {
    nl: 'Het register bijwerken, het plan deactiveren en de maatregel tegen herhaling vastleggen.',
    en: 'Update the register, deactivate the plan and record the measure against a repeat.',
  },
  steps: [
    {
      phase: 'first-hour',
      duty: 'incident',
      targetMinutes: 30,
      action: {
        nl: 'Tijdstip van vaststelling noteren en de functionaris voor gegevensbescherming verwittigen',
        en: 'Note the time of detection and alert the data protection officer',
      },
    },
    {
      phase: 'containment',
      duty: 'helpdesk',
      targetMinutes: 60,
      action: {
        nl: 'Het lek stoppen: mail terugroepen, de ontvanger vragen te wissen, toegang of deellink intrekken',
        en: 'Stop the leak: recall the mail, ask the recipient to delete it, withdraw the access or sharing link',
      },
    },
    {
      phase: 'containment',
      duty: 'incident',
      targetMinutes: 240,
      action: {
        nl: 'Vaststellen welke gegevens, van hoeveel personen en hoe gevoelig',
        en: 'Establish which data, of how many people and how sensitive',
      },
    },
    {
      phase: 'eradication',
      duty: 'recovery',
      targetMinutes: 480,
      action: {
        nl: 'De oorzaak wegnemen: deelrechten rechtzetten, het toestel op afstand wissen of de verwerker laten ingrijpen',
        en: 'Remove the cause: correct sharing rights, wipe the device remotely or have the processor act',
      },
    },
    {
      phase: 'recovery',
      duty: 'crisis',
      targetMinutes: 1440,
      action: {
        nl: 'Beslissen over de melding aan de toezichthouder (uiterlijk 72 uur na vaststelling) en aan de betrokken personen, en melden',
        en: 'Decide on notifying the supervisory authority (at the latest 72 hours after detection) and the people concerned, and notify',
      },
      needs: {
        nl: 'Meldformulier van de toezichthouder, register van gegevenslekken',
        en: 'The supervisory authority’s notification form, the breach register',
      },
    },
    {
      phase: 'validation',
      duty: 'continuity',
      targetMinutes: 60,
      action: {
        nl: 'Nagaan dat het lek dicht is en in het register staat',
        en: 'Check that the leak is closed and recorded in the register',
      },
    },
    {
      phase: 'deactivation',
      duty: 'continuity',
      targetMinutes: 30,
      action: {
        nl: 'Plan deactiveren en de maatregel tegen herhaling vastleggen',
        en: 'Deactivate the plan and record the measure against a repeat',
      },
    },
  ],
  checks: [
    {
      check: {
        nl: 'Nagaan of de gelekte gegevens nog bereikbaar zijn (link, gedeelde map, toestel)',
        en: 'Check whether the leaked data can still be reached (link, shared folder, device)',
      },
      expected: {
        nl: "De link of map geeft 'geen toegang'; het toestel is gewist.",
        en: "The link or folder says 'no access'; the device has been wiped.",
      },
    },
    {
      check: { nl: 'Het register van gegevenslekken nakijken', en: 'Check the breach register' },
      expected: {
        nl: 'Het lek staat erin, met de beslissing over melden en de reden.',
        en: 'The breach is in it, with the decision on notifying and its reason.',
      },
    },
  ],
};

const supplierAttack: PlaybookTemplate = {
  key: 'supplier-attack',
  threat: 'supplier',
  title: { nl: 'Aanval bij een leverancier', en: 'Attack at a supplier' },
  trigger: {
    nl: 'Een leverancier meldt een cyberaanval of een lek, of zijn dienst valt uit of gedraagt zich vreemd (onverwachte updates, mails met een ander rekeningnummer).',
    en: 'A supplier reports a cyber attack or a leak, or its service fails or behaves oddly (unexpected updates, mail with a different bank account).',
  },
  firstHour: {
    nl: 'De leverancier op zijn noodnummer vragen wat getroffen is en welke toegang hij bij ons heeft, die toegang tijdelijk afsluiten en de incidentverantwoordelijke verwittigen.',
    en: 'Ask the supplier on its emergency number what is affected and what access it has to our systems, close that access for now and alert the incident lead.',
  },
  endCriteria: {
    nl: 'De leverancier bevestigt schriftelijk dat de aanval onder controle is, onze gegevens en koppelingen zijn nagekeken en de toegang is opnieuw en veilig ingesteld.',
    en: 'The supplier confirms in writing that the attack is under control, our data and links have been checked and its access has been set up again safely.',
  },
  validation: {
    nl: 'De koppelingen en de gegevensuitwisseling met de leverancier werken; een steekproef van de gegevens klopt; geen vreemde aanmeldingen met accounts van de leverancier.',
    en: 'The links and data exchange with the supplier work; a sample of the data is right; no odd sign-ins with the supplier’s accounts.',
  },
  deactivation: {
    nl: 'Diensten en gebruikers verwittigen, het plan deactiveren en de afspraken met de leverancier (melding, SLA) evalueren.',
    en: 'Tell the departments and users, deactivate the plan and review the arrangements with the supplier (notification, SLA).',
  },
  steps: [
    {
      phase: 'first-hour',
      duty: 'incident',
      targetMinutes: 30,
      action: {
        nl: 'De leverancier bellen: wat is getroffen, welke van onze gegevens, welke toegang heeft hij bij ons',
        en: 'Call the supplier: what is affected, which of our data, what access it has to our systems',
      },
    },
    {
      phase: 'containment',
      duty: 'recovery',
      targetMinutes: 60,
      action: {
        nl: 'Toegang van de leverancier (beheer op afstand, accounts, koppelingen) tijdelijk afsluiten',
        en: 'Close the supplier’s access (remote management, accounts, links) for now',
      },
    },
    {
      phase: 'containment',
      duty: 'helpdesk',
      targetMinutes: 60,
      action: {
        nl: 'Personeel waarschuwen voor mails die van de leverancier lijken te komen',
        en: 'Warn staff about mail that seems to come from the supplier',
      },
    },
    {
      phase: 'eradication',
      duty: 'recovery',
      targetMinutes: 240,
      action: {
        nl: 'Wachtwoorden en sleutels vervangen die de leverancier kende',
        en: 'Replace the passwords and keys the supplier knew',
      },
    },
    {
      phase: 'recovery',
      duty: 'continuity',
      targetMinutes: 480,
      action: {
        nl: 'Met de noodprocedure werken en koppelingen pas weer openen na de bevestiging van de leverancier',
        en: 'Work with the fallback procedure and reopen links only after the supplier’s confirmation',
      },
    },
    {
      phase: 'validation',
      duty: 'recovery',
      targetMinutes: 120,
      action: {
        nl: 'Koppelingen en een steekproef van de gegevens controleren',
        en: 'Check the links and a sample of the data',
      },
    },
    {
      phase: 'deactivation',
      duty: 'continuity',
      targetMinutes: 30,
      action: {
        nl: 'Gebruikers verwittigen, plan deactiveren, afspraken met de leverancier evalueren',
        en: 'Tell the users, deactivate the plan, review the arrangements with the supplier',
      },
    },
  ],
  checks: [
    {
      check: { nl: 'Een testuitwisseling met de leverancier doen', en: 'Run a test exchange with the supplier' },
      expected: { nl: 'De gegevens komen volledig en juist aan.', en: 'The data arrives complete and correct.' },
    },
    {
      check: {
        nl: 'De accounts van de leverancier in onze systemen nakijken',
        en: "Check the supplier's accounts in our systems",
      },
      expected: {
        nl: 'Alleen de accounts uit de afspraken, met nieuwe wachtwoorden.',
        en: 'Only the accounts agreed on, with new passwords.',
      },
    },
  ],
};

const ddos: PlaybookTemplate = {
  key: 'ddos',
  threat: 'ddos',
  title: { nl: 'DDoS-aanval op de website of het e-loket', en: 'DDoS attack on the website or online services' },
  trigger: {
    nl: 'De website of het e-loket is traag of onbereikbaar terwijl internet verder werkt, of de hostingpartij meldt een overbelasting.',
    en: 'The website or online services are slow or unreachable while the internet otherwise works, or the hosting party reports an overload.',
  },
  firstHour: {
    nl: 'De hostingpartij bellen en de aanval laten bevestigen, haar DDoS-bescherming laten inschakelen en inwoners of klanten via andere kanalen zeggen hoe ze toch geholpen worden.',
    en: 'Call the hosting party to confirm the attack, have its DDoS protection switched on and tell residents or customers through other channels how they can still be helped.',
  },
  endCriteria: {
    nl: 'De website en het e-loket zijn normaal bereikbaar en de aanval is een dag lang niet teruggekomen.',
    en: 'The website and online services are reachable as normal and the attack has not come back for a day.',
  },
  validation: {
    nl: 'De website en het e-loket laden snel vanaf een toestel buiten het eigen netwerk, een testaanvraag komt aan en de beheeromgeving toont geen onverwachte wijzigingen.',
    en: 'The website and online services load quickly from a device outside our network, a test request arrives and the management pages show no unexpected changes.',
  },
  deactivation: {
    nl: 'Laten weten dat de website weer werkt, het plan deactiveren en met de hostingpartij de bescherming evalueren.',
    en: 'Announce that the website works again, deactivate the plan and review the protection with the hosting party.',
  },
  steps: [
    {
      phase: 'first-hour',
      duty: 'helpdesk',
      targetMinutes: 15,
      action: {
        nl: 'Vanaf een toestel buiten het netwerk (4G) nagaan of de site onbereikbaar is',
        en: 'Check from a device outside the network (4G) whether the site is unreachable',
      },
    },
    {
      phase: 'first-hour',
      duty: 'recovery',
      targetMinutes: 30,
      action: {
        nl: 'De hostingpartij bellen en de aanval laten bevestigen',
        en: 'Call the hosting party and have the attack confirmed',
      },
    },
    {
      phase: 'containment',
      duty: 'recovery',
      targetMinutes: 60,
      action: {
        nl: 'DDoS-bescherming of filtering laten inschakelen bij de hostingpartij',
        en: 'Have the hosting party switch on DDoS protection or filtering',
      },
    },
    {
      phase: 'containment',
      duty: 'continuity',
      targetMinutes: 60,
      action: {
        nl: 'Via sociale media, telefoon en balie zeggen hoe men toch geholpen wordt',
        en: 'Say through social media, phone and the desk how people can still be helped',
      },
    },
    {
      phase: 'eradication',
      duty: 'incident',
      targetMinutes: 240,
      action: {
        nl: 'Nagaan of de aanval een afleiding was: aanmeldingen en wijzigingen op de website en het e-loket nakijken',
        en: 'Check whether the attack was a diversion: look at sign-ins and changes on the website and online services',
      },
    },
    {
      phase: 'recovery',
      duty: 'recovery',
      targetMinutes: 240,
      action: {
        nl: 'De site weer openzetten zodra de hostingpartij de aanval onder controle meldt',
        en: 'Reopen the site once the hosting party reports the attack under control',
      },
    },
    {
      phase: 'validation',
      duty: 'helpdesk',
      targetMinutes: 30,
      action: {
        nl: 'Website en een testaanvraag via het e-loket controleren van buiten het netwerk',
        en: 'Check the website and a test request through the online services from outside the network',
      },
    },
    {
      phase: 'deactivation',
      duty: 'continuity',
      targetMinutes: 30,
      action: {
        nl: 'Laten weten dat de website werkt, plan deactiveren, bescherming evalueren',
        en: 'Announce the website works, deactivate the plan, review the protection',
      },
    },
  ],
  checks: [
    {
      check: {
        nl: 'De website openen vanaf een toestel buiten het netwerk (4G)',
        en: 'Open the website from a device outside the network (4G)',
      },
      expected: { nl: 'De startpagina laadt binnen enkele seconden.', en: 'The home page loads within a few seconds.' },
    },
    {
      check: {
        nl: 'Een testaanvraag indienen via het e-loket',
        en: 'Submit a test request through the online services',
      },
      expected: {
        nl: 'De aanvraag komt aan bij de dienst die ze behandelt.',
        en: 'The request reaches the department that handles it.',
      },
    },
  ],
};

export const INCIDENT_PLAYBOOK_TEMPLATES: readonly PlaybookTemplate[] = [phishing, dataBreach, supplierAttack, ddos];
