import { z } from 'zod';
import { SECTIONS } from '../domain/plan';
import { planJsonSchema } from '../domain/planJson';

/**
 * The JSON Schema of a whole plan as `paraat export --json` writes it and `paraat import` reads it,
 * made from the same section schemas the app stores, so it cannot describe another plan than Paraat's.
 */
export function planJsonSchemaDocument(): Record<string, unknown> {
  const sections = z.strictObject(
    Object.fromEntries(
      SECTIONS.map((section) => [
        section.key,
        (section.kind === 'singleton'
          ? section.schema
          : z.array(section.schema.extend({ id: z.string().min(1).max(64) }))
        ).optional(),
      ]),
    ),
  );
  const plan = planJsonSchema.extend({ sections });
  return {
    title: 'Paraat plan',
    description:
      'A whole IT continuity plan as JSON (paraat export --json, paraat import). Generated from the section schemas by scripts/plan-schema.ts.',
    ...z.toJSONSchema(plan, { io: 'input', unrepresentable: 'any' }),
  };
}

export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchemaDocument(), null, 2)}\n`;
}
