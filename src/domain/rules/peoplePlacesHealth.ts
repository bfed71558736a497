import type { HealthRule, Severity } from '../healthTypes';
import { type PeoplePlacesContent, type PeoplePlacesStep, type WarningCode, stepWarnings } from './peopleRules';
import { findingWarning } from './healthWarnings';
import { itemsOf, singletonOf } from './snapshot';

/** How much each people-and-places warning weighs on the plan's health. */
const SEVERITY: Record<WarningCode, Severity> = {
  roleNoPeople: 'high',
  roleNoMain: 'high',
  roleNoDeputy: 'medium',
  roleDeputyIsMain: 'medium',
  contactStale: 'low',
  phoneSuspicious: 'low',
  emailSuspicious: 'low',
  privatePhoneWithoutConsent: 'medium',
  supplierFewContacts: 'medium',
  supplierContractEnded: 'medium',
  locationNoContact: 'medium',
  copyNoHolder: 'low',
  copyVersionUnknown: 'low',
  copyOutdated: 'medium',
};

const STEPS: readonly PeoplePlacesStep[] = ['people', 'suppliers', 'locations', 'distribution'];

/** Missing deputies, unverified contacts, suppliers with one contact, outdated copies: for the overview. */
const peoplePlacesWarnings: HealthRule = (plan, { today }) => {
  const content: PeoplePlacesContent = {
    organisation: singletonOf(plan, 'organisation'),
    people: itemsOf(plan, 'people'),
    roles: itemsOf(plan, 'roles'),
    departments: itemsOf(plan, 'departments'),
    suppliers: itemsOf(plan, 'suppliers'),
    locations: itemsOf(plan, 'locations'),
    distribution: itemsOf(plan, 'distribution'),
  };
  return STEPS.flatMap((step) =>
    stepWarnings(step, content, today).map((warning) =>
      findingWarning(warning, {
        message: `peoplePlaces.warnings.${warning.code}`,
        severity: SEVERITY[warning.code],
        step,
      }),
    ),
  );
};

export const peoplePlacesRules: readonly HealthRule[] = [peoplePlacesWarnings];
