import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

export const SITE_READINESS = ['cold', 'warm', 'hot'] as const;

/** Fallback locations ("uitwijklocaties"): where to work when a site cannot be used. */
export const locationsSection = defineList(
  'locations',
  z.object({
    name: field.text({ required: true }),
    address: field.longText({ required: true }),
    access: field.longText(),
    equipment: field.longText(),
    capacity: field.integer({ max: 100_000 }),
    contact: field.ref('people'),
    travelNotes: field.longText(),
    movingServices: field.refs('services'),
    /** What the links do not say: which part of a service, from which day on. */
    services: field.longText(),
    /** NIST SP 800-34's alternate site: cold (room only), warm (partly equipped), hot (ready to work). */
    readiness: field.choice('siteReadiness', SITE_READINESS),
    /** The written agreement that lets us in (with whom, until when). */
    agreement: field.longText(),
  }),
  { titleField: 'name' },
);

export type Location = z.infer<typeof locationsSection.schema>;
