import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

export const ROLE_PLANS = ['continuity', 'incident', 'crisis', 'recovery', 'helpdesk', 'other'] as const;
export type RolePlan = (typeof ROLE_PLANS)[number];

/** A role in the plan, always with a main contact and a deputy (illness, holiday, departure). */
export const rolesSection = defineList(
  'roles',
  z.object({
    name: field.text({ required: true }),
    plan: field.choice('rolePlan', ROLE_PLANS),
    duties: field.longText(),
    main: field.ref('people', { required: true }),
    deputy: field.ref('people'),
  }),
  { titleField: 'name' },
);

export type Role = z.infer<typeof rolesSection.schema>;
