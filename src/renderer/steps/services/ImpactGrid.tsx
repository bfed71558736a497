import { useTranslation } from 'react-i18next';
import {
  IMPACT_CATEGORIES,
  IMPACT_FIELDS,
  IMPACT_WINDOWS,
  impactField,
  suggestedRto,
} from '../../../domain/rules/impactAnalysis';
import { IMPACT_LEVELS, type Service } from '../../../domain/sections/services';
import type { PlanItem } from '../../../domain/section';
import type { FieldGroup } from '../../forms/ItemForm';
import { useDurationText } from '../../forms/DurationInput';
import { useWordingContext } from '../../forms/useSection';
import { useStore } from '../../store';
import type { ListItem } from '../../store/sectionsSlice';

interface ImpactGridProps {
  item: PlanItem<Service>;
  readOnly: boolean;
}

/**
 * The impact analysis of one service as a compact grid: per category of consequence a level from
 * each moment on, and under it the RTO that follows (the first unacceptable moment) beside the one
 * entered below.
 */
export function ImpactGrid({ item, readOnly }: ImpactGridProps) {
  const { t } = useTranslation();
  const context = useWordingContext();
  const editItem = useStore((s) => s.editItem);
  const durationText = useDurationText();
  const idPrefix = `services-${item.id}-impact`;
  const h = 'servicesInventory.impact';
  const categoryLabel = (category: string) => t(`${h}.categories.${category}`, { context });
  const suggestion = suggestedRto(item);
  const entered = typeof item.rtoHours === 'number' ? item.rtoHours : null;
  return (
    <div className="field impact-grid" role="group" aria-labelledby={`${idPrefix}-title`}>
      <span id={`${idPrefix}-title`} className="field-label">
        {t(`${h}.title`)}
      </span>
      <span id={`${idPrefix}-intro`} className="field-hint">
        {t(`${h}.intro`)}
      </span>
      <div className="impact-grid-scroll">
        <table aria-describedby={`${idPrefix}-intro`}>
          <thead>
            <tr>
              <th scope="col">
                {t(`${h}.category`)} / {t(`${h}.after`)}
              </th>
              {IMPACT_WINDOWS.map((window) => (
                <th key={window.key} scope="col">
                  {t(`${h}.windows.${window.key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {IMPACT_CATEGORIES.map((category) => (
              <tr key={category}>
                <th scope="row">{categoryLabel(category)}</th>
                {IMPACT_WINDOWS.map((window) => {
                  const name = impactField(category, window.key);
                  const value = String(item[name] ?? '');
                  return (
                    <td key={window.key} className={value ? `impact-level-${value}` : undefined}>
                      <select
                        id={`${idPrefix}-${name}`}
                        disabled={readOnly}
                        value={value}
                        aria-label={t(`${h}.cellLabel`, {
                          category: categoryLabel(category),
                          window: t(`${h}.windows.${window.key}`),
                        })}
                        onChange={(event) => editItem('services', item.id, { [name]: event.target.value })}
                      >
                        <option value="">{t('choices.empty')}</option>
                        {IMPACT_LEVELS.map((level) => (
                          <option key={level} value={level}>
                            {t(`choices.impactLevel.${level}`, { context })}
                          </option>
                        ))}
                      </select>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="impact-suggestion" role="status">
        <p>
          {suggestion
            ? t(`${h}.suggested`, {
                duration: durationText(suggestion.hours),
                categories: suggestion.categories.map(categoryLabel).join(', '),
              })
            : t(`${h}.noSuggestion`)}
        </p>
        <p>{entered === null ? t(`${h}.notEntered`) : t(`${h}.entered`, { duration: durationText(entered) })}</p>
        {suggestion && entered !== null && (
          <p className={entered > suggestion.hours ? 'impact-looser' : 'impact-within'}>
            {entered > suggestion.hours ? t(`${h}.looser`) : t(`${h}.within`)}
          </p>
        )}
      </div>
    </div>
  );
}

/** The services form shows the impact fields as one grid, where the first of them stands. */
export function impactGridGroup(readOnly: boolean): FieldGroup {
  return {
    fields: IMPACT_FIELDS,
    render: (item: ListItem) => <ImpactGrid item={item as PlanItem<Service>} readOnly={readOnly} />,
  };
}
