import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

export const ROLE_PLANS = ['continuity', 'incident', 'crisis', 'recovery', 'helpdesk', 'other'] as const;
export type RolePlan = (typeof ROLE_PLANS)[number];

/** What a role may decide on its own during an incident, whoever holds it at the time. */
export const ROLE_AUTHORITIES = [
  'activate',
  'stand-down',
  'spend',
  'supplier-orders',
  'external-communication',
  'notify-authorities',
] as const;
export type RoleAuthority = (typeof ROLE_AUTHORITIES)[number];

/**
 * A role in the plan, always with a main contact and a deputy (illness, holiday, departure), and
 * beyond them a line of succession for when both are out (NIST SP 800-34's orders of succession,
 * ISO 22301 §8.4.2's alternates). The authority delegated to the role goes with it to whoever holds
 * it in that order, within its limits, and lapses when the main contact or deputy is back.
 */
export const rolesSection = defineList(
  'roles',
  z.object({
    name: field.text({ required: true }),
    plan: field.choice('rolePlan', ROLE_PLANS),
    duties: field.longText(),
    main: field.ref('people', { required: true }),
    deputy: field.ref('people'),
    successor: field.ref('people'),
    secondSuccessor: field.ref('people'),
    successionWhen: field.text(),
    authority: field.choices('roleAuthority', ROLE_AUTHORITIES),
    spendLimit: field.integer({ max: 1_000_000_000 }),
    authorityLimits: field.longText(),
  }),
  { titleField: 'name' },
);

export type Role = z.infer<typeof rolesSection.schema>;
