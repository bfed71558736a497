import enChoices from '../locales/en/servicesInventory/choices.json' with { type: 'json' };
import enFields from '../locales/en/servicesInventory/fields.json' with { type: 'json' };
import enLists from '../locales/en/servicesInventory/lists.json' with { type: 'json' };
import enUi from '../locales/en/servicesInventory/ui.json' with { type: 'json' };
import nlChoices from '../locales/nl/servicesInventory/choices.json' with { type: 'json' };
import nlFields from '../locales/nl/servicesInventory/fields.json' with { type: 'json' };
import nlLists from '../locales/nl/servicesInventory/lists.json' with { type: 'json' };
import nlUi from '../locales/nl/servicesInventory/ui.json' with { type: 'json' };
import type { AreaCatalogue } from './area';

export const servicesInventoryCatalogue: AreaCatalogue = {
  nl: { fields: nlFields, choices: nlChoices, lists: nlLists, servicesInventory: nlUi },
  en: { fields: enFields, choices: enChoices, lists: enLists, servicesInventory: enUi },
};
