import { type RatedItem, heatMap } from '../../domain/rules/heatMap';
import type { ListRecord } from '../../domain/records';
import { findSection } from '../../domain/plan';
import type { Block } from '../model';
import { type RenderContext, registerSectionRenderer } from '../renderers';
import { PORTRAIT_COLUMNS, listBlocks } from '../sectionBlocks';

const number = (index: number) => `R${index + 1}`;

/** One heat map (before or after measures) as a shaded 5 × 5 grid of risk numbers. */
function heatMapBlock(risks: readonly RatedItem[], title: string, context: RenderContext): Block[] {
  const { t } = context;
  const numbers = new Map(risks.map((risk, index) => [risk.id, number(index)]));
  const map = heatMap(risks);
  const h = 'risksIncidents.heatMap';
  return [
    { kind: 'heading', level: 3, text: `${t(`${h}.title`)}: ${title}` },
    {
      kind: 'matrix',
      caption: t('exports.document.heatMapCaption'),
      corner: `${t(`${h}.impact`)} ↓ / ${t(`${h}.likelihood`)} →`,
      columns: ['1', '2', '3', '4', '5'],
      rows: map.rows.map((row, index) => ({
        label: String(5 - index),
        cells: row.map((cell) => ({
          text: cell.riskIds.map((id) => numbers.get(id) ?? '').join(', '),
          tone: cell.band,
          level: t(`${h}.band.${cell.band}`),
        })),
      })),
    },
    ...(map.unrated.length
      ? [{ kind: 'paragraph' as const, text: t(`${h}.unrated`, { count: map.unrated.length }), tone: 'muted' as const }]
      : []),
  ];
}

/** The risks: the generic table, numbered, followed by the heat maps before and after measures. */
export function risksBlocks(risks: ListRecord<'risks'>[], context: RenderContext): Block[] {
  const section = findSection('risks');
  if (!section || section.kind !== 'list') return [];
  const blocks = listBlocks(section, risks, context).map((block): Block => {
    if (block.kind !== 'table' || risks.length === 0) return block;
    const columns = [context.t('exports.document.riskNumber'), ...block.columns];
    return {
      ...block,
      columns,
      rows: block.rows.map((row, index) => [number(index), ...row]),
      wide: columns.length > PORTRAIT_COLUMNS,
    };
  });
  if (risks.length === 0) return blocks;
  const residual = risks.map((risk) => ({ ...risk, likelihood: risk.residualLikelihood, impact: risk.residualImpact }));
  return [
    ...blocks,
    ...heatMapBlock(risks, context.t('risksIncidents.heatMap.inherent'), context),
    ...heatMapBlock(residual, context.t('risksIncidents.heatMap.residual'), context),
  ];
}

registerSectionRenderer('risks', risksBlocks);
