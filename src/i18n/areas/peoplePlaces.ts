import enChoices from '../locales/en/peoplePlaces/choices.json' with { type: 'json' };
import enCsvFileType from '../locales/en/peoplePlaces/csvFileType.json' with { type: 'json' };
import enFields from '../locales/en/peoplePlaces/fields.json' with { type: 'json' };
import enLists from '../locales/en/peoplePlaces/lists.json' with { type: 'json' };
import enUi from '../locales/en/peoplePlaces/ui.json' with { type: 'json' };
import nlChoices from '../locales/nl/peoplePlaces/choices.json' with { type: 'json' };
import nlCsvFileType from '../locales/nl/peoplePlaces/csvFileType.json' with { type: 'json' };
import nlFields from '../locales/nl/peoplePlaces/fields.json' with { type: 'json' };
import nlLists from '../locales/nl/peoplePlaces/lists.json' with { type: 'json' };
import nlUi from '../locales/nl/peoplePlaces/ui.json' with { type: 'json' };
import type { AreaCatalogue } from './area';

/**
 * The save dialog names the file type from `exports.panel.fileTypes.<extension>` (exports area);
 * the CSV type is added here, next to the CSV export of people and suppliers.
 */
export const peoplePlacesCatalogue: AreaCatalogue = {
  nl: {
    fields: nlFields,
    choices: nlChoices,
    lists: nlLists,
    peoplePlaces: nlUi,
    exports: { panel: { fileTypes: nlCsvFileType } },
  },
  en: {
    fields: enFields,
    choices: enChoices,
    lists: enLists,
    peoplePlaces: enUi,
    exports: { panel: { fileTypes: enCsvFileType } },
  },
};
