import enChoices from './locales/en/choices.json';
import enCommon from './locales/en/common.json';
import enErrors from './locales/en/errors.json';
import enOrganisation from './locales/en/sections/organisation.json';
import enStart from './locales/en/start.json';
import enSteps from './locales/en/steps.json';
import nlChoices from './locales/nl/choices.json';
import nlCommon from './locales/nl/common.json';
import nlErrors from './locales/nl/errors.json';
import nlOrganisation from './locales/nl/sections/organisation.json';
import nlStart from './locales/nl/start.json';
import nlSteps from './locales/nl/steps.json';

/**
 * Every user-visible string of Paraat, per language. Field labels live under
 * `fields.<section>.<field>.label`, so forms and exports find them from the section schema alone.
 * Flemish and Netherlands wording are i18next contexts (`_flanders`, `_netherlands`).
 */
export const catalogues = {
  nl: {
    common: nlCommon,
    start: nlStart,
    errors: nlErrors,
    steps: nlSteps,
    choices: nlChoices,
    fields: { organisation: nlOrganisation },
  },
  en: {
    common: enCommon,
    start: enStart,
    errors: enErrors,
    steps: enSteps,
    choices: enChoices,
    fields: { organisation: enOrganisation },
  },
} as const;

export type Language = keyof typeof catalogues;
