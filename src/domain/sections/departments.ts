import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

/** Internal departments, what they must keep doing in an emergency, and whom to call there. */
export const departmentsSection = defineList(
  'departments',
  z.object({
    name: field.text({ required: true }),
    essentialActivities: field.longText(),
    contact: field.ref('people'),
    /** The seeds' second contact per department, for illness, holiday or departure. */
    deputy: field.ref('people'),
    /** The seeds ask for recovery plans for all departments: which services each one relies on. */
    services: field.refs('services'),
  }),
  { titleField: 'name' },
);

export type Department = z.infer<typeof departmentsSection.schema>;
