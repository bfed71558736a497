import enChoices from '../locales/en/risksIncidents/choices.json' with { type: 'json' };
import enFields from '../locales/en/risksIncidents/fields.json' with { type: 'json' };
import enLists from '../locales/en/risksIncidents/lists.json' with { type: 'json' };
import enUi from '../locales/en/risksIncidents/ui.json' with { type: 'json' };
import nlChoices from '../locales/nl/risksIncidents/choices.json' with { type: 'json' };
import nlFields from '../locales/nl/risksIncidents/fields.json' with { type: 'json' };
import nlLists from '../locales/nl/risksIncidents/lists.json' with { type: 'json' };
import nlUi from '../locales/nl/risksIncidents/ui.json' with { type: 'json' };
import type { AreaCatalogue } from './area';

export const risksIncidentsCatalogue: AreaCatalogue = {
  nl: { fields: nlFields, choices: nlChoices, lists: nlLists, risksIncidents: nlUi },
  en: { fields: enFields, choices: enChoices, lists: enLists, risksIncidents: enUi },
};
