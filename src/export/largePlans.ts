import { analyseContinuity } from '../domain/rules/continuity';
import type { LooseItem } from '../domain/rules/warnings';
import type { RenderContext } from './renderers';
import { todayIso } from './values';

/**
 * A list longer than this prints in detail only what a reader needs in a crisis; every item is
 * still in the list's register table. A small organisation's plan prints every detail.
 */
export const DETAILED_LIST_LIMIT = 60;

/** Incidents this recent (or still open) are printed in detail in a long log. */
const RECENT_INCIDENT_DAYS = 90;

type Item = Record<string, unknown>;

function listOf(context: RenderContext, key: string): LooseItem[] {
  const content = context.plan.sections[key];
  return Array.isArray(content) ? (content as LooseItem[]) : [];
}

/** Systems in the first restart tier: those to be running again first, within hours. */
function timeCriticalSystems(context: RenderContext): (item: Item) => boolean {
  const analysis = analyseContinuity({
    services: listOf(context, 'services'),
    systems: listOf(context, 'systems'),
    backups: listOf(context, 'backups'),
    suppliers: listOf(context, 'suppliers'),
    today: todayIso(new Date()),
  });
  const critical = new Set(analysis.restart.order.filter((entry) => entry.tier === 1).map((entry) => entry.systemId));
  return (item) => critical.has(String(item.id));
}

/** Services that must be back within a day. */
const timeCriticalService = (item: Item) => typeof item.rtoHours === 'number' && item.rtoHours <= 24;

/** Incidents still open, or that happened in the last three months. */
function currentIncidents(): (item: Item) => boolean {
  const since = new Date(Date.now() - RECENT_INCIDENT_DAYS * 86_400_000).toISOString().slice(0, 10);
  return (item) => item.status !== 'closed' || (typeof item.occurredOn === 'string' && item.occurredOn >= since);
}

/** How a long list prints: a register of every item, then the details of those that matter first. */
export interface LongList {
  /** The items printed in detail: every field, long texts under a heading each. */
  inDetail: (item: Item) => boolean;
  /** The register's columns besides the title: what tells the items apart and who to call, one line each. */
  registerFields: readonly string[];
}

/** Reviews of the last year. */
function recentReviews(): (item: Item) => boolean {
  const since = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  return (item) => typeof item.reviewedOn === 'string' && item.reviewedOn >= since;
}

const LONG_LISTS: Record<string, { select: (context: RenderContext) => (item: Item) => boolean; register: string[] }> =
  {
    systems: { select: timeCriticalSystems, register: ['type', 'vendor', 'owner', 'location'] },
    services: { select: () => timeCriticalService, register: ['owner', 'rtoHours', 'rpoHours', 'mtpdHours'] },
    incidents: { select: currentIncidents, register: ['number', 'occurredOn', 'type', 'level', 'status'] },
    reviews: { select: recentReviews, register: ['reviewedOn', 'actualRecoveryHours', 'rtoMet'] },
  };

/**
 * How a long list is printed, or undefined when every item is printed in full: a short list, or
 * a list without a notion of what is urgent.
 */
export function longList(sectionKey: string, items: readonly Item[], context: RenderContext): LongList | undefined {
  const kind = LONG_LISTS[sectionKey];
  if (items.length <= DETAILED_LIST_LIMIT || !kind) return undefined;
  return { inDetail: kind.select(context), registerFields: kind.register };
}
