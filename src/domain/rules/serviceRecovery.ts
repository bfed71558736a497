import type { HealthRule } from '../healthTypes';
import { CRITICAL_RTO_HOURS } from './backupChecks';
import { itemWarnings } from './healthWarnings';
import type { PlanItem } from '../section';
import type { Service } from '../sections/services';
import { isFilled } from './snapshot';
import { hoursOf, nameOf } from './warnings';

/**
 * The seeds' implementation steps ask, per time-critical service, which steps bring it back, who
 * carries them out, and when full recovery is reached. An RTO without those is a target with no
 * way to meet it. Only services that must be back within a day are asked; the rest can wait for
 * the coordinator's next round.
 */
const message = (code: string) => `servicesInventory.warnings.codes.${code}`;
const named = (item: PlanItem<Service>) => ({ service: nameOf(item) });

const isCritical = (service: PlanItem<Service>) => {
  const rto = hoursOf(service.rtoHours);
  return rto !== null && rto <= CRITICAL_RTO_HOURS;
};

const withoutSteps: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'critical-service-without-recovery-steps',
      message: message('critical-service-without-recovery-steps'),
      severity: 'medium',
      step: 'services',
      section: 'services',
      field: 'recoverySteps',
      params: named,
    },
    (service) => isCritical(service) && !isFilled(service.recoverySteps),
  );

const withoutLead: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'critical-service-without-recovery-lead',
      message: message('critical-service-without-recovery-lead'),
      severity: 'low',
      step: 'services',
      section: 'services',
      field: 'recoveryBy',
      params: named,
    },
    (service) => isCritical(service) && !isFilled(service.recoveryBy),
  );

const withoutEndPoint: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'critical-service-without-full-recovery',
      message: message('critical-service-without-full-recovery'),
      severity: 'low',
      step: 'services',
      section: 'services',
      field: 'fullyRecoveredWhen',
      params: named,
    },
    (service) => isCritical(service) && !isFilled(service.fullyRecoveredWhen),
  );

export const serviceRecoveryRules: readonly HealthRule[] = [withoutSteps, withoutLead, withoutEndPoint];
