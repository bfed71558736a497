export const ORGANISATION_KINDS = ['municipality-flanders', 'municipality-netherlands', 'company'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PLAN_LANGUAGES = ['nl', 'en'] as const;
export type PlanLanguage = (typeof PLAN_LANGUAGES)[number];

/**
 * Flemish and Netherlands Dutch name the same things differently ("lokaal bestuur" vs "gemeente",
 * "schepencollege" vs "college van B&W"). The catalogues hold both as i18next contexts; this picks
 * the context for a plan.
 */
export function wordingRegion(kind: OrganisationKind | ''): 'flanders' | 'netherlands' | 'company' {
  if (kind === 'municipality-flanders') return 'flanders';
  if (kind === 'municipality-netherlands') return 'netherlands';
  return 'company';
}
