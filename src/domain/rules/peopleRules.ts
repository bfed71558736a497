import type { SingletonRecord } from '../records';
import { isFilled } from '../fields';
import type { Item, ListSection } from '../section';
import { peopleSection } from '../sections/people';
import { type Supplier, suppliersSection } from '../sections/suppliers';
import { checkEmail, checkPhone } from './contactFormats';
import type { CheckResult } from './warnings';

/**
 * The checks of the people, suppliers, locations and distribution steps. They flag, they never
 * block: a role without a deputy is stored as entered and reported here until someone is found.
 */

export type WarningCode =
  | 'roleNoPeople'
  | 'roleNoMain'
  | 'roleNoDeputy'
  | 'roleDeputyIsMain'
  | 'contactStale'
  | 'phoneSuspicious'
  | 'emailSuspicious'
  | 'privatePhoneWithoutConsent'
  | 'supplierFewContacts'
  | 'supplierContractEnded'
  | 'locationNoContact'
  | 'copyNoHolder'
  | 'copyVersionUnknown'
  | 'copyOutdated';

export type PeoplePlacesWarning = CheckResult<WarningCode>;

export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

export interface PeoplePlacesContent {
  organisation?: SingletonRecord<'organisation'>;
  people?: Item[];
  roles?: Item[];
  departments?: Item[];
  suppliers?: Item[];
  locations?: Item[];
  distribution?: Item[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

export function reviewIntervalMonths(organisation: SingletonRecord<'organisation'> | undefined): number {
  const months = organisation?.reviewIntervalMonths;
  return typeof months === 'number' && Number.isInteger(months) && months > 0 ? months : DEFAULT_REVIEW_INTERVAL_MONTHS;
}

/** True when `date` (YYYY-MM-DD) plus `months` lies before `today` (YYYY-MM-DD). */
export function isOlderThan(date: string, months: number, today: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Day overflow (31 January + 1 month) rolls into the next month, which errs on the side of "not yet".
  const due = new Date(Date.UTC(year, month - 1 + months, day));
  return due.toISOString().slice(0, 10) < today;
}

function personName(people: readonly Item[], id: unknown): string {
  return text(people.find((person) => person.id === id)?.name);
}

export function roleWarnings(roles: readonly Item[]): PeoplePlacesWarning[] {
  const warnings: PeoplePlacesWarning[] = [];
  for (const role of roles) {
    const params = { name: text(role.name) };
    const main = text(role.main);
    const deputy = text(role.deputy);
    // A role nobody fills yet (as pre-filled in a new plan) is one thing to do, not two.
    if (!main && !deputy)
      warnings.push({ code: 'roleNoPeople', section: 'roles', itemId: role.id, field: 'main', params });
    else if (!main) warnings.push({ code: 'roleNoMain', section: 'roles', itemId: role.id, field: 'main', params });
    else if (!deputy)
      warnings.push({ code: 'roleNoDeputy', section: 'roles', itemId: role.id, field: 'deputy', params });
    else if (deputy === main)
      warnings.push({ code: 'roleDeputyIsMain', section: 'roles', itemId: role.id, field: 'deputy', params });
  }
  return warnings;
}

/** Contacts whose details were last checked longer ago than the plan's review interval. */
export function staleContactWarnings(
  section: string,
  items: readonly Item[],
  intervalMonths: number,
  today: string,
): PeoplePlacesWarning[] {
  return items
    .filter((item) => isOlderThan(text(item.lastVerified), intervalMonths, today))
    .map((item) => ({
      code: 'contactStale' as const,
      section,
      itemId: item.id,
      field: 'lastVerified',
      params: { name: text(item.name), date: text(item.lastVerified), months: intervalMonths },
    }));
}

/** Every phone and e-mail field of a list section that looks mistyped. */
export function formatWarnings(section: ListSection, items: readonly Item[]): PeoplePlacesWarning[] {
  const warnings: PeoplePlacesWarning[] = [];
  for (const item of items) {
    for (const field of section.fields) {
      const value = text(item[field.name]);
      const verdict =
        field.widget === 'phone' ? checkPhone(value) : field.widget === 'email' ? checkEmail(value) : 'ok';
      if (verdict !== 'suspicious') continue;
      warnings.push({
        code: field.widget === 'phone' ? 'phoneSuspicious' : 'emailSuspicious',
        section: section.key,
        itemId: item.id,
        field: field.name,
        params: { name: text(item[section.titleField]), value },
      });
    }
  }
  return warnings;
}

export function privatePhoneWarnings(people: readonly Item[]): PeoplePlacesWarning[] {
  return people
    .filter((person) => isFilled(person.privatePhone) && person.privateConsent !== true)
    .map((person) => ({
      code: 'privatePhoneWithoutConsent' as const,
      section: 'people',
      itemId: person.id,
      field: 'privateConsent',
      params: { name: text(person.name) },
    }));
}

/** A supplier's two contact slots, each by its fields. */
const SUPPLIER_CONTACT_SLOTS = [
  ['contact1Name', 'contact1Phone', 'contact1Email'],
  ['contact2Name', 'contact2Phone', 'contact2Email'],
] as const satisfies readonly (readonly (keyof Supplier)[])[];

/** How many of a supplier's two contact slots hold a name, number or address. */
export function supplierContactCount(supplier: Item): number {
  return SUPPLIER_CONTACT_SLOTS.filter((slot) => slot.some((name) => isFilled(supplier[name]))).length;
}

export function supplierWarnings(suppliers: readonly Item[], today: string): PeoplePlacesWarning[] {
  const warnings: PeoplePlacesWarning[] = [];
  for (const supplier of suppliers) {
    const name = text(supplier.name);
    const count = supplierContactCount(supplier);
    if (count < 2) {
      warnings.push({
        code: 'supplierFewContacts',
        section: 'suppliers',
        itemId: supplier.id,
        field: count === 0 ? 'contact1Name' : 'contact2Name',
        params: { name, count },
      });
    }
    const end = text(supplier.contractEnd);
    if (end && end < today)
      warnings.push({
        code: 'supplierContractEnded',
        section: 'suppliers',
        itemId: supplier.id,
        field: 'contractEnd',
        params: { name, date: end },
      });
  }
  return warnings;
}

export function locationWarnings(locations: readonly Item[]): PeoplePlacesWarning[] {
  return locations
    .filter((location) => !text(location.contact))
    .map((location) => ({
      code: 'locationNoContact' as const,
      section: 'locations',
      itemId: location.id,
      field: 'contact',
      params: { name: text(location.name) },
    }));
}

/** The name a copy holder goes by: the person from the directory, or the name typed instead. */
export function holderName(entry: Item, people: readonly Item[]): string {
  return personName(people, entry.holder) || text(entry.holderName);
}

export function distributionWarnings(
  distribution: readonly Item[],
  planVersion: string,
  people: readonly Item[],
): PeoplePlacesWarning[] {
  const warnings: PeoplePlacesWarning[] = [];
  const current = planVersion.trim();
  for (const entry of distribution) {
    const name = holderName(entry, people);
    const held = text(entry.versionHeld);
    if (!name)
      warnings.push({
        code: 'copyNoHolder',
        section: 'distribution',
        itemId: entry.id,
        field: 'holder',
        params: { name },
      });
    if (!held)
      warnings.push({
        code: 'copyVersionUnknown',
        section: 'distribution',
        itemId: entry.id,
        field: 'versionHeld',
        params: { name },
      });
    else if (current && held !== current) {
      warnings.push({
        code: 'copyOutdated',
        section: 'distribution',
        itemId: entry.id,
        field: 'versionHeld',
        params: { name, held, current },
      });
    }
  }
  return warnings;
}

export type PeoplePlacesStep = 'people' | 'suppliers' | 'locations' | 'distribution';

/** Everything a step of this area reports, in the order it is shown at the top of the step. */
export function stepWarnings(
  step: PeoplePlacesStep,
  content: PeoplePlacesContent,
  today: string,
): PeoplePlacesWarning[] {
  const people = content.people ?? [];
  const interval = reviewIntervalMonths(content.organisation);
  switch (step) {
    case 'people':
      return [
        ...roleWarnings(content.roles ?? []),
        ...staleContactWarnings('people', people, interval, today),
        ...formatWarnings(peopleSection, people),
        ...privatePhoneWarnings(people),
      ];
    case 'suppliers': {
      const suppliers = content.suppliers ?? [];
      return [
        ...supplierWarnings(suppliers, today),
        ...staleContactWarnings('suppliers', suppliers, interval, today),
        ...formatWarnings(suppliersSection, suppliers),
      ];
    }
    case 'locations':
      return locationWarnings(content.locations ?? []);
    case 'distribution':
      return distributionWarnings(content.distribution ?? [], text(content.organisation?.planVersion), people);
  }
}
