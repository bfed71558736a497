import type { PlanSnapshot } from './rules/snapshot';
import type { WarningParams, WarningPlace } from './rules/warnings';
import type { StepId } from './steps';

export type { PlanSnapshot };

export type Severity = 'high' | 'medium' | 'low';

/**
 * One thing in the plan that needs attention. `message` is a catalogue key (translated with
 * `params`); step, section, item and field say where the coordinator fixes it.
 */
export interface HealthWarning extends Partial<WarningPlace> {
  /** Stable id of the rule, for tests and for telling warnings apart. */
  rule: string;
  message: string;
  severity: Severity;
  step: StepId;
  params: WarningParams;
}

export interface HealthContext {
  /** Today's date as `YYYY-MM-DD`, passed in so rules stay pure. */
  today: string;
}

export type HealthRule = (plan: PlanSnapshot, context: HealthContext) => HealthWarning[];
