import enChoices from '../locales/en/choices.json';
import enCommon from '../locales/en/common.json';
import enErrors from '../locales/en/errors.json';
import enOrganisation from '../locales/en/sections/organisation.json';
import enStart from '../locales/en/start.json';
import enSteps from '../locales/en/steps.json';
import nlChoices from '../locales/nl/choices.json';
import nlCommon from '../locales/nl/common.json';
import nlErrors from '../locales/nl/errors.json';
import nlOrganisation from '../locales/nl/sections/organisation.json';
import nlStart from '../locales/nl/start.json';
import nlSteps from '../locales/nl/steps.json';
import type { AreaCatalogue } from './area';

export const foundationCatalogue: AreaCatalogue = {
  nl: { common: nlCommon, start: nlStart, errors: nlErrors, steps: nlSteps, choices: nlChoices, fields: { organisation: nlOrganisation } },
  en: { common: enCommon, start: enStart, errors: enErrors, steps: enSteps, choices: enChoices, fields: { organisation: enOrganisation } },
};
