import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

export const PLAN_KINDS = ['irp', 'bcp', 'cmp', 'drp'] as const;
/** For how many activities recovery stayed within the RTO (the review template's three answers). */
export const RTO_MET = ['none', 'some', 'all'] as const;
export const MANAGEMENT_RESPONSES = ['insufficient', 'partly-by-plan', 'fully-by-plan'] as const;
export const STAFF_PREPAREDNESS = ['unprepared', 'partly', 'fully'] as const;

/** The post-incident review: every element of the incident response template, lessons included. */
export const reviewsSection = defineList(
  'reviews',
  z.object({
    incident: field.ref('incidents', { required: true }),
    reviewedOn: field.date({ required: true }),
    participants: field.text(),
    detection: field.longText({ required: true }),
    assessment: field.longText({ required: true }),
    plansActivated: field.choices('activatedPlan', PLAN_KINDS),
    communication: field.longText({ required: true }),
    rootCause: field.longText({ required: true }),
    prevention: field.longText({ required: true }),
    actualRecoveryHours: field.hours(),
    rtoMet: field.choice('rtoMet', RTO_MET),
    contractChanges: field.longText(),
    managementResponse: field.choice('managementResponse', MANAGEMENT_RESPONSES),
    staffPreparedness: field.choice('staffPreparedness', STAFF_PREPAREDNESS),
    improvements: field.longText({ required: true }),
    improvementsOwner: field.ref('people'),
    improvementsDue: field.date(),
    planUpdated: field.boolean(),
    claims: field.longText(),
  }),
  { titleField: 'incident' },
);

export type Review = z.infer<typeof reviewsSection.schema>;
