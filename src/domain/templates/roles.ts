import type { OrganisationKind, PlanLanguage } from '../organisationKinds';
import type { RoleAuthority, RolePlan } from '../sections/roles';

/**
 * The roles a new plan starts with, per kind of organisation, named the way that kind of
 * organisation names them. Main contact and deputy stay empty: the coordinator fills them in, and
 * until then every role is flagged.
 */
interface RoleTemplate {
  key: string;
  plan: RolePlan;
  name: Record<PlanLanguage, string>;
  duties: Record<PlanLanguage, string>;
  /** What the role may decide; the crisis lead activates the plan, so its line of succession is asked for from the start. */
  authority?: readonly RoleAuthority[];
}

const planManager: RoleTemplate = {
  key: 'plan-manager',
  plan: 'continuity',
  name: { nl: 'Planbeheerder continuïteitsplan', en: 'Continuity plan manager' },
  duties: {
    nl: 'Houdt het plan actueel, plant de jaarlijkse herziening en test, beheert de verdeling van de kopieën.',
    en: 'Keeps the plan current, schedules the yearly review and test, manages who holds a copy.',
  },
};

const incidentLead: RoleTemplate = {
  key: 'incident-lead',
  plan: 'incident',
  name: { nl: 'Verantwoordelijke incidentrespons', en: 'Incident response lead' },
  duties: {
    nl: 'Beoordeelt een melding, beslist over de ernst en coördineert de eerste maatregelen.',
    en: 'Assesses a report, decides how serious it is and coordinates the first measures.',
  },
};

const recoveryLead: RoleTemplate = {
  key: 'recovery-lead',
  plan: 'recovery',
  name: { nl: 'Verantwoordelijke herstel (disaster recovery)', en: 'Disaster recovery lead' },
  duties: {
    nl: 'Leidt het herstel van systemen en gegevens in de afgesproken volgorde.',
    en: 'Leads the restore of systems and data in the agreed order.',
  },
};

const helpdesk: RoleTemplate = {
  key: 'helpdesk',
  plan: 'helpdesk',
  name: { nl: 'Helpdesk', en: 'Helpdesk' },
  duties: {
    nl: 'Eerste aanspreekpunt voor medewerkers, registreert meldingen en geeft ze door.',
    en: 'First point of contact for staff; logs reports and passes them on.',
  },
};

const FLANDERS: readonly RoleTemplate[] = [
  {
    key: 'general-director',
    plan: 'crisis',
    name: { nl: 'Algemeen directeur', en: 'General director' },
    duties: {
      nl: 'Activeert het plan en leidt het crisisoverleg.',
      en: 'Activates the plan and chairs the crisis meeting.',
    },
    authority: ['activate', 'stand-down'],
  },
  {
    key: 'information-security',
    plan: 'incident',
    name: { nl: 'Informatieveiligheidsconsulent / DPO', en: 'Information security officer / DPO' },
    duties: {
      nl: 'Beoordeelt gegevenslekken en meldt ze binnen 72 uur aan de Vlaamse Toezichtcommissie.',
      en: 'Assesses data breaches and reports them to the Flemish Supervisory Commission within 72 hours.',
    },
  },
  {
    key: 'prevention-adviser',
    plan: 'crisis',
    name: { nl: 'Preventieadviseur / noodplanningsambtenaar', en: 'Prevention adviser / emergency planning officer' },
    duties: {
      nl: 'Verbindt het IT-plan met het algemeen nood- en interventieplan en de veiligheid van de medewerkers.',
      en: 'Links the IT plan to the general emergency plan and to staff safety.',
    },
  },
  { ...planManager, name: { nl: 'IT-coördinator (planbeheerder)', en: 'IT coordinator (plan manager)' } },
  incidentLead,
  recoveryLead,
  helpdesk,
];

const NETHERLANDS: readonly RoleTemplate[] = [
  {
    key: 'municipal-secretary',
    plan: 'crisis',
    name: { nl: 'Gemeentesecretaris', en: 'Municipal secretary' },
    duties: {
      nl: 'Activeert het plan en leidt het ambtelijk crisisoverleg.',
      en: 'Activates the plan and chairs the crisis meeting of the civil service.',
    },
    authority: ['activate', 'stand-down'],
  },
  {
    key: 'ciso',
    plan: 'incident',
    name: { nl: 'CISO', en: 'CISO' },
    duties: {
      nl: 'Beoordeelt beveiligingsincidenten en onderhoudt het contact met de IBD.',
      en: 'Assesses security incidents and keeps in touch with the municipal CERT (IBD).',
    },
  },
  {
    key: 'dpo',
    plan: 'incident',
    name: { nl: 'Functionaris gegevensbescherming (FG)', en: 'Data protection officer' },
    duties: {
      nl: 'Beoordeelt datalekken en meldt ze binnen 72 uur aan de Autoriteit Persoonsgegevens.',
      en: 'Assesses data breaches and reports them to the Dutch Data Protection Authority within 72 hours.',
    },
  },
  {
    key: 'crisis-coordinator',
    plan: 'crisis',
    name: {
      nl: 'Adviseur openbare orde en veiligheid (AOV) / crisiscoördinator',
      en: 'Public order and safety adviser / crisis coordinator',
    },
    duties: {
      nl: 'Stemt af met de veiligheidsregio en bewaakt de samenhang met de crisisorganisatie.',
      en: 'Liaises with the safety region and keeps the plan in line with the crisis organisation.',
    },
  },
  { ...planManager, name: { nl: 'I-coördinator (planbeheerder)', en: 'IT coordinator (plan manager)' } },
  incidentLead,
  recoveryLead,
  helpdesk,
];

const COMPANY: readonly RoleTemplate[] = [
  {
    key: 'managing-director',
    plan: 'crisis',
    name: { nl: 'Zaakvoerder of directeur', en: 'Managing director' },
    duties: {
      nl: 'Activeert het plan en beslist over klanten, personeel en kosten.',
      en: 'Activates the plan and decides about customers, staff and costs.',
    },
    authority: ['activate', 'stand-down'],
  },
  {
    key: 'it-responsible',
    plan: 'recovery',
    name: { nl: 'IT-verantwoordelijke', en: 'IT responsible' },
    duties: {
      nl: 'Schakelt de IT-leverancier in en volgt het herstel van systemen en gegevens op.',
      en: 'Calls in the IT provider and follows up the restore of systems and data.',
    },
  },
  {
    key: 'privacy-contact',
    plan: 'incident',
    name: { nl: 'Aanspreekpunt privacy', en: 'Privacy contact' },
    duties: {
      nl: 'Beoordeelt gegevenslekken en meldt ze aan de toezichthouder.',
      en: 'Assesses data breaches and reports them to the supervisory authority.',
    },
  },
  planManager,
  helpdesk,
];

const TEMPLATES: Record<OrganisationKind, readonly RoleTemplate[]> = {
  'municipality-flanders': FLANDERS,
  'municipality-netherlands': NETHERLANDS,
  company: COMPANY,
};

/** The roles a new plan of this kind starts with, as plan JSON items in the plan's language. */
export function defaultRoles(kind: OrganisationKind, language: PlanLanguage) {
  return TEMPLATES[kind].map((role) => ({
    id: `role-${role.key}`,
    name: role.name[language],
    plan: role.plan,
    duties: role.duties[language],
    authority: [...(role.authority ?? [])],
    main: '',
    deputy: '',
  }));
}
