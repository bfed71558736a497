import { z } from 'zod';
import { field } from '../fields';
import { ORGANISATION_COUNTRIES, ORGANISATION_KINDS } from '../organisationKinds';
import { defineSingleton } from '../section';

export const organisationSection = defineSingleton(
  'organisation',
  z.object({
    name: field.text({ required: true }),
    kind: field.choice('organisationKind', ORGANISATION_KINDS, { required: true }),
    /** Optional: a company's country picks Belgian or Netherlands wording (Gsm or Mobiel, GBA or AP). */
    country: field.choice('organisationCountry', ORGANISATION_COUNTRIES),
    address: field.longText(),
    sector: field.text(),
    staffCount: field.integer({ max: 1_000_000 }),
    siteCount: field.integer({ max: 10_000 }),
    purpose: field.longText({ required: true }),
    scope: field.longText({ required: true }),
    /** NIST SP 800-34 lists the plan's assumptions with its scope. */
    assumptions: field.longText(),
    emergencyDefinition: field.longText({ required: true }),
    activationCriteria: field.longText({ required: true }),
    activatedBy: field.text({ required: true }),
    planOwner: field.text({ required: true }),
    planVersion: field.text(),
    approvedBy: field.text(),
    approvedOn: field.date(),
    nextReviewDate: field.date({ required: true }),
    reviewIntervalMonths: field.integer({ max: 60 }),
  }),
);

export type Organisation = z.infer<typeof organisationSection.schema>;
