import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

export const TRAINING_KINDS = ['briefing', 'awareness', 'exercise', 'course'] as const;

/**
 * Training and awareness (ISO 22301 §7.2–7.3, the Cyberbeveiligingswet's training duty for the
 * board): who was briefed on what, when, and when it is due again. A role's main contact and
 * deputy must know the plan before the day they need it.
 */
export const trainingsSection = defineList(
  'trainings',
  z.object({
    topic: field.text({ required: true }),
    kind: field.choice('trainingKind', TRAINING_KINDS),
    heldOn: field.date({ required: true }),
    people: field.refs('people'),
    audience: field.longText(),
    givenBy: field.text(),
    nextDue: field.date(),
    notes: field.longText(),
  }),
  { titleField: 'topic' },
);

export type Training = z.infer<typeof trainingsSection.schema>;
