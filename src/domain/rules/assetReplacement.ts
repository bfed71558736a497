import type { HealthRule } from '../healthTypes';
import { itemWarning } from './healthWarnings';
import { inheritObjectives } from './restartObjectives';
import { isFilled, recordsOf } from './snapshot';
import { hoursOf, nameOf } from './warnings';

/**
 * The seeds ask for an inventory that shows which assets may have to be replaced. An asset whose
 * replacement takes longer than the RTO it inherits from the services that need it, with nothing
 * foreseen to bridge the wait (no redundancy, no spare), will break that RTO the day it fails.
 */
const replacementSlowerThanRto: HealthRule = (plan) => {
  const systems = recordsOf(plan, 'systems');
  const objectives = inheritObjectives(recordsOf(plan, 'services'), systems);
  return systems.flatMap((system) => {
    const days = hoursOf(system.replacementLeadTimeDays);
    const rto = objectives.get(system.id)?.rto ?? null;
    if (days === null || rto === null || days * 24 <= rto || isFilled(system.redundancy)) return [];
    return [
      itemWarning(
        {
          code: 'replacement-slower-than-rto',
          message: 'servicesInventory.warnings.codes.replacement-slower-than-rto',
          severity: 'medium',
          step: 'inventory',
          section: 'systems',
          field: 'redundancy',
          params: { system: nameOf(system), hours: days * 24, rto },
        },
        system,
      ),
    ];
  });
};

export const assetReplacementRules: readonly HealthRule[] = [replacementSlowerThanRto];
