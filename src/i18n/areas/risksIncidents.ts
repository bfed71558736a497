import enChoices from '../locales/en/risksIncidents/choices.json';
import enFields from '../locales/en/risksIncidents/fields.json';
import enLists from '../locales/en/risksIncidents/lists.json';
import enUi from '../locales/en/risksIncidents/ui.json';
import nlChoices from '../locales/nl/risksIncidents/choices.json';
import nlFields from '../locales/nl/risksIncidents/fields.json';
import nlLists from '../locales/nl/risksIncidents/lists.json';
import nlUi from '../locales/nl/risksIncidents/ui.json';
import type { AreaCatalogue } from './area';

export const risksIncidentsCatalogue: AreaCatalogue = {
  nl: { fields: nlFields, choices: nlChoices, lists: nlLists, risksIncidents: nlUi },
  en: { fields: enFields, choices: enChoices, lists: enLists, risksIncidents: enUi },
};
