import { peoplePlacesRules } from './rules/peoplePlacesHealth';
import { stepStatus, type StepStatus } from './completeness';
import type { HealthContext, HealthRule, HealthWarning, PlanSnapshot, Severity } from './healthTypes';
import { STEPS, findSection } from './plan';
import { assetReplacementRules } from './rules/assetReplacement';
import { auditFindingRules } from './rules/auditFindings';
import { backupPolicyRules } from './rules/backupPolicy';
import { departmentContactRules } from './rules/departmentContacts';
import { notificationDutyRules } from './rules/notificationDuties';
import { supplierSlaRules } from './rules/supplierSla';
import { risksIncidentsRules } from './rules/risksIncidentsHealth';
import { serviceRecoveryRules } from './rules/serviceRecovery';
import { servicesInventoryRules } from './rules/servicesInventoryHealth';
import type { StepId } from './steps';

export type { HealthContext, HealthRule, HealthWarning, PlanSnapshot, Severity };

/**
 * Every rule the plan health overview runs. An area adds its own rules by importing its rule list
 * here and spreading it in; a rule reads the snapshot and must cope with sections that are absent.
 */
export const HEALTH_RULES: readonly HealthRule[] = [
  ...auditFindingRules,
  ...peoplePlacesRules,
  ...risksIncidentsRules,
  ...servicesInventoryRules,
  ...backupPolicyRules,
  ...departmentContactRules,
  ...supplierSlaRules,
  ...serviceRecoveryRules,
  ...assetReplacementRules,
  ...notificationDutyRules,
];

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** All warnings for the plan, the most serious first, then in wizard order. */
export function collectWarnings(
  plan: PlanSnapshot,
  context: HealthContext,
  rules: readonly HealthRule[] = HEALTH_RULES,
): HealthWarning[] {
  const order = new Map(STEPS.map((s, index) => [s.id, index]));
  const stepOrder = (step: StepId) => order.get(step) ?? -1;
  return rules
    .flatMap((rule) => rule(plan, context))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || stepOrder(a.step) - stepOrder(b.step));
}

export interface StepHealth {
  step: StepId;
  status: StepStatus;
  warnings: number;
}

export interface PlanHealth {
  /** 0–100: what a coordinator can show management. */
  score: number;
  /** 0–100: the share of the wizard's steps that are filled in (partly filled counts half). */
  completeness: number;
  steps: StepHealth[];
  warnings: HealthWarning[];
}

/** Steps where nothing entered is a good sign, not a gap: a plan without incidents is not incomplete. */
const EMPTY_IS_FINE: ReadonlySet<StepId> = new Set(['incidents']);

const SEVERITY_POINTS: Record<Severity, number> = { high: 10, medium: 4, low: 1 };

/**
 * What the warnings cost the score. A problem counts once at its severity, each further instance
 * of the same problem a fifth of that (at most five more): eight pre-filled roles still without
 * people are one problem to fix, and a plan with many flags keeps rising as each is resolved.
 */
function warningPenalty(warnings: readonly HealthWarning[]): number {
  const byRule = new Map<string, { points: number; count: number }>();
  for (const warning of warnings) {
    const entry = byRule.get(warning.rule) ?? { points: 0, count: 0 };
    entry.points = Math.max(entry.points, SEVERITY_POINTS[warning.severity]);
    entry.count += 1;
    byRule.set(warning.rule, entry);
  }
  return [...byRule.values()].reduce((sum, { points, count }) => sum + points * (1 + 0.2 * Math.min(count - 1, 5)), 0);
}

/**
 * The score weighs completeness (60%) and the warnings (40%: 100 minus the penalty above, never
 * below 0). Steps without sections of their own (derived
 * or not built in this version) do not count toward completeness, nor does an empty incident log.
 */
export function planHealth(
  plan: PlanSnapshot,
  context: HealthContext,
  rules: readonly HealthRule[] = HEALTH_RULES,
): PlanHealth {
  const warnings = collectWarnings(plan, context, rules);
  const steps = STEPS.map((step) => ({
    step: step.id,
    status: stepStatus(
      step,
      step.sections.flatMap((key) => {
        const section = findSection(key);
        return section ? [{ section, records: [...(plan[key] ?? [])] }] : [];
      }),
    ),
    warnings: warnings.filter((w) => w.step === step.id).length,
  }));
  const counted = STEPS.filter((step) => !step.derived && step.sections.length > 0)
    .map((step) => steps.find((s) => s.step === step.id)!)
    .filter((s) => !(EMPTY_IS_FINE.has(s.step) && s.status === 'empty'));
  const filled = counted.reduce((sum, s) => sum + (s.status === 'complete' ? 1 : s.status === 'partial' ? 0.5 : 0), 0);
  const completeness = counted.length ? Math.round((100 * filled) / counted.length) : 0;
  const penalty = warningPenalty(warnings);
  const score = Math.round(0.6 * completeness + 0.4 * Math.max(0, 100 - penalty));
  return { score, completeness, steps, warnings };
}

/** A date as `YYYY-MM-DD` in the computer's own time zone (the coordinator's "today"). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
