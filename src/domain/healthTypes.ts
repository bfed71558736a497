import type { PlanSnapshot } from './rules/snapshot';
import type { WarningParams, WarningPlace } from './rules/warnings';
import type { StepId } from './steps';

export type { PlanSnapshot };

export type Severity = 'high' | 'medium' | 'low';

/**
 * One thing in the plan that needs attention: the one shape every rule reports and every screen,
 * export and the command line show. `code` names the kind of finding (findings of one code are
 * grouped); `message` is its catalogue key, translated with `params`; `step`, `section`, `itemId`
 * and `field` say where the coordinator fixes it. `itemTitle` and `row` are filled in by the
 * health overview: `row` is the item's 1-based place in its list,
 * so an item without a name can still be named ("risk without a name, row 3").
 */
export interface Finding extends Partial<WarningPlace> {
  code: string;
  message: string;
  severity: Severity;
  step: StepId;
  params: WarningParams;
  row?: number;
  /** The item's name as its list shows it ('' when it has none). */
  itemTitle?: string;
  /**
   * The tightest RTO (hours) of the services this finding puts at risk, when it endangers any:
   * findings about time-critical services are listed first.
   */
  endangersRto?: number;
}

export interface HealthContext {
  /** Today's date as `YYYY-MM-DD`, passed in so rules stay pure. */
  today: string;
}

export type HealthRule = (plan: PlanSnapshot, context: HealthContext) => Finding[];
