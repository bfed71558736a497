import { checkBackups } from './backupChecks';
import { checkServices, checkSystems } from './inventoryChecks';
import { type RestartPlan, planRestart } from './restartOrder';
import type { LooseItem, PlanWarning } from './warnings';

export interface ContinuityInput {
  services: readonly LooseItem[];
  systems: readonly LooseItem[];
  backups: readonly LooseItem[];
  /** `YYYY-MM-DD`; restore tests are judged against it. */
  today: string;
}

export interface ContinuityAnalysis {
  restart: RestartPlan;
  warnings: PlanWarning[];
}

/** Everything the services, inventory, priorities and backups steps derive, in one pass. */
export function analyseContinuity({ services, systems, backups, today }: ContinuityInput): ContinuityAnalysis {
  const restart = planRestart(services, systems, backups);
  const objectives = new Map(restart.order.map((entry) => [entry.systemId, entry.inherited]));
  return {
    restart,
    warnings: [
      ...checkServices(services),
      ...restart.warnings,
      ...checkSystems(systems),
      ...checkBackups(systems, backups, objectives, today),
    ],
  };
}
