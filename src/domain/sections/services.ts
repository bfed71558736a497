import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

/**
 * How bad an outage of a service is after a given time; the basis for choosing RTO and RPO.
 * 'critical' reads "unacceptable": from that moment on the outage may not last.
 */
export const IMPACT_LEVELS = ['none', 'low', 'medium', 'high', 'critical'] as const;
export const DEPENDENT_GROUPS = ['residents', 'customers', 'staff', 'partners'] as const;

const impactAt = () => field.choice('impactLevel', IMPACT_LEVELS);

export const servicesSection = defineList(
  'services',
  z.object({
    name: field.text({ required: true }),
    owner: field.ref('people', { required: true }),
    dependents: field.choices('dependentGroup', DEPENDENT_GROUPS),
    peakPeriods: field.text(),
    // The impact analysis: per category the impact after 1 hour, 4 hours, 1 day, 3 days and 1 week
    // (rules/impactAnalysis.ts reads them as a grid). The service row keeps the names the single row
    // of impacts had before the categories, so plans written then read on unchanged.
    impact1h: impactAt(),
    impact4h: impactAt(),
    impact1d: impactAt(),
    impact3d: impactAt(),
    impact1w: impactAt(),
    financialImpact1h: impactAt(),
    financialImpact4h: impactAt(),
    financialImpact1d: impactAt(),
    financialImpact3d: impactAt(),
    financialImpact1w: impactAt(),
    legalImpact1h: impactAt(),
    legalImpact4h: impactAt(),
    legalImpact1d: impactAt(),
    legalImpact3d: impactAt(),
    legalImpact1w: impactAt(),
    reputationImpact1h: impactAt(),
    reputationImpact4h: impactAt(),
    reputationImpact1d: impactAt(),
    reputationImpact3d: impactAt(),
    reputationImpact1w: impactAt(),
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
