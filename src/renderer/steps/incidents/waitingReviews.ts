import { isFilled } from '../../../domain/fields';
import type { ListItem } from '../../store/sectionsSlice';

/** How many incidents waiting for a review are listed at once; a plan with this many or fewer lists them all. */
export const WAITING_SHOWN = 10;

/** Closed (or resolved) incidents that no review names yet, in the incident log's order. */
export function incidentsWithoutReview(incidents: readonly ListItem[], reviews: readonly ListItem[]): ListItem[] {
  const reviewed = new Set(reviews.map((review) => review.incident));
  return incidents.filter(
    (incident) => (incident.status === 'closed' || isFilled(incident.resolvedOn)) && !reviewed.has(incident.id),
  );
}

const dateOf = (incident: ListItem) =>
  String(isFilled(incident.resolvedOn) ? incident.resolvedOn : (incident.occurredOn ?? ''));

/**
 * The incidents to list: all of them, in the log's order, when there are few; else at most
 * `WAITING_SHOWN` of those whose number or title contains `query` (all when it is empty), the
 * most recently resolved (or occurred) first.
 */
export function waitingToShow(
  waiting: readonly ListItem[],
  nameOf: (incident: ListItem) => string,
  query: string,
): { shown: ListItem[]; matching: number } {
  if (waiting.length <= WAITING_SHOWN) return { shown: [...waiting], matching: waiting.length };
  const needle = query.trim().toLocaleLowerCase();
  const matching =
    needle === '' ? waiting : waiting.filter((incident) => nameOf(incident).toLocaleLowerCase().includes(needle));
  // One pass keeping the few most recent, rather than sorting thousands on every keystroke.
  const recent: { incident: ListItem; date: string }[] = [];
  for (const incident of matching) {
    const date = dateOf(incident);
    if (recent.length === WAITING_SHOWN && date < recent[WAITING_SHOWN - 1]!.date) continue;
    // Before those of the same day: later in the log, so written down later.
    const at = recent.findIndex((kept) => kept.date <= date);
    recent.splice(at === -1 ? recent.length : at, 0, { incident, date });
    if (recent.length > WAITING_SHOWN) recent.pop();
  }
  return { shown: recent.map(({ incident }) => incident), matching: matching.length };
}
