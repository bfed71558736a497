import { useTranslation } from 'react-i18next';
import { type HeatMapCell, heatMap } from '../../../domain/rules/heatMap';
import type { ListItem } from '../../store/sectionsSlice';

export interface CellKey {
  likelihood: number;
  impact: number;
}

interface RiskHeatMapProps {
  risks: readonly ListItem[];
  selected: CellKey | null;
  onSelect: (cell: CellKey | null) => void;
}

/** The 5×5 map of likelihood (across) and impact (up); each cell shows how many risks it holds. */
export function RiskHeatMap({ risks, selected, onSelect }: RiskHeatMapProps) {
  const { t } = useTranslation();
  const map = heatMap(risks);
  const label = (cell: HeatMapCell) =>
    t('risksIncidents.heatMap.cell', {
      likelihood: cell.likelihood,
      impact: cell.impact,
      count: cell.riskIds.length,
      band: t(`risksIncidents.heatMap.band.${cell.band}`),
    });
  return (
    <figure className="heat-map">
      <figcaption className="muted">{t('risksIncidents.heatMap.caption')}</figcaption>
      <div className="heat-map-body">
        <span className="heat-map-axis heat-map-axis-y">{t('risksIncidents.heatMap.impact')} →</span>
        <div className="heat-map-grid" role="grid" aria-label={t('risksIncidents.heatMap.title')}>
          {map.rows.map((row) => (
            <div role="row" className="heat-map-row" key={row[0]!.impact}>
              <span className="heat-map-tick" aria-hidden="true">
                {row[0]!.impact}
              </span>
              {row.map((cell) => {
                const isSelected = selected?.likelihood === cell.likelihood && selected.impact === cell.impact;
                return (
                  <button
                    type="button"
                    role="gridcell"
                    key={cell.likelihood}
                    className={`heat-cell band-${cell.band}`}
                    aria-label={label(cell)}
                    aria-selected={isSelected}
                    title={label(cell)}
                    onClick={() => onSelect(isSelected ? null : { likelihood: cell.likelihood, impact: cell.impact })}
                  >
                    {cell.riskIds.length > 0 ? cell.riskIds.length : ''}
                  </button>
                );
              })}
            </div>
          ))}
          <div className="heat-map-row heat-map-ticks" aria-hidden="true">
            <span className="heat-map-tick" />
            {[1, 2, 3, 4, 5].map((n) => (
              <span key={n} className="heat-map-tick">
                {n}
              </span>
            ))}
          </div>
        </div>
      </div>
      <span className="heat-map-axis heat-map-axis-x">{t('risksIncidents.heatMap.likelihood')} →</span>
      {map.unrated.length > 0 && (
        <p className="muted">{t('risksIncidents.heatMap.unrated', { count: map.unrated.length })}</p>
      )}
    </figure>
  );
}
