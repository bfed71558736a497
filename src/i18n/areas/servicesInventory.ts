import enChoices from '../locales/en/servicesInventory/choices.json';
import enFields from '../locales/en/servicesInventory/fields.json';
import enLists from '../locales/en/servicesInventory/lists.json';
import enUi from '../locales/en/servicesInventory/ui.json';
import nlChoices from '../locales/nl/servicesInventory/choices.json';
import nlFields from '../locales/nl/servicesInventory/fields.json';
import nlLists from '../locales/nl/servicesInventory/lists.json';
import nlUi from '../locales/nl/servicesInventory/ui.json';
import type { AreaCatalogue } from './area';

export const servicesInventoryCatalogue: AreaCatalogue = {
  nl: { fields: nlFields, choices: nlChoices, lists: nlLists, servicesInventory: nlUi },
  en: { fields: enFields, choices: enChoices, lists: enLists, servicesInventory: enUi },
};
