import type { PlanJson } from '../../domain/planJson';
import { legacyPlanId } from '../../storage/planIdentity';
import { singletonOf, textOf } from '../planRecords';

/**
 * What names the plan in vCard and iCalendar UIDs, so two plans' items never share a UID while
 * every export of the same plan gives the same ones (a calendar updates its events instead of
 * adding them twice): the plan's own id, which renaming the organisation does not change. Plan
 * JSON without an id (an old issued version) is named as plans were before they had one, by a
 * hash of the organisation's name, which an older plan keeps as its id (src/storage/planIdentity.ts).
 */
export function planKey(plan: PlanJson): string {
  return plan.id ?? legacyPlanId(textOf(singletonOf(plan, 'organisation').name));
}

/** A UID no calendar or address book confuses with another plan's: `paraat-<what>-<item id>-<plan key>@paraat`. */
export function stableUid(plan: PlanJson, what: string, itemId: string): string {
  const id = itemId.replace(/[^A-Za-z0-9._-]/g, '_');
  return `paraat-${what}-${id}-${planKey(plan)}@paraat`;
}
