import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

export const COPY_FORMS = ['paper', 'usb', 'pdf-private-device', 'other'] as const;
export type CopyForm = (typeof COPY_FORMS)[number];

/** Forms of a copy that can be read when the IT is down (looked up with whatever a draft holds). */
export const OFFLINE_COPY_FORMS: ReadonlySet<string> = new Set(['paper', 'usb'] satisfies CopyForm[]);

/** Who holds an off-line copy of the plan, in which form and which version. */
export const distributionSection = defineList(
  'distribution',
  z.object({
    holder: field.ref('people'),
    /** Someone outside the people directory (an alderman, the supplier's account manager). */
    holderName: field.text(),
    form: field.choice('copyForm', COPY_FORMS),
    versionHeld: field.text(),
    handedOverOn: field.date(),
  }),
  { titleField: 'holder' },
);

export type DistributionCopy = z.infer<typeof distributionSection.schema>;
