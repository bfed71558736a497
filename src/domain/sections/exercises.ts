import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

export const EXERCISE_TYPES = ['tabletop', 'walkthrough', 'restore', 'fallback-location', 'full'] as const;

/** The test and maintenance schedule: planned exercises, what they showed, and what follows. */
export const exercisesSection = defineList(
  'exercises',
  z.object({
    title: field.text({ required: true }),
    type: field.choice('exerciseType', EXERCISE_TYPES, { required: true }),
    plannedOn: field.date({ required: true }),
    doneOn: field.date(),
    scope: field.longText(),
    scenarios: field.refs('scenarios'),
    participants: field.longText(),
    results: field.longText(),
    findings: field.longText(),
    followUp: field.longText(),
    followUpOwner: field.ref('people'),
    followUpDue: field.date(),
    followUpDone: field.boolean(),
  }),
  { titleField: 'title' },
);

export type Exercise = z.infer<typeof exercisesSection.schema>;
