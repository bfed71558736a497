import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { estimateText, waitsForText } from '../../../i18n/durations';
import type { RestartEntry } from '../../../domain/rules/restartOrder';

const TICK_STEPS = [1, 2, 4, 8, 12, 24, 48, 72, 168, 336, 720];

/** A tick every this many hours, so that the axis holds at most eight of them. */
function tickStep(maxHours: number): number {
  return TICK_STEPS.find((step) => maxHours / step <= 8) ?? Math.ceil(maxHours / 8);
}

/**
 * The restart order against the hours since the outage: one bar per system for its own recovery,
 * and a lighter one while it waits for what it needs, each saying what drives it (the supplier's
 * SLA, a lead time, a tested restore, a default). A system back after its inherited RTO is
 * marked, so the coordinator sees where the order falls short.
 */
export function RestartTimeline({ order }: { order: readonly RestartEntry[] }) {
  const { t, i18n } = useTranslation();
  if (order.length === 0) return null;
  const end = Math.max(...order.map((e) => e.readyHour), 1);
  const step = tickStep(end);
  const span = Math.ceil(end / step) * step;
  const ticks = Array.from({ length: span / step + 1 }, (_, i) => i * step);
  const percent = (hours: number) => `${(100 * hours) / span}%`;
  return (
    <figure className="restart-timeline" aria-labelledby="restart-timeline-title">
      <figcaption id="restart-timeline-title">
        <h3>{t('servicesInventory.priorities.timelineTitle')}</h3>
      </figcaption>
      <ol className="timeline-rows">
        {order.map((entry) => {
          const late = entry.inherited.rto !== null && entry.readyHour > entry.inherited.rto;
          const drives = timelineDriver(entry, t, i18n.language);
          const label = t('servicesInventory.priorities.bar', {
            system: entry.name || t('common.unnamed'),
            start: entry.startHour,
            end: entry.readyHour,
            source: drives,
          });
          const workEnd = entry.startHour + entry.restoreHours;
          return (
            <li key={entry.systemId} className="timeline-row">
              <span className="timeline-label">
                {entry.position}. {entry.name || t('common.unnamed')}
              </span>
              <span className="timeline-track">
                {entry.inherited.rto !== null && entry.inherited.rto <= span && (
                  <span className="timeline-rto" style={{ left: percent(entry.inherited.rto) }} aria-hidden="true" />
                )}
                <span
                  className={`timeline-bar tier-${entry.tier}${late ? ' late' : ''}`}
                  style={{ left: percent(entry.startHour), width: percent(entry.restoreHours) }}
                  title={label}
                  role="img"
                  aria-label={late ? `${label} — ${t('servicesInventory.priorities.lateMark')}` : label}
                />
                {entry.readyHour > workEnd && (
                  <span
                    className="timeline-wait"
                    style={{ left: percent(workEnd), width: percent(entry.readyHour - workEnd) }}
                    aria-hidden="true"
                  />
                )}
              </span>
              <span className="timeline-driver">{drives}</span>
            </li>
          );
        })}
      </ol>
      <div className="timeline-axis" aria-hidden="true">
        <span className="timeline-label">{t('servicesInventory.priorities.timelineAxis')}</span>
        <span className="timeline-track">
          {ticks.map((tick) => (
            <span key={tick} className="timeline-tick" style={{ left: percent(tick) }}>
              {tick}
            </span>
          ))}
        </span>
        <span />
      </div>
      <p className="field-hint">{t('servicesInventory.priorities.timelineNote')}</p>
    </figure>
  );
}

/** What drives a bar: where its own recovery time comes from, and what it waits for. */
function timelineDriver(entry: RestartEntry, t: TFunction, language: string): string {
  const own = estimateText(entry.estimate, t, language);
  return entry.waitsFor ? `${own}; ${waitsForText(entry.waitsFor, t, language)}` : own;
}
