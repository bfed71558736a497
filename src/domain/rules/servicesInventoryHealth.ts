import type { HealthRule, Severity } from '../healthTypes';
import type { StepId } from '../steps';
import { analyseContinuity } from './continuity';
import { findingWarning } from './healthWarnings';
import { recordsOf } from './snapshot';
import type { PlanWarning } from './warnings';

/** How much each continuity warning weighs on the plan's health. */
const SEVERITY: Record<string, Severity> = {
  'rto-exceeds-mtpd': 'medium',
  'rto-beyond-unacceptable-impact': 'medium',
  'credentials-look-like-password': 'high',
  'dependency-cycle': 'medium',
  'tier-override-without-reason': 'low',
  'tier-after-dependent': 'low',
  'rto-not-met': 'high',
  'recovery-time-unknown': 'medium',
  'backup-interval-exceeds-rpo': 'high',
  'backup-no-offsite-copy': 'high',
  'restore-never-tested': 'medium',
  'restore-test-outdated': 'medium',
  'restore-slower-than-rto': 'medium',
  'critical-system-without-backup': 'high',
  'critical-system-without-version': 'low',
};

/** The step where the coordinator fixes a warning: where its field is edited. */
function stepOf(warning: PlanWarning): StepId {
  if (warning.code === 'critical-system-without-backup') return 'backups';
  if (warning.section === 'services') return 'services';
  if (warning.section === 'backups') return 'backups';
  return warning.field.startsWith('tierOverride') ? 'priorities' : 'inventory';
}

/** The restart-order and backup checks, for the plan health overview. */
const continuityWarnings: HealthRule = (plan, { today }) =>
  analyseContinuity({
    services: recordsOf(plan, 'services'),
    systems: recordsOf(plan, 'systems'),
    backups: recordsOf(plan, 'backups'),
    suppliers: recordsOf(plan, 'suppliers'),
    today,
  }).warnings.map((warning) =>
    findingWarning(warning, {
      message: `servicesInventory.warnings.codes.${warning.code}`,
      severity: SEVERITY[warning.code] ?? 'medium',
      step: stepOf(warning),
    }),
  );

export const servicesInventoryRules: readonly HealthRule[] = [continuityWarnings];
