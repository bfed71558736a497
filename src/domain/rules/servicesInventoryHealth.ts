import type { HealthRule, Severity } from '../healthTypes';
import type { StepId } from '../steps';
import { analyseContinuity } from './continuity';
import { itemsOf } from './snapshot';

/** Where each continuity warning is shown and how much it weighs on the plan's health. */
const PLACEMENT: Record<string, { step: StepId; severity: Severity }> = {
  'rto-exceeds-mtpd': { step: 'services', severity: 'medium' },
  'credentials-look-like-password': { step: 'inventory', severity: 'high' },
  'dependency-cycle': { step: 'priorities', severity: 'medium' },
  'tier-override-without-reason': { step: 'priorities', severity: 'low' },
  'tier-after-dependent': { step: 'priorities', severity: 'low' },
  'rto-not-met': { step: 'priorities', severity: 'high' },
  'backup-interval-exceeds-rpo': { step: 'backups', severity: 'high' },
  'backup-no-offsite-copy': { step: 'backups', severity: 'high' },
  'restore-never-tested': { step: 'backups', severity: 'medium' },
  'restore-test-outdated': { step: 'backups', severity: 'medium' },
  'restore-slower-than-rto': { step: 'backups', severity: 'medium' },
  'critical-system-without-backup': { step: 'backups', severity: 'high' },
};

/** The restart-order and backup checks, for the plan health overview. */
const continuityWarnings: HealthRule = (plan, { today }) =>
  analyseContinuity({ services: itemsOf(plan, 'services'), systems: itemsOf(plan, 'systems'), backups: itemsOf(plan, 'backups'), today }).warnings.map((warning) => {
    const placement = PLACEMENT[warning.code] ?? { step: 'priorities', severity: 'medium' };
    return {
      rule: warning.code,
      message: `servicesInventory.warnings.codes.${warning.code}`,
      severity: placement.severity,
      step: placement.step,
      section: warning.target.section,
      itemId: warning.target.id,
      field: warning.target.field,
      params: warning.params,
    };
  });

export const servicesInventoryRules: readonly HealthRule[] = [continuityWarnings];
