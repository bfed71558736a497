import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanSummary } from '../../src/ipc/contract';
import type { Bridge } from '../../src/renderer/api';
import { writeExamplePlan } from '../../src/storage/examplePlan';
import { EXAMPLES_DIRECTORY, handlerHarness } from './handlerHarness';
import { createPlan, withPlan } from './planFiles';

/**
 * The renderer's store against the real handlers and a real plan file in its own folder (the
 * "stick"), as the window uses them: the page's bridge is the handlers' dispatch, so every kept
 * edit is written to SQLite for real. `pull` and `putBack` rename the folder away and back.
 */
export async function storeOnStick(plan: 'one person' | 'example' = 'one person') {
  const harness = handlerHarness();
  const stick = join(harness.dir, 'stick');
  mkdirSync(stick);
  const path = join(stick, 'plan.paraat');
  if (plan === 'example') writeExamplePlan(path, EXAMPLES_DIRECTORY, 'nl').close();
  else {
    createPlan(stick, { fileName: 'plan.paraat' });
    withPlan(path, (document) => document.list('people').add({ name: 'Piet Peeters' }));
  }
  let afterReattach: (() => Promise<unknown>) | null = null;
  const bridge: Bridge = {
    invoke: async (channel, payload) => {
      const answer = await harness.call(channel, payload);
      if (
        channel === 'plan.reattach' &&
        answer.ok &&
        (answer.value as { status: string }).status === 'reattached' &&
        afterReattach
      ) {
        await afterReattach();
        afterReattach = null;
      }
      return answer;
    },
  };
  (globalThis as { window?: unknown }).window = { paraat: bridge };
  const { useStore } = await import('../../src/renderer/store');
  useStore.getState().resetSections();
  useStore.setState({ plan: await harness.ok<PlanSummary>('plan.open', { path }), notice: null });
  return {
    harness,
    path,
    store: useStore,
    pull: () => renameSync(stick, `${stick}-elders`),
    putBack: () => renameSync(`${stick}-elders`, stick),
    /** Something done to the plan by someone else between the file's return and the replay. */
    whenReattached: (work: () => Promise<unknown>) => {
      afterReattach = work;
    },
  };
}
