import { join } from 'node:path';
import { handlerHarness } from './handlerHarness';

/** A new Flemish municipality plan, created and opened through the handlers as the start screen does. */
export async function newPlan() {
  const harness = handlerHarness();
  const path = join(harness.dir, 'plan.paraat');
  harness.dialogs.answers.newPlanPath = path;
  await harness.ok('plan.create', { name: 'Lokaal bestuur Testdorp', kind: 'municipality-flanders', language: 'nl' });
  return { harness, path };
}
