import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

/**
 * The checks that show a playbook's recovery worked (NIST SP 800-34's validation testing of data
 * and functionality): what to check and what a good result looks like. An activation or exercise
 * records the actual result of each; a check that failed is followed up until one passes.
 */
export const playbookChecksSection = defineList(
  'playbookChecks',
  z.object({
    scenario: field.ref('scenarios', { required: true }),
    check: field.text({ required: true }),
    expected: field.longText({ required: true }),
    role: field.ref('roles'),
  }),
  { titleField: 'check' },
);

export type PlaybookCheck = z.infer<typeof playbookChecksSection.schema>;
