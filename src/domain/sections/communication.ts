import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

export const AUDIENCES = ['staff', 'residents', 'customers', 'suppliers', 'press', 'supervisors', 'dpa'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const CHANNELS = [
  'email',
  'phone',
  'sms',
  'messaging',
  'website',
  'social',
  'intranet',
  'noticeboard',
  'letter',
  'in-person',
  'radio',
  'press-release',
] as const;

export const communicationSection = defineList(
  'communication',
  z.object({
    audience: field.choice('audience', AUDIENCES, { required: true }),
    when: field.longText({ required: true }),
    spokesperson: field.ref('people', { required: true }),
    channels: field.choices('commChannel', CHANNELS),
    fallbackChannels: field.choices('commChannel', CHANNELS),
    template: field.longText(),
    notes: field.longText(),
  }),
  { titleField: 'audience' },
);

export type Communication = z.infer<typeof communicationSection.schema>;
