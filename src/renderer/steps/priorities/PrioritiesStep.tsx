import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESTART_TIERS, holdsData } from '../../../domain/sections/systems';
import { estimateText } from '../../../i18n/durations';
import { useDurationText } from '../../forms/DurationInput';
import type { RestartEntry } from '../../../domain/rules/restartOrder';
import type { Finding } from '../../../domain/healthTypes';
import { focusWhenShown, useFocusRequest } from '../../findings/focusField';
import { StepFindings } from '../../findings/StepFindings';
import { useListSection } from '../../forms/useSection';
import { useStore } from '../../store';
import type { ListItem } from '../../store/sectionsSlice';
import { RestartTimeline } from './RestartTimeline';
import { useContinuity } from './useContinuity';
import { TableScroll } from '../../forms/TableScroll';

const ROW_LIMIT = 200;

/** A tier override is fixed in the table on this step itself. */
function focusOverride(finding: Pick<Finding, 'section' | 'itemId' | 'field'>): boolean {
  if (finding.section !== 'systems' || !['tierOverride', 'tierOverrideReason'].includes(finding.field ?? ''))
    return false;
  const id = `systems-${finding.itemId}-${finding.field}`;
  if (!document.getElementById(id)) return false;
  focusWhenShown(id);
  return true;
}

/** The derived restart order: a table with the tier override per system, and the timeline. */
export function PrioritiesStep() {
  const { t } = useTranslation();
  const analysis = useContinuity();
  const [showAll, setShowAll] = useState(false);
  // A tier-override finding followed from the overview: its control is in the table below.
  useFocusRequest('systems', (request) => {
    if (!analysis?.restart.order.some((entry) => entry.systemId === request.itemId)) return false;
    setShowAll(true);
    return true;
  });
  if (!analysis) return null;
  // A long inventory shows its first systems (the urgent ones) until asked for all.
  const order = showAll ? analysis.restart.order : analysis.restart.order.slice(0, ROW_LIMIT);
  const hidden = analysis.restart.order.length - order.length;
  return (
    <div className="priorities-step">
      <StepFindings step="priorities" followHere={focusOverride} />
      {order.length === 0 ? (
        <p className="empty-state">{t('servicesInventory.priorities.empty')}</p>
      ) : (
        <>
          <p>{t('servicesInventory.priorities.intro')}</p>
          <RestartTable order={order} />
          {hidden > 0 && (
            <button type="button" className="show-all-rows" onClick={() => setShowAll(true)}>
              {t('servicesInventory.inventory.showAll', { count: hidden })}
            </button>
          )}
          <RestartTimeline order={order} />
        </>
      )}
    </div>
  );
}

function RestartTable({ order }: { order: readonly RestartEntry[] }) {
  const { t, i18n } = useTranslation();
  const durationText = useDurationText();
  const services = useListSection('services') ?? [];
  const systems = useListSection('systems') ?? [];
  const editItem = useStore((s) => s.editItem);
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const followFinding = useStore((s) => s.followFinding);
  const hours = (value: number | null) =>
    value === null ? t('servicesInventory.priorities.noObjective') : durationText(value);
  const serviceName = (id: string) => String(services.find((s) => s.id === id)?.name ?? '') || t('common.unnamed');
  return (
    <TableScroll>
      <table className="list-table restart-table">
        <caption className="visually-hidden">{t('steps.priorities.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('servicesInventory.priorities.position')}</th>
            <th scope="col">{t('servicesInventory.priorities.system')}</th>
            <th scope="col">{t('servicesInventory.priorities.tier')}</th>
            <th scope="col">{t('servicesInventory.priorities.rto')}</th>
            <th scope="col">{t('servicesInventory.priorities.rpo')}</th>
            <th scope="col">{t('servicesInventory.priorities.drivenBy')}</th>
            <th scope="col">{t('servicesInventory.priorities.window')}</th>
            <th scope="col">{t('servicesInventory.priorities.override')}</th>
          </tr>
        </thead>
        <tbody>
          {order.map((entry) => {
            const system = systems.find((s) => s.id === entry.systemId);
            const name = entry.name || t('common.unnamed');
            // The same ids as the inventory form, so a warning about an override finds its control here.
            const idPrefix = `systems-${entry.systemId}`;
            return (
              <tr key={entry.systemId} data-testid={`restart-${entry.systemId}`}>
                <td>{entry.position}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      followFinding({ step: 'inventory', section: 'systems', itemId: entry.systemId, field: 'name' })
                    }
                  >
                    {name}
                  </button>
                </th>
                <td>
                  <span className={`tier-badge tier-${entry.tier}`}>
                    {t('servicesInventory.priorities.tierValue', { tier: entry.tier })}
                  </span>
                  {entry.overridden && (
                    <span className="field-hint">
                      {' '}
                      ({t('servicesInventory.priorities.derived', { tier: entry.derivedTier })})
                    </span>
                  )}
                </td>
                <td>{hours(entry.inherited.rto)}</td>
                <td>
                  {entry.inherited.rpo === null && system && !holdsData(system.type)
                    ? t('servicesInventory.priorities.rpoNoData')
                    : hours(entry.inherited.rpo)}
                </td>
                <td className="services-cell" title={entry.inherited.services.map(serviceName).join(', ')}>
                  <DrivingServices entry={entry} services={services} />
                </td>
                <td title={estimateText(entry.estimate, t, i18n.language)}>{hours(entry.readyHour)}</td>
                <td>
                  <div className="override-cell">
                    <select
                      id={`${idPrefix}-tierOverride`}
                      aria-label={`${t('servicesInventory.priorities.override')}: ${name}`}
                      disabled={readOnly}
                      value={String(system?.tierOverride ?? '')}
                      onChange={(e) => editItem('systems', entry.systemId, { tierOverride: e.target.value })}
                    >
                      <option value="">
                        {t('servicesInventory.priorities.followDerived', { tier: entry.derivedTier })}
                      </option>
                      {RESTART_TIERS.map((tier) => (
                        <option key={tier} value={tier}>
                          {t(`choices.restartTier.${tier}`)}
                        </option>
                      ))}
                    </select>
                    {entry.overridden && (
                      <input
                        id={`${idPrefix}-tierOverrideReason`}
                        type="text"
                        placeholder={t('servicesInventory.priorities.reason')}
                        aria-label={`${t('servicesInventory.priorities.reason')}: ${name}`}
                        disabled={readOnly}
                        value={String(system?.tierOverrideReason ?? '')}
                        onChange={(e) => editItem('systems', entry.systemId, { tierOverrideReason: e.target.value })}
                      />
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * The services that set this system's RTO or RPO; the others that also need it are counted, so a
 * network switch does not list every service of the organisation.
 */
function DrivingServices({ entry, services }: { entry: RestartEntry; services: readonly ListItem[] }) {
  const { t } = useTranslation();
  const needing = services.filter((s) => entry.inherited.services.includes(s.id));
  const drivers = needing.filter(
    (s) =>
      (entry.inherited.rto !== null && s.rtoHours === entry.inherited.rto) ||
      (entry.inherited.rpo !== null && s.rpoHours === entry.inherited.rpo),
  );
  const others = needing.length - drivers.length;
  return (
    <>
      {drivers.map((s) => String(s.name ?? '') || t('common.unnamed')).join(', ')}
      {others > 0 && (
        <span className="field-hint"> {t('servicesInventory.priorities.andOthers', { count: others })}</span>
      )}
    </>
  );
}
