import { z } from 'zod';
import { field } from '../fields';
import { defineList, defineSingleton } from '../section';

/** The incident levels of the seeds: weak signal, minor, major, crisis. */
export const INCIDENT_LEVELS = ['weak', 'minor', 'major', 'crisis'] as const;
export type IncidentLevel = (typeof INCIDENT_LEVELS)[number];

export const alarmSection = defineSingleton(
  'alarm',
  z.object({
    reporting: field.longText({ required: true }),
    classifiedBy: field.ref('roles'),
    weakCriteria: field.longText({ required: true }),
    weakTriggers: field.longText(),
    minorCriteria: field.longText({ required: true }),
    minorTriggers: field.longText(),
    majorCriteria: field.longText({ required: true }),
    majorTriggers: field.longText(),
    crisisCriteria: field.longText({ required: true }),
    crisisTriggers: field.longText(),
    escalationRule: field.longText({ required: true }),
    howManagersInform: field.longText({ required: true }),
  }),
);

/**
 * Who is called, in list order. Each entry names a role; the call tree shows the role's main
 * contact and then the deputy, so the tree still works during holidays and illness.
 */
export const callTreeSection = defineList(
  'callTree',
  z.object({
    label: field.text({ required: true }),
    role: field.ref('roles', { required: true }),
    fromLevel: field.choice('incidentLevel', INCIDENT_LEVELS),
    notes: field.longText(),
  }),
  { titleField: 'label' },
);

export type Alarm = z.infer<typeof alarmSection.schema>;
export type CallTreeEntry = z.infer<typeof callTreeSection.schema>;
