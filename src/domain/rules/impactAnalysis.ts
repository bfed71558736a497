import type { Service } from '../sections/services';

/**
 * The impact analysis of a service as a grid: per category of harm (NIST SP 800-34's BIA "outage
 * impacts", ISO 22301 §8.2.2 "impact types") the impact at five moments after the outage starts.
 * Each column is the window that starts at its moment: "after 4 hours" holds from hour 4 on.
 */
export const IMPACT_CATEGORIES = ['service', 'financial', 'legal', 'reputation'] as const;
export type ImpactCategory = (typeof IMPACT_CATEGORIES)[number];

export const IMPACT_WINDOWS = [
  { key: '1h', hours: 1 },
  { key: '4h', hours: 4 },
  { key: '1d', hours: 24 },
  { key: '3d', hours: 72 },
  { key: '1w', hours: 168 },
] as const;
export type ImpactWindow = (typeof IMPACT_WINDOWS)[number]['key'];

type Prefix = { service: ''; financial: 'financial'; legal: 'legal'; reputation: 'reputation' };
type ImpactFieldName<C extends ImpactCategory> = C extends 'service'
  ? `impact${ImpactWindow}`
  : `${Prefix[C]}Impact${ImpactWindow}`;
export type ImpactField = ImpactFieldName<ImpactCategory> & keyof Service;

/** The service's field that holds one cell of the grid. */
export function impactField(category: ImpactCategory, window: ImpactWindow): ImpactField {
  return (category === 'service' ? `impact${window}` : `${category}Impact${window}`) as ImpactField;
}

/** Every field of the grid, row by row: what the form shows as one grid and the export as one table. */
export const IMPACT_FIELDS: readonly ImpactField[] = IMPACT_CATEGORIES.flatMap((category) =>
  IMPACT_WINDOWS.map((window) => impactField(category, window.key)),
);

export const UNACCEPTABLE = 'critical';

/** The grid's cells of a service, as a rule reads them (any of them may be absent or, in a draft, odd). */
export type ImpactCells = { readonly [F in ImpactField]?: unknown };

export interface SuggestedRto {
  /** The start of the first window in which some category is unacceptable: the RTO it asks for. */
  hours: number;
  /** The categories unacceptable in that window, in grid order. */
  categories: ImpactCategory[];
}

/**
 * The RTO the impact analysis suggests: the start of the first window in which any category reaches
 * "unacceptable", since the service must be back before that window opens. Null when no cell says so.
 */
export function suggestedRto(service: ImpactCells): SuggestedRto | null {
  for (const window of IMPACT_WINDOWS) {
    const categories = IMPACT_CATEGORIES.filter(
      (category) => service[impactField(category, window.key)] === UNACCEPTABLE,
    );
    if (categories.length > 0) return { hours: window.hours, categories };
  }
  return null;
}

/** True when any cell of the grid is filled: a service whose impact was analysed. */
export function hasImpactAnalysis(service: ImpactCells): boolean {
  return IMPACT_FIELDS.some((name) => Boolean(service[name]));
}
