import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

/** How bad an outage of a service is after a given time; the basis for choosing RTO and RPO. */
export const IMPACT_LEVELS = ['none', 'low', 'medium', 'high', 'critical'] as const;
export const DEPENDENT_GROUPS = ['residents', 'customers', 'staff', 'partners'] as const;

export const servicesSection = defineList(
  'services',
  z.object({
    name: field.text({ required: true }),
    owner: field.ref('people', { required: true }),
    dependents: field.choices('dependentGroup', DEPENDENT_GROUPS),
    impact4h: field.choice('impactLevel', IMPACT_LEVELS),
    impact1d: field.choice('impactLevel', IMPACT_LEVELS),
    impact3d: field.choice('impactLevel', IMPACT_LEVELS),
    impact1w: field.choice('impactLevel', IMPACT_LEVELS),
    rtoHours: field.hours({ required: true }),
    rpoHours: field.hours({ required: true }),
    mtpdHours: field.hours(),
    continuous: field.boolean(),
    workaround: field.longText(),
    recoverySteps: field.longText(),
    recoveryNeeds: field.longText(),
    recoveryBy: field.ref('people'),
    fullyRecoveredWhen: field.longText(),
    systems: field.refs('systems'),
  }),
  { titleField: 'name' },
);

export type Service = z.infer<typeof servicesSection.schema>;
