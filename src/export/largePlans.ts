import type { ListRecord, SectionRecords } from '../domain/records';
import { continuityOf } from './restartOrderChapter';
import type { RenderContext } from './renderers';

/**
 * A list longer than this prints in detail only what a reader needs in a crisis; every item is
 * still in the list's register table. A small organisation's plan prints every detail.
 */
export const DETAILED_LIST_LIMIT = 60;

/** Incidents this recent (or still open) are printed in detail in a long log. */
const RECENT_INCIDENT_DAYS = 90;

type LongListKey = 'systems' | 'services' | 'incidents' | 'reviews';
type Selects<K extends LongListKey> = (item: ListRecord<K>) => boolean;

/** Systems in the first restart tier: those to be running again first, within hours. */
function timeCriticalSystems(context: RenderContext): Selects<'systems'> {
  const critical = new Set(
    continuityOf(context)
      .restart.order.filter((entry) => entry.tier === 1)
      .map((entry) => entry.systemId),
  );
  return (item) => critical.has(String(item.id));
}

/** Services that must be back within a day. */
const timeCriticalService: Selects<'services'> = (item) => typeof item.rtoHours === 'number' && item.rtoHours <= 24;

/** Incidents still open, or that happened in the last three months. */
function currentIncidents(): Selects<'incidents'> {
  const since = new Date(Date.now() - RECENT_INCIDENT_DAYS * 86_400_000).toISOString().slice(0, 10);
  return (item) => item.status !== 'closed' || (typeof item.occurredOn === 'string' && item.occurredOn >= since);
}

/** How a long list prints: a register of every item, then the details of those that matter first. */
export interface LongList {
  /**
   * The items printed in detail: every field, long texts under a heading each. The generic list
   * printing (sectionBlocks) asks it of items it reads by field descriptor, so untyped.
   */
  inDetail: (item: Readonly<Record<string, unknown>>) => boolean;
  /** The register's columns besides the title: what tells the items apart and who to call, one line each. */
  registerFields: readonly string[];
}

/** Reviews of the last year. */
function recentReviews(): Selects<'reviews'> {
  const since = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  return (item) => typeof item.reviewedOn === 'string' && item.reviewedOn >= since;
}

const LONG_LISTS: {
  [K in LongListKey]: {
    select: (context: RenderContext) => Selects<K>;
    register: (keyof SectionRecords[K] & string)[];
  };
} = {
  systems: { select: timeCriticalSystems, register: ['type', 'vendor', 'owner', 'location'] },
  services: { select: () => timeCriticalService, register: ['owner', 'rtoHours', 'rpoHours', 'mtpdHours'] },
  incidents: { select: currentIncidents, register: ['number', 'occurredOn', 'type', 'level', 'status'] },
  reviews: { select: recentReviews, register: ['reviewedOn', 'actualRecoveryHours', 'rtoMet'] },
};

const isLongListKey = (key: string): key is LongListKey => Object.hasOwn(LONG_LISTS, key);

/**
 * How a long list is printed, or undefined when every item is printed in full: a short list, or
 * a list without a notion of what is urgent.
 */
export function longList(sectionKey: string, items: readonly unknown[], context: RenderContext): LongList | undefined {
  if (items.length <= DETAILED_LIST_LIMIT || !isLongListKey(sectionKey)) return undefined;
  const kind = LONG_LISTS[sectionKey];
  // The generic list printing holds a section's items untyped; these are that section's items.
  return { inDetail: kind.select(context) as LongList['inDetail'], registerFields: kind.register };
}
