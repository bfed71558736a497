import { Siren } from 'lucide-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../domain/health';
import { isFilled } from '../../../domain/fields';
import { logTime, nextIncidentNumber } from '../../../domain/rules/incidentLog';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { useListSection } from '../../forms/useSection';
import { useStore } from '../../store';
import type { ListItem } from '../../store/sectionsSlice';
import { useItemSelection } from '../../findings/useItemSelection';
import { StepFindings } from '../../findings/StepFindings';
import { QuickLogNote } from './QuickLogNote';
import { WaitingReviews } from './WaitingReviews';
import { incidentsWithoutReview } from './waitingReviews';

const incidentName = (incident: ListItem) => [incident.number, incident.title].filter(isFilled).join(' ');

/** The incident log, and the post-incident review that closes each incident with its lessons. */
export function IncidentsStep() {
  const { t } = useTranslation();
  const incidents = useListSection('incidents');
  const reviews = useListSection('reviews');
  useListSection('people');
  useListSection('services');
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const addItem = useStore((s) => s.addItem);
  const { propsFor, select, selected } = useItemSelection();
  const waiting = useMemo(
    () => (incidents && reviews ? incidentsWithoutReview(incidents, reviews) : []),
    [incidents, reviews],
  );
  const titleOf = useCallback((incident: ListItem) => incidentName(incident) || t('common.unnamed'), [t]);
  // The same element throughout: a keystroke in the log does not render the step's findings again
  // (thousands in a long log); they follow the plan health by themselves.
  const findings = useMemo(() => <StepFindings step="incidents" />, []);
  if (!incidents || !reviews) return null;

  const open = incidents.find((incident) => incident.id === selected.incidents && incident.status !== 'closed');
  const logNow = async () => {
    const now = new Date();
    const incident = await addItem('incidents', {
      number: nextIncidentNumber(incidents),
      occurredOn: localIsoDate(now),
      occurredAt: logTime(now),
      status: 'open',
    });
    if (incident) select('incidents', incident.id);
  };
  const startReview = async (incident: ListItem) => {
    const review = await addItem('reviews', { incident: incident.id, reviewedOn: localIsoDate(new Date()) });
    if (review) select('reviews', review.id);
  };

  return (
    <div className="incidents-step">
      {findings}
      <h3>{t('lists.incidents.title')}</h3>
      <p>
        <button type="button" className="primary inline-action" disabled={readOnly} onClick={() => void logNow()}>
          <Siren size={16} aria-hidden="true" /> {t('risksIncidents.incidents.logNow')}
        </button>
      </p>
      {open && <QuickLogNote incident={open} title={incidentName(open) || t('common.unnamed')} />}
      <ListSectionEditor
        section="incidents"
        columns={['number', 'title', 'occurredOn', 'level', 'status']}
        {...propsFor('incidents')}
      />
      {waiting.length > 0 && (
        <WaitingReviews
          waiting={waiting}
          nameOf={titleOf}
          readOnly={readOnly}
          onStart={(incident) => void startReview(incident)}
        />
      )}
      <h3>{t('lists.reviews.title')}</h3>
      <ListSectionEditor section="reviews" columns={['incident', 'reviewedOn', 'rtoMet']} {...propsFor('reviews')} />
    </div>
  );
}
