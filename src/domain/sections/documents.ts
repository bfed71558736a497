import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

export const DOCUMENT_KINDS = ['plan', 'procedure', 'contract', 'insurance', 'diagram', 'policy', 'other'] as const;

/**
 * The documents the plan leans on (the Flemish BCP template's annex of related documents, ISO
 * 22301 §7.5): where the original is, and where a paper and an off-line copy can be found when the
 * network is down, including a copy at each fallback location.
 */
export const documentsSection = defineList(
  'documents',
  z.object({
    title: field.text({ required: true }),
    kind: field.choice('documentKind', DOCUMENT_KINDS),
    original: field.text(),
    owner: field.ref('people'),
    paperCopy: field.longText(),
    offlineCopy: field.longText(),
    copyLocations: field.refs('locations'),
    notes: field.longText(),
  }),
  { titleField: 'title' },
);

export type RelatedDocument = z.infer<typeof documentsSection.schema>;
