import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rateRisk } from '../../../domain/rules/heatMap';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { useListSection } from '../../forms/useSection';
import { StepFindings } from '../../findings/StepFindings';
import { useItemSelection } from '../../findings/useItemSelection';
import type { ListItem } from '../../store/sectionsSlice';
import { type CellKey, RiskHeatMap } from './RiskHeatMap';

/** The risk register with its heat map; a click on a cell lists that cell's risks to open. */
export function RisksStep() {
  const { t } = useTranslation();
  const risks = useListSection('risks');
  // Loaded here so the reference fields of the risk form can show names.
  useListSection('services');
  useListSection('systems');
  useListSection('people');
  const { propsFor, select } = useItemSelection();
  const [cell, setCell] = useState<CellKey | null>(null);
  const [residual, setResidual] = useState(false);
  if (!risks) return null;

  // After measures, the map places each risk by its residual likelihood and impact.
  const placed: ListItem[] = residual
    ? risks.map((risk) => ({ ...risk, likelihood: risk.residualLikelihood, impact: risk.residualImpact }))
    : risks;
  const risksIn = (key: CellKey) =>
    placed.filter((risk) => {
      const rated = rateRisk(risk);
      return rated?.likelihood === key.likelihood && rated.impact === key.impact;
    });
  const inCell = cell ? risksIn(cell) : [];
  const chooseCell = (next: CellKey | null) => {
    setCell(next);
    if (!next) return;
    const matching = risksIn(next);
    // One risk in the cell: open it straight away.
    if (matching.length === 1) select('risks', matching[0]!.id);
  };

  return (
    <div className="risks-step">
      <StepFindings step="risks" />
      <div className="heat-map-mode" role="group" aria-label={t('risksIncidents.heatMap.title')}>
        {[false, true].map((mode) => (
          <button
            key={String(mode)}
            type="button"
            aria-pressed={residual === mode}
            onClick={() => {
              setResidual(mode);
              setCell(null);
            }}
          >
            {t(mode ? 'risksIncidents.heatMap.residual' : 'risksIncidents.heatMap.inherent')}
          </button>
        ))}
      </div>
      <RiskHeatMap risks={placed} selected={cell} onSelect={chooseCell} />
      {cell && (
        <section className="cell-risks" aria-labelledby="cell-risks-title">
          <h3 id="cell-risks-title">
            {t('risksIncidents.heatMap.filtered', { likelihood: cell.likelihood, impact: cell.impact })}
          </h3>
          {inCell.length === 0 ? (
            <p className="muted">{t('lists.risks.empty')}</p>
          ) : (
            <ul>
              {inCell.map((risk) => (
                <li key={risk.id}>
                  <button type="button" className="link" onClick={() => select('risks', risk.id)}>
                    {String(risk.title || t('common.unnamed'))}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="quiet" onClick={() => setCell(null)}>
            {t('risksIncidents.heatMap.showAll')}
          </button>
        </section>
      )}
      <h3>{t('lists.risks.title')}</h3>
      <ListSectionEditor
        section="risks"
        columns={['title', 'threat', 'likelihood', 'impact', 'measureStatus']}
        {...propsFor('risks')}
      />
    </div>
  );
}
