import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

export const CHECK_OUTCOMES = ['passed', 'failed'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

/**
 * The validation checks recorded in an exercise entered by hand on the tests step (an activation
 * records its own in its log): which check, passed or failed, the result actually found, and when.
 */
export const exerciseChecksSection = defineList(
  'exerciseChecks',
  z.object({
    exercise: field.ref('exercises', { required: true }),
    check: field.ref('playbookChecks', { required: true }),
    outcome: field.choice('activationOutcome', CHECK_OUTCOMES, { required: true }),
    actual: field.longText(),
    checkedOn: field.date(),
  }),
  { titleField: 'check' },
);

export type ExerciseCheck = z.infer<typeof exerciseChecksSection.schema>;
