import { createHash } from 'node:crypto';
import type { PlanJson } from '../../domain/planJson';
import type { Organisation } from '../../domain/sections/organisation';
import { singletonOf, textOf } from './planRecords';

/**
 * A short key naming the plan in vCard and iCalendar UIDs, so two plans' items never share a UID
 * while every export of the same plan gives the same ones (a calendar updates its events instead
 * of adding them twice). The organisation's name is the one identity a plan file carries; renaming
 * the organisation starts new UIDs.
 */
export function planKey(plan: PlanJson): string {
  const name = textOf(singletonOf<Organisation>(plan, 'organisation').name).toLowerCase();
  return createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 12);
}

/** A UID no calendar or address book confuses with another plan's: `paraat-<what>-<item id>-<plan key>@paraat`. */
export function stableUid(plan: PlanJson, what: string, itemId: string): string {
  const id = itemId.replace(/[^A-Za-z0-9._-]/g, '_');
  return `paraat-${what}-${id}-${planKey(plan)}@paraat`;
}
