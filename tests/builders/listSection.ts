import { z } from 'zod';
import { field } from '../../src/domain/fields';
import { defineList } from '../../src/domain/section';

/**
 * A list section for exercising list storage while the real plan has no list sections yet; it is
 * declared with the same field helpers the real sections use.
 */
export const contactsSection = defineList(
  'contacts',
  z.object({
    name: field.text({ required: true }),
    phone: field.phone({ private: true }),
    onCall: field.boolean(),
  }),
  { titleField: 'name' },
);
