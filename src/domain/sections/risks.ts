import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

/** The classic threats of the seeds, plus the coordinator's own. Also used as incident types. */
export const THREATS = [
  'power',
  'water',
  'fire',
  'hardware',
  'software',
  'user-error',
  'ransomware',
  'phishing',
  'data-breach',
  'supplier',
  'ddos',
  'internet',
  'theft',
  'other',
] as const;
export type Threat = (typeof THREATS)[number];

/** A 1–5 scale stored as text, so "not rated yet" stays distinguishable from a rating. */
export const SCALE = ['1', '2', '3', '4', '5'] as const;

export const MEASURE_STATUSES = ['planned', 'in-progress', 'done'] as const;

export const risksSection = defineList(
  'risks',
  z.object({
    title: field.text({ required: true }),
    threat: field.choice('threat', THREATS, { required: true }),
    description: field.longText(),
    likelihood: field.choice('riskLikelihood', SCALE, { required: true }),
    impact: field.choice('riskImpact', SCALE, { required: true }),
    services: field.refs('services'),
    systems: field.refs('systems'),
    measures: field.longText({ required: true }),
    measureOwner: field.ref('people'),
    measureStatus: field.choice('measureStatus', MEASURE_STATUSES),
    residualLikelihood: field.choice('riskLikelihood', SCALE),
    residualImpact: field.choice('riskImpact', SCALE),
  }),
  { titleField: 'title' },
);

export type Risk = z.infer<typeof risksSection.schema>;
