import {
  IMPACT_CATEGORIES,
  IMPACT_FIELDS,
  IMPACT_WINDOWS,
  hasImpactAnalysis,
  impactField,
  suggestedRto,
} from '../../domain/rules/impactAnalysis';
import { findSection } from '../../domain/plan';
import type { ListSection } from '../../domain/section';
import type { ListRecord } from '../../domain/records';
import { longList } from '../largePlans';
import type { Block } from '../model';
import { type RenderContext, registerSectionRenderer } from '../renderers';
import { listBlocks } from '../sectionBlocks';
import { formatValue } from '../values';

type ServiceRecord = ListRecord<'services'>;

/** A service that must be back within a day, by its entered RTO or by the one its impact suggests. */
const TIME_CRITICAL_HOURS = 24;

const h = 'servicesInventory.impact';

/** One service's impact grid as a table (moments × categories), with its suggested and entered RTO. */
function impactTable(service: ServiceRecord, section: ListSection, context: RenderContext): Block[] {
  const { t } = context;
  const fieldOf = (name: string) => section.fields.find((field) => field.name === name)!;
  const suggestion = suggestedRto(service);
  const hours = (value: number) => formatValue(fieldOf('rtoHours'), value, context);
  const categoryLabel = (category: string) => t(`${h}.categories.${category}`);
  // The sentence ends with its own full stop, not a second one after the coordinator's.
  const peakPeriods = (service.peakPeriods ?? '').trim().replace(/\.+$/, '');
  const summary = [
    suggestion
      ? t(`${h}.suggested`, {
          duration: hours(suggestion.hours),
          categories: suggestion.categories.map(categoryLabel).join(', '),
        })
      : t(`${h}.noSuggestion`),
    typeof service.rtoHours === 'number'
      ? t(`${h}.entered`, { duration: hours(service.rtoHours) })
      : t(`${h}.notEntered`),
    ...(suggestion && typeof service.rtoHours === 'number' && service.rtoHours > suggestion.hours
      ? [t(`${h}.looser`)]
      : []),
    ...(peakPeriods ? [t(`${h}.peakPeriods`, { periods: peakPeriods })] : []),
  ];
  return [
    { kind: 'heading', level: 3, text: t(`${h}.tableTitle`, { service: service.name || t('common.unnamed') }) },
    {
      // Time runs down the page and each category has a column: a level ("Onaanvaardbaar") then fits
      // its cell whole, which five narrow time columns beside a column of category names did not.
      kind: 'table',
      columns: [t(`${h}.after`), ...IMPACT_CATEGORIES.map(categoryLabel)],
      rows: IMPACT_WINDOWS.map((window) => [
        t(`${h}.windows.${window.key}`),
        ...IMPACT_CATEGORIES.map((category) => {
          const name = impactField(category, window.key);
          return formatValue(fieldOf(name), service[name], context);
        }),
      ]),
      wide: false,
      weights: [12, 22, 22, 22, 22],
    },
    { kind: 'paragraph', text: summary.join(' ') },
  ];
}

function isTimeCritical(service: ServiceRecord): boolean {
  const suggested = suggestedRto(service)?.hours ?? Infinity;
  const entered = typeof service.rtoHours === 'number' ? service.rtoHours : Infinity;
  return Math.min(suggested, entered) <= TIME_CRITICAL_HOURS;
}

/**
 * The services (the business impact analysis): the generic tables without the impact cells, then
 * per time-critical service its impact over time as one table.
 */
export function servicesBlocks(records: ServiceRecord[], context: RenderContext): Block[] {
  const section = findSection('services');
  if (!section || section.kind !== 'list') return [];
  const withoutGrid: ListSection = {
    ...section,
    fields: section.fields.filter((field) => !IMPACT_FIELDS.includes(field.name as (typeof IMPACT_FIELDS)[number])),
  };
  const blocks = listBlocks(withoutGrid, records, context, longList('services', records, context));
  const analysed = records.filter(
    (service) => typeof service.id === 'string' && hasImpactAnalysis(service) && isTimeCritical(service),
  );
  if (analysed.length === 0) return blocks;
  return [
    ...blocks,
    { kind: 'paragraph', text: context.t(`${h}.exportIntro`) },
    ...analysed.flatMap((service) => impactTable(service, section, context)),
  ];
}

registerSectionRenderer('services', servicesBlocks);
