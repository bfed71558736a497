import type { ListRecord } from '../records';
import type { PlanLanguage } from '../organisationKinds';
import type { Threat } from '../sections/risks';
import type { StepPhase } from '../sections/scenarios';
import { INCIDENT_PLAYBOOK_TEMPLATES } from './incidentPlaybooks';

/**
 * Ready-made playbooks for the classic scenarios, for a coordinator to adapt. Like the rest of the
 * plan's content they are written in the plan's language. A step names the kind of role (as the
 * roles' `plan` field does), so it is linked to whichever role of this plan carries that duty.
 */
type Text = Record<PlanLanguage, string>;
export type RoleDuty = 'continuity' | 'incident' | 'crisis' | 'recovery' | 'helpdesk';

interface StepTemplate {
  phase: StepPhase;
  action: Text;
  duty: RoleDuty;
  needs?: Text;
  targetMinutes: number;
}

/** A validation check: what to check after recovery, and what a good result looks like. */
export interface CheckTemplate {
  check: Text;
  expected: Text;
}

export interface PlaybookTemplate {
  key: string;
  threat: Threat;
  title: Text;
  trigger: Text;
  firstHour: Text;
  endCriteria: Text;
  validation: Text;
  deactivation: Text;
  steps: readonly StepTemplate[];
  checks?: readonly CheckTemplate[];
}

const ransomwareChecks: readonly CheckTemplate[] = [
  {
    check: {
      nl: 'In elke dienst een steekproef van bestanden openen',
      en: 'Open a sample of files in every department',
    },
    expected: {
      nl: 'De bestanden openen zonder foutmelding, met de inhoud van vóór de aanval.',
      en: 'The files open without an error, with their content from before the attack.',
    },
  },
  {
    check: {
      nl: 'Een volledige scan van de beveiligingssoftware op de herstelde toestellen',
      en: 'A full scan by the security software of the restored devices',
    },
    expected: { nl: 'Geen enkele melding.', en: 'Not a single alert.' },
  },
];

const ransomware: PlaybookTemplate = {
  key: 'ransomware',
  threat: 'ransomware',
  title: { nl: 'Ransomware of hacking', en: 'Ransomware or hacking' },
  trigger: {
    nl: 'Versleutelde bestanden, een losgeldbericht, een alarm van de beveiligingssoftware of vreemde aanmeldingen.',
    en: 'Encrypted files, a ransom note, an alert from the security software or strange sign-ins.',
  },
  firstHour: {
    nl: 'Getroffen toestellen van het netwerk halen zonder ze uit te zetten, betrokken wachtwoorden wijzigen, de incidentverantwoordelijke en de IT-leverancier verwittigen.',
    en: 'Take affected devices off the network without switching them off, change the passwords involved, alert the incident lead and the IT supplier.',
  },
  endCriteria: {
    nl: 'Alle getroffen toestellen zijn schoon of opnieuw geïnstalleerd, de gegevens zijn teruggezet en de aanvaller heeft geen toegang meer.',
    en: 'Every affected device is clean or reinstalled, data has been restored and the attacker has no access left.',
  },
  validation: {
    nl: 'Elke dienst controleert een steekproef van zijn bestanden en voert een typische taak uit; de beveiligingssoftware meldt niets meer.',
    en: 'Each department checks a sample of its files and carries out a typical task; the security software reports nothing further.',
  },
  deactivation: {
    nl: 'Personeel en betrokkenen melden dat alles normaal werkt, het plan deactiveren, het logboek afsluiten en een evaluatie plannen.',
    en: 'Tell staff and those involved that everything works normally, deactivate the plan, close the log and schedule a review.',
  },
  steps: [
    {
      phase: 'first-hour',
      duty: 'helpdesk',
      targetMinutes: 15,
      action: { nl: 'Getroffen toestellen van het netwerk halen', en: 'Take affected devices off the network' },
    },
    {
      phase: 'first-hour',
      duty: 'incident',
      targetMinutes: 30,
      action: {
        nl: 'Incident indelen en het team samenroepen',
        en: 'Classify the incident and call the team together',
      },
    },
    {
      phase: 'first-hour',
      duty: 'crisis',
      targetMinutes: 60,
      action: {
        nl: 'Beslissen over melding aan politie, cyberautoriteit en gegevensbeschermingsautoriteit',
        en: 'Decide on reporting to the police, the cyber authority and the data protection authority',
      },
    },
    {
      phase: 'containment',
      duty: 'incident',
      targetMinutes: 60,
      action: {
        nl: 'De aanvaller afsnijden: betrokken accounts blokkeren, toegang op afstand (VPN, beheer) dichtzetten',
        en: 'Cut the attacker off: block the accounts involved, close remote access (VPN, remote management)',
      },
    },
    {
      phase: 'eradication',
      duty: 'recovery',
      targetMinutes: 240,
      action: {
        nl: 'Met de IT-leverancier of een specialist nagaan hoe de aanvaller binnenkwam en dat gat dichten',
        en: 'With the IT supplier or a specialist, find out how the attacker got in and close that gap',
      },
      needs: { nl: 'Logboeken van firewall en aanmeldingen', en: 'Firewall and sign-in logs' },
    },
    {
      phase: 'recovery',
      duty: 'recovery',
      targetMinutes: 480,
      action: {
        nl: 'Toestellen herinstalleren en gegevens terugzetten uit een schone back-up',
        en: 'Reinstall devices and restore data from a clean backup',
      },
      needs: {
        nl: 'Offline of onveranderbare back-up, installatiemedia',
        en: 'Off-line or immutable backup, installation media',
      },
    },
    {
      phase: 'validation',
      duty: 'continuity',
      targetMinutes: 120,
      action: {
        nl: 'Gegevens en werking laten controleren door de diensten',
        en: 'Have departments check data and functionality',
      },
    },
    {
      phase: 'deactivation',
      duty: 'continuity',
      targetMinutes: 60,
      action: {
        nl: 'Gebruikers verwittigen, plan deactiveren en evaluatie plannen',
        en: 'Tell the users, deactivate the plan and schedule the review',
      },
    },
  ],
  checks: ransomwareChecks,
};

const power: PlaybookTemplate = {
  key: 'power',
  threat: 'power',
  title: { nl: 'Stroomuitval', en: 'Power outage' },
  trigger: {
    nl: 'De stroom valt uit en is na een kwartier niet terug.',
    en: 'The power fails and is not back after a quarter of an hour.',
  },
  firstHour: {
    nl: 'De netbeheerder bellen voor de verwachte duur, netwerkapparatuur gecontroleerd afsluiten voor de UPS leeg is, de balies verwittigen.',
    en: 'Call the grid operator for the expected duration, shut network equipment down in an orderly way before the UPS runs empty, alert the desks.',
  },
  endCriteria: {
    nl: 'De stroom is stabiel terug en alle systemen draaien.',
    en: 'Power is stable again and every system is running.',
  },
  validation: {
    nl: 'Netwerk, telefonie, printers en de belangrijkste toepassingen testen.',
    en: 'Test the network, telephony, printers and the main applications.',
  },
  deactivation: {
    nl: 'Personeel laten weten dat alles werkt en de uitwijkplaats vrijgeven.',
    en: 'Tell staff that everything works and release the fallback location.',
  },
  steps: [
    {
      phase: 'first-hour',
      duty: 'helpdesk',
      targetMinutes: 15,
      action: {
        nl: 'Netbeheerder bellen en de verwachte duur noteren',
        en: 'Call the grid operator and note the expected duration',
      },
    },
    {
      phase: 'first-hour',
      duty: 'recovery',
      targetMinutes: 30,
      action: { nl: 'Netwerkapparatuur gecontroleerd afsluiten', en: 'Shut network equipment down in an orderly way' },
    },
    {
      phase: 'recovery',
      duty: 'continuity',
      targetMinutes: 90,
      action: {
        nl: 'Dringende dienstverlening verhuizen naar de uitwijklocatie als de uitval lang duurt',
        en: 'Move urgent services to the fallback location if the outage lasts long',
      },
    },
    {
      phase: 'validation',
      duty: 'helpdesk',
      targetMinutes: 30,
      action: {
        nl: 'Netwerk, telefonie en printers testen na de herstart',
        en: 'Test network, telephony and printers after the restart',
      },
    },
    {
      phase: 'deactivation',
      duty: 'continuity',
      targetMinutes: 30,
      action: {
        nl: 'Personeel verwittigen en de uitwijkplaats vrijgeven',
        en: 'Tell staff and release the fallback location',
      },
    },
  ],
};

const internet: PlaybookTemplate = {
  key: 'internet',
  threat: 'internet',
  title: { nl: 'Uitval van internet of een leverancier', en: 'Internet or supplier failure' },
  trigger: {
    nl: 'Geen toegang tot clouddiensten, of een storingsmelding van een leverancier.',
    en: 'No access to cloud services, or an outage notice from a supplier.',
  },
  firstHour: {
    nl: 'Nagaan waar de storing zit, ze melden bij de provider of leverancier en de reserveverbinding inschakelen voor de dringendste diensten.',
    en: 'Find where the outage is, report it to the provider or supplier and switch on the backup connection for the most urgent services.',
  },
  endCriteria: {
    nl: 'De verbinding of dienst werkt weer en de leverancier meldt de storing opgelost.',
    en: 'The connection or service works again and the supplier reports the outage resolved.',
  },
  validation: {
    nl: 'Aanmelden op de clouddiensten vanaf enkele werkposten en nagaan dat niets verloren ging.',
    en: 'Sign in to the cloud services from a few workstations and check that nothing was lost.',
  },
  deactivation: {
    nl: 'De reserveverbinding uitschakelen en de betrokkenen melden dat alles normaal werkt.',
    en: 'Switch off the backup connection and tell those involved that everything works normally.',
  },
  steps: [
    {
      phase: 'first-hour',
      duty: 'helpdesk',
      targetMinutes: 20,
      action: {
        nl: 'Storing lokaliseren en melden bij de provider of leverancier',
        en: 'Locate the outage and report it to the provider or supplier',
      },
    },
    {
      phase: 'first-hour',
      duty: 'recovery',
      targetMinutes: 30,
      action: { nl: 'Reserveverbinding inschakelen', en: 'Switch on the backup connection' },
    },
    {
      phase: 'recovery',
      duty: 'incident',
      targetMinutes: 60,
      action: {
        nl: 'Elk uur de stand opvragen en escaleren als een RTO overschreden dreigt',
        en: 'Ask for news every hour and escalate when an RTO may be exceeded',
      },
    },
    {
      phase: 'validation',
      duty: 'helpdesk',
      targetMinutes: 30,
      action: {
        nl: 'Aanmelden en een typische taak uitvoeren vanaf enkele werkposten',
        en: 'Sign in and carry out a typical task from a few workstations',
      },
    },
    {
      phase: 'deactivation',
      duty: 'continuity',
      targetMinutes: 20,
      action: {
        nl: 'Reserveverbinding uitschakelen en betrokkenen informeren',
        en: 'Switch off the backup connection and inform those involved',
      },
    },
  ],
};

const building: PlaybookTemplate = {
  key: 'building',
  threat: 'fire',
  title: { nl: 'Gebouw onbruikbaar (brand of waterschade)', en: 'Building unusable (fire or water damage)' },
  trigger: {
    nl: 'Het gebouw of het lokaal met de netwerkapparatuur kan niet gebruikt worden.',
    en: 'The building or the room with the network equipment cannot be used.',
  },
  firstHour: {
    nl: 'Veiligheid eerst: evacueren volgens het noodplan. Daarna de crisisverantwoordelijke verwittigen en de uitwijklocatie laten openen.',
    en: 'Safety first: evacuate according to the emergency plan. Then alert the crisis lead and have the fallback location opened.',
  },
  endCriteria: {
    nl: 'Het gebouw is weer bruikbaar of de dienstverlening draait volledig vanaf de uitwijklocatie.',
    en: 'The building is usable again or services run fully from the fallback location.',
  },
  validation: {
    nl: 'Op de (uitwijk)locatie nagaan dat toestellen, netwerk en toepassingen werken.',
    en: 'At the (fallback) location, check that devices, network and applications work.',
  },
  deactivation: {
    nl: 'Terugverhuizen plannen, beschadigde toestellen laten vervangen en de verzekeraar informeren.',
    en: 'Plan the move back, have damaged devices replaced and inform the insurer.',
  },
  steps: [
    {
      phase: 'first-hour',
      duty: 'crisis',
      targetMinutes: 30,
      action: {
        nl: 'Crisisoverleg starten en beslissen over de uitwijk',
        en: 'Start the crisis meeting and decide on moving to the fallback location',
      },
    },
    {
      phase: 'recovery',
      duty: 'recovery',
      targetMinutes: 240,
      action: {
        nl: 'Laptops en verbinding klaarzetten op de uitwijklocatie',
        en: 'Set up laptops and connectivity at the fallback location',
      },
      needs: { nl: 'Reservelaptops, 4G-router, sleutels', en: 'Spare laptops, 4G router, keys' },
    },
    {
      phase: 'validation',
      duty: 'helpdesk',
      targetMinutes: 60,
      action: { nl: 'Werking op de uitwijklocatie testen', en: 'Test working at the fallback location' },
    },
    {
      phase: 'deactivation',
      duty: 'continuity',
      targetMinutes: 60,
      action: { nl: 'Terugkeer plannen en iedereen informeren', en: 'Plan the return and inform everyone' },
    },
  ],
};

const systemFailure: PlaybookTemplate = {
  key: 'system-failure',
  threat: 'hardware',
  title: { nl: 'Defect aan een server, toestel of toepassing', en: 'Failure of a server, device or application' },
  trigger: {
    nl: 'Een server, netwerktoestel of toepassing werkt niet meer of geeft foute resultaten, zonder aanwijzing van een aanval.',
    en: 'A server, network device or application stops working or gives wrong results, with no sign of an attack.',
  },
  firstHour: {
    nl: 'Vaststellen welk systeem defect is en welke diensten erop rekenen, de leverancier bellen met het klantnummer en de noodoplossing van de getroffen diensten starten.',
    en: 'Establish which system has failed and which services rely on it, call the supplier with the customer number and start the getting-by solution of the services affected.',
  },
  endCriteria: {
    nl: 'Het systeem is hersteld of vervangen en de getroffen diensten werken weer.',
    en: 'The system is repaired or replaced and the services affected work again.',
  },
  validation: {
    nl: 'De eigenaar van elke getroffen dienst voert een typische taak uit en controleert dat de gegevens van de laatste dag er zijn.',
    en: 'The owner of every service affected carries out a typical task and checks that the data of the last day are there.',
  },
  deactivation: {
    nl: 'De noodoplossing stoppen, wat op papier gebeurde laten invoeren, de gebruikers informeren en het defect in het logboek afsluiten.',
    en: 'Stop the getting-by solution, have what was done on paper entered, inform the users and close the failure in the log.',
  },
  steps: [
    {
      phase: 'first-hour',
      duty: 'helpdesk',
      targetMinutes: 15,
      action: {
        nl: 'Melding registreren en nagaan welke diensten getroffen zijn',
        en: 'Log the report and find out which services are affected',
      },
    },
    {
      phase: 'first-hour',
      duty: 'recovery',
      targetMinutes: 30,
      action: {
        nl: 'Leverancier bellen en een hersteltijd vragen',
        en: 'Call the supplier and ask for a recovery time',
      },
      needs: { nl: 'Klantnummer, contract en SLA', en: 'Customer number, contract and SLA' },
    },
    {
      phase: 'recovery',
      duty: 'recovery',
      targetMinutes: 480,
      action: {
        nl: 'Systeem herstellen of vervangen en de configuratie terugzetten',
        en: 'Repair or replace the system and restore its configuration',
      },
      needs: { nl: 'Reservetoestel, back-up van de instellingen', en: 'Spare device, backup of the settings' },
    },
    {
      phase: 'validation',
      duty: 'helpdesk',
      targetMinutes: 60,
      action: {
        nl: 'Werking laten controleren door de eigenaars van de diensten',
        en: 'Have the service owners check that things work',
      },
    },
    {
      phase: 'deactivation',
      duty: 'continuity',
      targetMinutes: 30,
      action: {
        nl: 'Noodoplossing stoppen en iedereen informeren',
        en: 'Stop the getting-by solution and inform everyone',
      },
    },
  ],
};

const dataLoss: PlaybookTemplate = {
  key: 'data-loss',
  threat: 'user-error',
  title: { nl: 'Gegevens gewist of beschadigd door een fout', en: 'Data deleted or damaged by mistake' },
  trigger: {
    nl: 'Een medewerker of beheerder heeft bestanden, mails of records gewist of overschreven, of een mislukte wijziging heeft gegevens beschadigd.',
    en: 'A member of staff or an administrator deleted or overwrote files, mails or records, or a failed change damaged data.',
  },
  firstHour: {
    nl: 'Niets meer wijzigen in de getroffen map of toepassing, vaststellen wat verloren is en sinds wanneer, en de eigenaar van de gegevens om akkoord voor een terugzetting vragen.',
    en: 'Stop changing the folder or application affected, establish what was lost and since when, and ask the owner of the data to authorise a restore.',
  },
  endCriteria: {
    nl: 'De gegevens zijn teruggezet tot het laatste goede punt en wat daarna verloren ging, is opnieuw ingevoerd.',
    en: 'The data are restored to the last good point and what was lost after it has been entered again.',
  },
  validation: {
    nl: 'De eigenaar van de gegevens controleert steekproefsgewijs de teruggezette gegevens en keurt ze goed.',
    en: 'The owner of the data spot-checks the restored data and approves them.',
  },
  deactivation: {
    nl: 'De terugzetting in het back-uplogboek noteren, de betrokkenen informeren en nagaan hoe de fout voortaan voorkomen wordt.',
    en: 'Note the restore in the backup log, inform those involved and work out how to prevent the mistake from now on.',
  },
  steps: [
    {
      phase: 'first-hour',
      duty: 'helpdesk',
      targetMinutes: 15,
      action: {
        nl: 'Vaststellen wat verloren is, waar en sinds wanneer',
        en: 'Establish what was lost, where and since when',
      },
    },
    {
      phase: 'first-hour',
      duty: 'incident',
      targetMinutes: 60,
      action: {
        nl: 'Akkoord van de eigenaar van de gegevens vragen voor de terugzetting',
        en: 'Ask the owner of the data to authorise the restore',
      },
    },
    {
      phase: 'recovery',
      duty: 'recovery',
      targetMinutes: 240,
      action: {
        nl: 'Gegevens terugzetten naar een aparte plaats en daarna overzetten',
        en: 'Restore the data to a separate place, then move them back',
      },
      needs: { nl: 'Herstelprocedure van de back-up', en: 'Restore procedure of the backup' },
    },
    {
      phase: 'validation',
      duty: 'continuity',
      targetMinutes: 60,
      action: {
        nl: 'De eigenaar de teruggezette gegevens laten controleren',
        en: 'Have the owner check the restored data',
      },
    },
    {
      phase: 'deactivation',
      duty: 'continuity',
      targetMinutes: 20,
      action: {
        nl: 'Terugzetting in het logboek noteren en betrokkenen informeren',
        en: 'Note the restore in the log and inform those involved',
      },
    },
  ],
};

export const PLAYBOOK_TEMPLATES: readonly PlaybookTemplate[] = [
  ransomware,
  power,
  internet,
  building,
  systemFailure,
  dataLoss,
  ...INCIDENT_PLAYBOOK_TEMPLATES,
];

/** The first role of the plan that carries a duty (the roles' `plan` field), or '' when there is none. */
export function roleForDuty(roles: readonly ListRecord<'roles'>[], duty: RoleDuty): string {
  return roles.find((role) => role.plan === duty)?.id ?? '';
}

/** A template as the fields of a new scenario and of its steps (without the scenario id, which storage assigns). */
export function playbookFromTemplate(
  template: PlaybookTemplate,
  language: PlanLanguage,
  roles: readonly ListRecord<'roles'>[],
) {
  return {
    scenario: {
      title: template.title[language],
      threat: template.threat,
      trigger: template.trigger[language],
      firstHour: template.firstHour[language],
      endCriteria: template.endCriteria[language],
      validation: template.validation[language],
      deactivation: template.deactivation[language],
    },
    steps: template.steps.map((step) => ({
      phase: step.phase,
      action: step.action[language],
      role: roleForDuty(roles, step.duty),
      needs: step.needs?.[language] ?? '',
      targetMinutes: step.targetMinutes,
    })),
    checks: (template.checks ?? []).map((check) => ({
      check: check.check[language],
      expected: check.expected[language],
    })),
  };
}
