import { checkBackups } from './backupChecks';
import { checkServices, checkSystems } from './inventoryChecks';
import { type BackupItem, type RestartPlan, type SupplierItem, planRestart } from './restartOrder';
import type { ServiceItem, SystemItem } from './restartObjectives';
import { checkVersionLevels } from './versionLevels';
import type { PlanWarning } from './warnings';

export interface ContinuityInput {
  services: readonly ServiceItem[];
  systems: readonly SystemItem[];
  backups: readonly BackupItem[];
  /** Whose SLA recovery times the estimates read; without them no SLA is known. */
  suppliers?: readonly SupplierItem[];
  /** `YYYY-MM-DD`; restore tests are judged against it. */
  today: string;
}

export interface ContinuityAnalysis {
  restart: RestartPlan;
  warnings: PlanWarning[];
}

/** Everything the services, inventory, priorities and backups steps derive, in one pass. */
export function analyseContinuity({
  services,
  systems,
  backups,
  suppliers = [],
  today,
}: ContinuityInput): ContinuityAnalysis {
  const restart = planRestart(services, systems, backups, suppliers);
  const objectives = new Map(restart.order.map((entry) => [entry.systemId, entry.inherited]));
  return {
    restart,
    warnings: [
      ...checkServices(services),
      ...restart.warnings,
      ...checkSystems(systems),
      ...checkBackups(systems, backups, objectives, today),
      ...checkVersionLevels(systems, objectives),
    ],
  };
}
