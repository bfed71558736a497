import { FilePlus2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '../../store/sectionsSlice';
import { WAITING_SHOWN, waitingToShow } from './waitingReviews';

/**
 * Closed incidents that still wait for a review, each with a button that starts one. A log of
 * thousands lists the most recent few and a search field that reaches the rest.
 */
export function WaitingReviews({
  waiting,
  nameOf,
  readOnly,
  onStart,
}: {
  waiting: readonly ListItem[];
  nameOf: (incident: ListItem) => string;
  readOnly: boolean;
  onStart: (incident: ListItem) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const { shown, matching } = useMemo(() => waitingToShow(waiting, nameOf, query), [waiting, nameOf, query]);
  const many = waiting.length > WAITING_SHOWN;
  return (
    <section className="explainer" aria-labelledby="waiting-reviews-title">
      <h3 id="waiting-reviews-title">{t('risksIncidents.incidents.withoutReview')}</h3>
      {many && (
        <p>
          <label htmlFor="waiting-reviews-search">{t('risksIncidents.incidents.findWaiting')}</label>{' '}
          <input
            id="waiting-reviews-search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </p>
      )}
      {many && (
        <p role="status">
          {query.trim() === ''
            ? t('risksIncidents.incidents.waitingMostRecent', { shown: shown.length, count: waiting.length })
            : matching === 0
              ? t('risksIncidents.incidents.noWaitingMatch', { text: query.trim() })
              : t('risksIncidents.incidents.waitingMatches', { shown: shown.length, count: matching })}
        </p>
      )}
      <ul className="plain-list">
        {shown.map((incident) => (
          <li key={incident.id}>
            <button type="button" className="inline-action" disabled={readOnly} onClick={() => onStart(incident)}>
              <FilePlus2 size={14} aria-hidden="true" />{' '}
              {t('risksIncidents.incidents.startReview', { title: nameOf(incident) })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
