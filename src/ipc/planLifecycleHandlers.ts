import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCountry, wordingRegion } from '../domain/organisationKinds';
import { defaultNotificationDuties } from '../domain/templates/notificationDuties';
import { defaultRoles } from '../domain/templates/roles';
import { savePlanCopy } from '../storage/copy';
import { writeExamplePlan } from '../storage/examplePlan';
import { PLAN_EXTENSION } from '../storage/fileFormat';
import { PlanDocument } from '../storage/planDocument';
import { createPlanFile } from '../storage/planFile';
import { fillFromJson } from '../storage/planJson';
import type { HandlerDeps, Handlers } from './handlerTypes';
import { planFileName, suggestedFileName } from './planNaming';
import type { WindowPlans } from './windowPlans';

/** Creating, opening, closing and copying a window's plan. */
export function planLifecycleHandlers(
  plans: WindowPlans,
  deps: Pick<HandlerDeps, 'dialogs' | 'examplesDirectory' | 'scratchDirectory'>,
) {
  return {
    'plan.create': async ({ name, kind, language }, context) => {
      const path = await deps.dialogs.chooseNewPlanPath(planFileName(name));
      if (!path) return null;
      plans.assertNotOpenElsewhere(path, context);
      if (plans.hasOpen(context, path)) plans.close(context);
      const file = createPlanFile(path, (db) =>
        fillFromJson(db, {
          format: 'paraat-plan',
          formatVersion: 1,
          language,
          sections: {
            organisation: { name, kind, country: defaultCountry(kind) },
            roles: defaultRoles(kind, language),
            notificationDuties: defaultNotificationDuties(wordingRegion(kind, defaultCountry(kind)), language),
          },
        }),
      );
      return plans.adopt(context, new PlanDocument(file), false);
    },
    'plan.open': async ({ path }, context) => {
      const chosen = path ?? (await deps.dialogs.chooseExistingPlan());
      if (!chosen) return null;
      return plans.openAt(chosen, context);
    },
    'plan.openExample': ({ language }, context) => {
      mkdirSync(deps.scratchDirectory, { recursive: true });
      const path = join(deps.scratchDirectory, `${context.windowKey}-example.${language}.${PLAN_EXTENSION}`);
      plans.close(context);
      return plans.adopt(context, writeExamplePlan(path, deps.examplesDirectory, language), true);
    },
    'plan.current': (_payload, context) => {
      const plan = plans.find(context);
      return plan ? plans.summarise(plan) : null;
    },
    'plan.close': (_payload, context) => {
      plans.close(context);
      return null;
    },
    'plan.saveCopy': async (_payload, context) => {
      const { document } = plans.current(context);
      const target = await deps.dialogs.chooseCopyPath(suggestedFileName(document));
      if (!target) return null;
      savePlanCopy(document.db, document.file.path, target);
      return { path: target };
    },
  } satisfies Partial<Handlers>;
}
