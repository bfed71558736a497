import enChoices from '../locales/en/activation/choices.json' with { type: 'json' };
import enFields from '../locales/en/activation/fields.json' with { type: 'json' };
import enLists from '../locales/en/activation/lists.json' with { type: 'json' };
import enUi from '../locales/en/activation/ui.json' with { type: 'json' };
import nlChoices from '../locales/nl/activation/choices.json' with { type: 'json' };
import nlFields from '../locales/nl/activation/fields.json' with { type: 'json' };
import nlLists from '../locales/nl/activation/lists.json' with { type: 'json' };
import nlUi from '../locales/nl/activation/ui.json' with { type: 'json' };
import type { AreaCatalogue } from './area';

/** Activation mode: the plan run as a checklist during an incident or exercise (`activation.*`). */
export const activationCatalogue: AreaCatalogue = {
  nl: { fields: nlFields, choices: nlChoices, lists: nlLists, activation: nlUi },
  en: { fields: enFields, choices: enChoices, lists: enLists, activation: enUi },
};
