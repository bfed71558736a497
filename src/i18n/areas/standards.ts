import enChoices from '../locales/en/standards/choices.json' with { type: 'json' };
import enFields from '../locales/en/standards/fields.json' with { type: 'json' };
import enLists from '../locales/en/standards/lists.json' with { type: 'json' };
import enUi from '../locales/en/standards/standards.json' with { type: 'json' };
import nlChoices from '../locales/nl/standards/choices.json' with { type: 'json' };
import nlFields from '../locales/nl/standards/fields.json' with { type: 'json' };
import nlLists from '../locales/nl/standards/lists.json' with { type: 'json' };
import nlUi from '../locales/nl/standards/standards.json' with { type: 'json' };
import type { AreaCatalogue } from './area';

/** Notification duties, annex forms, the management summary and the other chapters the standards ask for. */
export const standardsCatalogue: AreaCatalogue = {
  nl: { fields: nlFields, choices: nlChoices, lists: nlLists, standards: nlUi },
  en: { fields: enFields, choices: enChoices, lists: enLists, standards: enUi },
};
