import { z } from 'zod';
import { PLAN_LANGUAGES } from './organisationKinds';
import { PICTURE_LIMITS, pictureJsonSchema } from './pictures';

/**
 * A whole plan as JSON: the example plan, `paraat export --json`, `paraat import`. Sections are
 * keyed by section key; a singleton is an object, a list an array of items with their ids.
 */
export const planJsonSchema = z.object({
  format: z.literal('paraat-plan'),
  formatVersion: z.literal(1),
  /** The plan's own id: it names the plan in the UIDs of its contacts and calendar exports. */
  id: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/)
    .optional(),
  language: z.enum(PLAN_LANGUAGES),
  sections: z.record(
    z.string(),
    z.union([
      z.record(z.string(), z.unknown()),
      z.array(z.record(z.string(), z.unknown()).and(z.object({ id: z.string().min(1).max(64) }))),
    ]),
  ),
  /** The plan's pictures (a network diagram) with their bytes as base64; each is checked again when stored. */
  pictures: z.array(pictureJsonSchema).max(PICTURE_LIMITS.count).optional(),
});

export type PlanJson = z.infer<typeof planJsonSchema>;
