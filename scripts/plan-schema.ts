/** Writes docs/plan.schema.json from the section schemas: `npx tsx scripts/plan-schema.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planJsonSchemaText } from '../src/export/planSchema';

const target = fileURLToPath(new URL('../docs/plan.schema.json', import.meta.url));
writeFileSync(target, planJsonSchemaText());
process.stdout.write(`Wrote ${target}\n`);
