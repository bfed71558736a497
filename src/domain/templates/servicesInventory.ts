import type { OrganisationKind, PlanLanguage } from '../organisationKinds';
import { wordingRegion } from '../organisationKinds';
import type { Service } from '../sections/services';
import type { SystemRecord, SystemType } from '../sections/systems';

/**
 * A starting point so a small organisation does not face an empty page: the services such an
 * organisation usually has, with suggested RTO/RPO, and the systems they usually run on, linked.
 * Offered on request only; every item can be changed or removed afterwards.
 */

type Words = Record<PlanLanguage, string>;

export interface StarterSystem {
  key: string;
  type: SystemType;
  name: Words;
  /** Keys of systems earlier in the list. */
  dependsOn: string[];
}

export interface StarterService {
  name: Words;
  /** Netherlands wording where it differs (a Dutch gemeente says "sociaal domein"). */
  nameNetherlands?: Words;
  dependents: Service['dependents'];
  rtoHours: number;
  rpoHours: number;
  mtpdHours: number;
  /** Keys of starter systems. */
  systems: string[];
}

const w = (nl: string, en: string): Words => ({ nl, en });

const COMMON_SYSTEMS: StarterSystem[] = [
  { key: 'internet', type: 'network', name: w('Internetlijn', 'Internet line'), dependsOn: [] },
  { key: 'lan', type: 'network', name: w('Netwerk (switches en wifi)', 'Network (switches and Wi-Fi)'), dependsOn: [] },
  { key: 'firewall', type: 'network', name: w('Firewall en VPN', 'Firewall and VPN'), dependsOn: ['internet', 'lan'] },
  {
    key: 'identity',
    type: 'cloud-service',
    name: w('Microsoft 365 (aanmelden)', 'Microsoft 365 (sign-in)'),
    dependsOn: ['firewall'],
  },
  { key: 'email', type: 'email', name: w('E-mail', 'E-mail'), dependsOn: ['identity'] },
  {
    key: 'files',
    type: 'cloud-service',
    name: w('Bestanden (SharePoint en OneDrive)', 'Files (SharePoint and OneDrive)'),
    dependsOn: ['identity'],
  },
  { key: 'laptops', type: 'laptop', name: w('Laptops', 'Laptops'), dependsOn: [] },
  { key: 'printers', type: 'printer', name: w('Printers', 'Printers'), dependsOn: ['lan'] },
  { key: 'telephony', type: 'telephony', name: w('Telefonie', 'Telephony'), dependsOn: ['firewall'] },
  { key: 'mobiles', type: 'mobile', name: w('Smartphones', 'Smartphones'), dependsOn: [] },
];

const MUNICIPALITY_SYSTEMS: StarterSystem[] = [
  ...COMMON_SYSTEMS,
  {
    key: 'civil',
    type: 'saas',
    name: w('Burgerzakenpakket', 'Civil registry application'),
    dependsOn: ['firewall', 'laptops'],
  },
  { key: 'social', type: 'saas', name: w('Sociaal dossier', 'Social case files'), dependsOn: ['firewall'] },
  {
    key: 'payroll',
    type: 'saas',
    name: w('Loon- en personeelspakket', 'Payroll and HR package'),
    dependsOn: ['firewall'],
  },
  { key: 'accounting', type: 'saas', name: w('Boekhoudpakket', 'Accounting package'), dependsOn: ['firewall'] },
  { key: 'website', type: 'saas', name: w('Website en e-loket', 'Website and e-counter'), dependsOn: [] },
];

const MUNICIPALITY_SERVICES: StarterService[] = [
  {
    name: w('Burgerzaken', 'Civil registry'),
    dependents: ['residents', 'partners'],
    rtoHours: 8,
    rpoHours: 1,
    mtpdHours: 24,
    systems: ['civil', 'printers'],
  },
  {
    name: w('Sociale dienst', 'Social services'),
    nameNetherlands: w('Sociaal domein', 'Social services'),
    dependents: ['residents'],
    rtoHours: 24,
    rpoHours: 4,
    mtpdHours: 72,
    systems: ['social', 'files'],
  },
  {
    name: w('Personeel en loon', 'HR and payroll'),
    dependents: ['staff'],
    rtoHours: 72,
    rpoHours: 24,
    mtpdHours: 120,
    systems: ['payroll', 'files'],
  },
  {
    name: w('Website en e-loket', 'Website and e-counter'),
    nameNetherlands: w('Website en digitaal loket', 'Website and online counter'),
    dependents: ['residents', 'customers'],
    rtoHours: 48,
    rpoHours: 24,
    mtpdHours: 168,
    systems: ['website'],
  },
  {
    name: w('E-mail en samenwerking', 'E-mail and collaboration'),
    dependents: ['staff', 'residents'],
    rtoHours: 24,
    rpoHours: 4,
    mtpdHours: 72,
    systems: ['email', 'files', 'laptops'],
  },
  {
    name: w('Telefonie en onthaal', 'Telephony and front desk'),
    dependents: ['residents', 'staff'],
    rtoHours: 4,
    rpoHours: 24,
    mtpdHours: 24,
    systems: ['telephony', 'mobiles'],
  },
  {
    name: w('Financiën', 'Finance'),
    dependents: ['staff', 'partners'],
    rtoHours: 72,
    rpoHours: 24,
    mtpdHours: 168,
    systems: ['accounting'],
  },
  {
    name: w('Technische dienst', 'Technical service'),
    nameNetherlands: w('Buitendienst', 'Public works'),
    dependents: ['residents'],
    rtoHours: 168,
    rpoHours: 24,
    mtpdHours: 336,
    systems: ['mobiles', 'email'],
  },
];

const COMPANY_SYSTEMS: StarterSystem[] = [
  ...COMMON_SYSTEMS,
  {
    key: 'orders',
    type: 'saas',
    name: w('Order- en klantensysteem (ERP/CRM)', 'Order and customer system (ERP/CRM)'),
    dependsOn: ['firewall', 'laptops'],
  },
  {
    key: 'accounting',
    type: 'saas',
    name: w('Boekhouding en facturatie', 'Accounting and invoicing'),
    dependsOn: ['firewall'],
  },
  {
    key: 'payroll',
    type: 'saas',
    name: w('Loonpakket (sociaal secretariaat)', 'Payroll package (payroll provider)'),
    dependsOn: ['firewall'],
  },
  { key: 'website', type: 'saas', name: w('Website of webshop', 'Website or web shop'), dependsOn: [] },
];

const COMPANY_SERVICES: StarterService[] = [
  {
    name: w('Verkoop en orders', 'Sales and orders'),
    dependents: ['customers'],
    rtoHours: 24,
    rpoHours: 4,
    mtpdHours: 48,
    systems: ['orders', 'email'],
  },
  {
    name: w('Klantendienst', 'Customer service'),
    dependents: ['customers'],
    rtoHours: 24,
    rpoHours: 4,
    mtpdHours: 48,
    systems: ['orders', 'telephony', 'email'],
  },
  {
    name: w('Facturatie en boekhouding', 'Invoicing and accounting'),
    dependents: ['staff', 'partners'],
    rtoHours: 72,
    rpoHours: 24,
    mtpdHours: 168,
    systems: ['accounting'],
  },
  {
    name: w('Personeel en loon', 'HR and payroll'),
    dependents: ['staff'],
    rtoHours: 72,
    rpoHours: 24,
    mtpdHours: 120,
    systems: ['payroll', 'files'],
  },
  {
    name: w('E-mail en samenwerking', 'E-mail and collaboration'),
    dependents: ['staff', 'customers'],
    rtoHours: 24,
    rpoHours: 4,
    mtpdHours: 72,
    systems: ['email', 'files', 'laptops'],
  },
  {
    name: w('Telefonie', 'Telephony'),
    dependents: ['customers', 'staff'],
    rtoHours: 4,
    rpoHours: 24,
    mtpdHours: 24,
    systems: ['telephony', 'mobiles'],
  },
  {
    name: w('Website of webshop', 'Website or web shop'),
    dependents: ['customers'],
    rtoHours: 24,
    rpoHours: 24,
    mtpdHours: 72,
    systems: ['website'],
  },
];

export interface Starter {
  /** In dependency order: a system comes after every system it depends on. */
  systems: { key: string; data: Pick<SystemRecord, 'name' | 'type'>; dependsOn: string[] }[];
  services: {
    data: Pick<Service, 'name' | 'dependents' | 'rtoHours' | 'rpoHours' | 'mtpdHours'>;
    systems: string[];
  }[];
}

/** The usual services and systems of this kind of organisation, worded for it, in the plan's language. */
export function starterServicesAndSystems(kind: OrganisationKind | '', language: PlanLanguage): Starter {
  const municipality = kind === 'municipality-flanders' || kind === 'municipality-netherlands';
  const netherlands = wordingRegion(kind) === 'netherlands';
  const systems = municipality ? MUNICIPALITY_SYSTEMS : COMPANY_SYSTEMS;
  const services = municipality ? MUNICIPALITY_SERVICES : COMPANY_SERVICES;
  return {
    systems: systems.map((s) => ({
      key: s.key,
      data: { name: s.name[language], type: s.type },
      dependsOn: s.dependsOn,
    })),
    services: services.map((s) => ({
      data: {
        name: (netherlands && s.nameNetherlands ? s.nameNetherlands : s.name)[language],
        dependents: s.dependents,
        rtoHours: s.rtoHours,
        rpoHours: s.rpoHours,
        mtpdHours: s.mtpdHours,
      },
      systems: s.systems,
    })),
  };
}
