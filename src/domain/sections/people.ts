import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

/**
 * The people directory. Everyone else in the plan (roles, departments, suppliers' counterparts at
 * home, fallback locations, copy holders) points at these items, so a name is typed once.
 */
export const peopleSection = defineList(
  'people',
  z.object({
    name: field.text({ required: true }),
    function: field.text(),
    department: field.text(),
    email: field.email(),
    workPhone: field.phone(),
    mobilePhone: field.phone(),
    /** Only with the person's consent, and never in exports meant for wide distribution. */
    privatePhone: field.phone({ private: true }),
    privateConsent: field.boolean(),
    lastVerified: field.date(),
    /** What else there is to know, and what an import could not place in a field ("Soort: Beamer"). */
    notes: field.longText(),
  }),
  { titleField: 'name' },
);

export type Person = z.infer<typeof peopleSection.schema>;
