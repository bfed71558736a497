import enChoices from '../locales/en/peoplePlaces/choices.json';
import enFields from '../locales/en/peoplePlaces/fields.json';
import enLists from '../locales/en/peoplePlaces/lists.json';
import enUi from '../locales/en/peoplePlaces/ui.json';
import nlChoices from '../locales/nl/peoplePlaces/choices.json';
import nlFields from '../locales/nl/peoplePlaces/fields.json';
import nlLists from '../locales/nl/peoplePlaces/lists.json';
import nlUi from '../locales/nl/peoplePlaces/ui.json';
import type { AreaCatalogue } from './area';

export const peoplePlacesCatalogue: AreaCatalogue = {
  nl: { fields: nlFields, choices: nlChoices, lists: nlLists, peoplePlaces: nlUi },
  en: { fields: enFields, choices: enChoices, lists: enLists, peoplePlaces: enUi },
};
