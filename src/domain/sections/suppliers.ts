import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

export const SUPPLIER_CATEGORIES = [
  'it-services',
  'internet',
  'hosting',
  'software',
  'telephony',
  'utility',
  'insurer',
  'police',
  'cert',
  'dpa',
  'customer',
  'other',
] as const;

/**
 * IT providers and other external contacts to call in an emergency, with the contract and SLA
 * facts needed on the phone, and two contacts each so one absence does not leave nobody to call.
 */
export const suppliersSection = defineList(
  'suppliers',
  z.object({
    name: field.text({ required: true }),
    category: field.choice('supplierCategory', SUPPLIER_CATEGORIES),
    delivers: field.longText(),
    contractNumber: field.text(),
    contractEnd: field.date(),
    supportHours: field.text(),
    slaResponseHours: field.hours(),
    slaRecoveryHours: field.hours(),
    emergencyLine: field.phone({ required: true }),
    customerNumber: field.text(),
    contact1Name: field.text(),
    contact1Phone: field.phone(),
    contact1Email: field.email(),
    contact2Name: field.text(),
    contact2Phone: field.phone(),
    contact2Email: field.email(),
    lastVerified: field.date(),
    /** What else there is to know, and what an import could not place in a field ("Soort: Beamer"). */
    notes: field.longText(),
  }),
  { titleField: 'name' },
);

export type Supplier = z.infer<typeof suppliersSection.schema>;
