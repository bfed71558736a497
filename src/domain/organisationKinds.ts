export const ORGANISATION_KINDS = ['municipality-flanders', 'municipality-netherlands', 'company'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The country an organisation works in; 'other' (or unset) keeps the neutral wording. */
export const ORGANISATION_COUNTRIES = ['belgium', 'netherlands', 'other'] as const;
export type OrganisationCountry = (typeof ORGANISATION_COUNTRIES)[number];

export const PLAN_LANGUAGES = ['nl', 'en'] as const;
export type PlanLanguage = (typeof PLAN_LANGUAGES)[number];

/** The country a new plan of this kind starts with: a municipality's kind already says it. */
export function defaultCountry(kind: OrganisationKind | ''): OrganisationCountry | '' {
  if (kind === 'municipality-flanders') return 'belgium';
  if (kind === 'municipality-netherlands') return 'netherlands';
  return '';
}

/**
 * The i18next context a plan's words are picked with. Two layers, so each variant is written once:
 * - `be` / `nl`: what a whole country calls a thing (Gsm or Mobiel, GBA or AP, CCB or NCSC), for
 *   a company set to that country;
 * - `flanders` / `netherlands`: what only a municipality there calls a thing (lokaal bestuur,
 *   dienst, the Vlaamse Toezichtcommissie). A municipality's kind says its country, and the
 *   catalogues (src/i18n/catalogues.ts) hand each `_be` / `_nl` variant on to `_flanders` /
 *   `_netherlands` where the municipality has none of its own.
 * - `company`: a company of another or unknown country, with the neutral words.
 */
export type WordingRegion = 'flanders' | 'netherlands' | 'be' | 'nl' | 'company';

export function wordingRegion(kind: OrganisationKind | '', country: string = ''): WordingRegion {
  if (kind === 'municipality-flanders') return 'flanders';
  if (kind === 'municipality-netherlands') return 'netherlands';
  if (country === 'belgium') return 'be';
  if (country === 'netherlands') return 'nl';
  return 'company';
}
