import type { PlanLanguage, WordingRegion } from '../organisationKinds';
import type { NotificationDuty, NotificationKind } from '../sections/notificationDuties';

/**
 * The notification duties a new plan starts with, per wording region, as the law stood when this
 * was written (checked December 2026):
 * - NIS2 (Belgian NIS2 law of 26 April 2024, Dutch Cyberbeveiligingswet): early warning within 24 h
 *   of becoming aware of a significant incident, incident notification within 72 h, final report
 *   within one month of that notification — to the CCB in Belgium, in the Netherlands to the CSIRT
 *   (NCSC, or the IBD for municipalities) and the supervisor. The final report is kept as
 *   72 h + 30 days from detection so every deadline counts from the same moment.
 * - GDPR art. 33: a personal-data breach with a risk for the people concerned within 72 h, to the
 *   Vlaamse Toezichtcommissie (Flemish local governments), the GBA (other Belgian organisations)
 *   or the Autoriteit Persoonsgegevens (the Netherlands).
 * - The police for a crime (hacking, extortion, fraud): no legal deadline, so no clock.
 * Flemish local governments fall outside the Belgian NIS2 law in principle; their CCB duty is the
 * voluntary report, worded as such. The coordinator checks and adapts every line.
 */
const FINAL_REPORT_HOURS = 72 + 30 * 24;

type Text = Record<PlanLanguage, string>;

interface DutyTemplate {
  key: string;
  kind: NotificationKind;
  authority: Text;
  trigger: Text;
  hours: [number | null, number | null, number | null];
  decides: string;
  channel: Text;
  fallbackChannel: Text;
  legalBasis: Text;
  notes?: Text;
}

const NIS2_HOURS: DutyTemplate['hours'] = [24, 72, FINAL_REPORT_HOURS];
const GDPR_HOURS: DutyTemplate['hours'] = [null, 72, null];

const breachTrigger: Text = {
  nl: 'Een gegevenslek (persoonsgegevens vernietigd, verloren, gewijzigd, onbevoegd ingezien of onbeschikbaar) met een risico voor de betrokkenen.',
  en: 'A personal-data breach (data destroyed, lost, altered, disclosed or unavailable) that poses a risk to the people concerned.',
};
const breachFallback: Text = {
  nl: 'Telefonisch melden en het formulier nadien indienen vanaf een toestel buiten het getroffen netwerk; het papieren meldformulier in de bijlage helpt.',
  en: 'Report by phone and submit the form afterwards from a device outside the affected network; the paper form in the annex helps.',
};
const nis2Trigger: Text = {
  nl: 'Een significant incident: een ernstige verstoring van de dienstverlening of financieel verlies, of aanzienlijke schade voor anderen.',
  en: 'A significant incident: a severe disruption of services or financial loss, or considerable damage to others.',
};
const policeDuty = (decides: string): DutyTemplate => ({
  key: 'police',
  kind: 'police',
  authority: { nl: 'Politie (aangifte)', en: 'Police (criminal complaint)' },
  trigger: {
    nl: 'Een vermoeden van een misdrijf: hacking, afpersing (ransomware), fraude, diefstal van toestellen.',
    en: 'A suspected crime: hacking, extortion (ransomware), fraud, theft of devices.',
  },
  hours: [null, null, null],
  decides,
  channel: {
    nl: 'Aangifte bij de lokale politie; bewaar bewijs (logboeken, berichten) vóór u systemen wist.',
    en: 'File a complaint with the local police; keep evidence (logs, messages) before wiping systems.',
  },
  fallbackChannel: { nl: 'Ter plaatse in het politiekantoor.', en: 'In person at the police station.' },
  legalBasis: { nl: 'Strafrecht', en: 'Criminal law' },
});

const FLANDERS: readonly DutyTemplate[] = [
  {
    key: 'vtc',
    kind: 'data-protection',
    authority: { nl: 'Vlaamse Toezichtcommissie (VTC)', en: 'Flemish Supervisory Commission (VTC)' },
    trigger: breachTrigger,
    hours: GDPR_HOURS,
    decides: 'role-information-security',
    channel: {
      nl: 'Meldformulier van de VTC per e-mail, verstuurd door of met de algemeen directeur in kopie.',
      en: "The VTC's notification form by e-mail, sent by the general director or with them in copy.",
    },
    fallbackChannel: breachFallback,
    legalBasis: { nl: 'AVG art. 33; Vlaams AVG-decreet', en: 'GDPR art. 33; Flemish GDPR decree' },
  },
  {
    key: 'ccb',
    kind: 'csirt',
    authority: { nl: 'Centrum voor Cybersecurity België (CCB)', en: 'Centre for Cybersecurity Belgium (CCB)' },
    trigger: {
      nl: 'Een cyberincident met gevolgen voor de dienstverlening. Een lokaal bestuur valt in principe niet onder de NIS2-wet: de melding is vrijwillig, tenzij het bestuur een kritieke activiteit uitoefent.',
      en: 'A cyber incident that affects services. A local government is in principle outside the NIS2 law: the report is voluntary unless it carries out a critical activity.',
    },
    hours: NIS2_HOURS,
    decides: 'role-general-director',
    channel: { nl: 'Meldplatform van Safeonweb@work (CCB).', en: 'The Safeonweb@work notification platform (CCB).' },
    fallbackChannel: {
      nl: 'Telefonisch bij het CCB; het nummer staat op de noodkaart.',
      en: 'By phone to the CCB; the number is on the emergency card.',
    },
    legalBasis: {
      nl: 'NIS2-wet van 26 april 2024 (vrijwillige melding)',
      en: 'NIS2 law of 26 April 2024 (voluntary report)',
    },
  },
  policeDuty('role-general-director'),
];

const NETHERLANDS: readonly DutyTemplate[] = [
  {
    key: 'ap',
    kind: 'data-protection',
    authority: { nl: 'Autoriteit Persoonsgegevens (AP)', en: 'Dutch Data Protection Authority (AP)' },
    trigger: breachTrigger,
    hours: GDPR_HOURS,
    decides: 'role-dpo',
    channel: { nl: 'Meldloket datalekken van de AP.', en: "The AP's data breach desk." },
    fallbackChannel: breachFallback,
    legalBasis: { nl: 'AVG art. 33', en: 'GDPR art. 33' },
  },
  {
    key: 'ibd',
    kind: 'csirt',
    authority: {
      nl: 'Informatiebeveiligingsdienst (IBD), CERT van de gemeenten',
      en: 'Information Security Service (IBD), the municipal CERT',
    },
    trigger: nis2Trigger,
    hours: NIS2_HOURS,
    decides: 'role-ciso',
    channel: {
      nl: 'Telefonisch bij de IBD (24/7) en daarna per e-mail; meld ook aan de toezichthouder volgens de Cyberbeveiligingswet.',
      en: 'By phone to the IBD (24/7), then by e-mail; also report to the supervisor under the Cyberbeveiligingswet.',
    },
    fallbackChannel: {
      nl: 'Het piketnummer van de IBD vanaf een mobiele telefoon; het nummer staat op de noodkaart.',
      en: "The IBD's on-call number from a mobile phone; the number is on the emergency card.",
    },
    legalBasis: { nl: 'Cyberbeveiligingswet (NIS2)', en: 'Cyberbeveiligingswet (NIS2)' },
  },
  policeDuty('role-municipal-secretary'),
];

const companyDuties = (authority: Text, dpa: Text, csirtChannel: Text, legal: Text): readonly DutyTemplate[] => [
  {
    key: 'dpa',
    kind: 'data-protection',
    authority: dpa,
    trigger: breachTrigger,
    hours: GDPR_HOURS,
    decides: 'role-privacy-contact',
    channel: {
      nl: 'Het online meldformulier van de toezichthouder.',
      en: "The supervisory authority's online notification form.",
    },
    fallbackChannel: breachFallback,
    legalBasis: { nl: 'AVG art. 33', en: 'GDPR art. 33' },
  },
  {
    key: 'csirt',
    kind: 'csirt',
    authority,
    trigger: {
      nl: `${nis2Trigger.nl} Verplicht als de onderneming onder NIS2 valt, anders vrijwillig.`,
      en: `${nis2Trigger.en} Mandatory when the company is within NIS2, voluntary otherwise.`,
    },
    hours: NIS2_HOURS,
    decides: 'role-managing-director',
    channel: csirtChannel,
    fallbackChannel: {
      nl: 'Telefonisch; het nummer staat op de noodkaart.',
      en: 'By phone; the number is on the emergency card.',
    },
    legalBasis: legal,
  },
  policeDuty('role-managing-director'),
];

const TEMPLATES: Record<WordingRegion, readonly DutyTemplate[]> = {
  flanders: FLANDERS,
  netherlands: NETHERLANDS,
  be: companyDuties(
    { nl: 'Centrum voor Cybersecurity België (CCB)', en: 'Centre for Cybersecurity Belgium (CCB)' },
    { nl: 'Gegevensbeschermingsautoriteit (GBA)', en: 'Belgian Data Protection Authority (GBA)' },
    { nl: 'Meldplatform van Safeonweb@work (CCB).', en: 'The Safeonweb@work notification platform (CCB).' },
    { nl: 'NIS2-wet van 26 april 2024', en: 'NIS2 law of 26 April 2024' },
  ),
  nl: companyDuties(
    { nl: 'Nationaal Cyber Security Centrum (NCSC)', en: 'National Cyber Security Centre (NCSC)' },
    { nl: 'Autoriteit Persoonsgegevens (AP)', en: 'Dutch Data Protection Authority (AP)' },
    { nl: 'Meldformulier van het NCSC.', en: "The NCSC's incident report form." },
    { nl: 'Cyberbeveiligingswet (NIS2)', en: 'Cyberbeveiligingswet (NIS2)' },
  ),
  company: companyDuties(
    { nl: 'Nationaal CSIRT', en: 'National CSIRT' },
    { nl: 'Toezichthouder gegevensbescherming', en: 'Data protection authority' },
    { nl: 'Het meldplatform van het nationale CSIRT.', en: "The national CSIRT's reporting platform." },
    { nl: 'NIS2 zoals omgezet in het land', en: 'NIS2 as transposed in the country' },
  ),
};

/** The duties a plan of this wording region starts with, as plan items in the plan's language. */
export function defaultNotificationDuties(
  region: WordingRegion,
  language: PlanLanguage,
): (NotificationDuty & { id: string })[] {
  return TEMPLATES[region].map((duty) => ({
    id: `duty-${duty.key}`,
    authority: duty.authority[language],
    kind: duty.kind,
    trigger: duty.trigger[language],
    earlyWarningHours: duty.hours[0],
    notificationHours: duty.hours[1],
    finalReportHours: duty.hours[2],
    decides: duty.decides,
    channel: duty.channel[language],
    fallbackChannel: duty.fallbackChannel[language],
    phone: '',
    legalBasis: duty.legalBasis[language],
    notes: duty.notes?.[language] ?? '',
  }));
}
