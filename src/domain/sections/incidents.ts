import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';
import { INCIDENT_LEVELS } from './alarm';
import { THREATS } from './risks';

export const INCIDENT_STATUSES = ['open', 'closed'] as const;

/**
 * The incident log ("logboek"), written during an incident, possibly on a laptop without network.
 * Times are free text ("09:40") so a hurried note is never refused.
 */
export const incidentsSection = defineList(
  'incidents',
  z.object({
    number: field.integer({ required: true, max: 1_000_000 }),
    title: field.text({ required: true }),
    occurredOn: field.date({ required: true }),
    occurredAt: field.text(),
    type: field.choice('threat', THREATS, { required: true }),
    level: field.choice('incidentLevel', INCIDENT_LEVELS, { required: true }),
    status: field.choice('incidentStatus', INCIDENT_STATUSES, { initial: 'open' }),
    description: field.longText({ required: true }),
    manager: field.ref('people'),
    team: field.text(),
    impact: field.longText(),
    customerImpact: field.boolean(),
    personalData: field.boolean(),
    affectedServices: field.refs('services'),
    affectedActivities: field.longText(),
    durationHours: field.hours(),
    resources: field.longText(),
    actions: field.longText(),
    resolvedOn: field.date(),
    resolvedAt: field.text(),
  }),
  { titleField: 'title' },
);

export type Incident = z.infer<typeof incidentsSection.schema>;
