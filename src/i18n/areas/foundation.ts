import enChoices from '../locales/en/choices.json' with { type: 'json' };
import enCommon from '../locales/en/common.json' with { type: 'json' };
import enErrors from '../locales/en/errors.json' with { type: 'json' };
import enOrganisation from '../locales/en/sections/organisation.json' with { type: 'json' };
import enStart from '../locales/en/start.json' with { type: 'json' };
import enSteps from '../locales/en/steps.json' with { type: 'json' };
import nlChoices from '../locales/nl/choices.json' with { type: 'json' };
import nlCommon from '../locales/nl/common.json' with { type: 'json' };
import nlErrors from '../locales/nl/errors.json' with { type: 'json' };
import nlOrganisation from '../locales/nl/sections/organisation.json' with { type: 'json' };
import nlStart from '../locales/nl/start.json' with { type: 'json' };
import nlSteps from '../locales/nl/steps.json' with { type: 'json' };
import type { AreaCatalogue } from './area';

export const foundationCatalogue: AreaCatalogue = {
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
};
