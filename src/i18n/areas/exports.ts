import enCalendar from '../locales/en/exports/calendar.json' with { type: 'json' };
import enCard from '../locales/en/exports/card.json' with { type: 'json' };
import enDocument from '../locales/en/exports/document.json' with { type: 'json' };
import enKit from '../locales/en/exports/kit.json' with { type: 'json' };
import enOutside from '../locales/en/exports/outside.json' with { type: 'json' };
import enPanel from '../locales/en/exports/panel.json' with { type: 'json' };
import nlCalendar from '../locales/nl/exports/calendar.json' with { type: 'json' };
import nlCard from '../locales/nl/exports/card.json' with { type: 'json' };
import nlDocument from '../locales/nl/exports/document.json' with { type: 'json' };
import nlKit from '../locales/nl/exports/kit.json' with { type: 'json' };
import nlOutside from '../locales/nl/exports/outside.json' with { type: 'json' };
import nlPanel from '../locales/nl/exports/panel.json' with { type: 'json' };
import type { AreaCatalogue } from './area';

/** The texts of the exported plan (`exports.document`), the emergency card (`exports.card`), the off-line kit (`exports.kit`), the plan outside the app (`exports.outside`: HTML plan, vCard; `exports.calendar`: iCalendar) and the export panel (`exports.panel`). */
export const exportsCatalogue: AreaCatalogue = {
  nl: {
    exports: {
      document: nlDocument,
      panel: nlPanel,
      card: nlCard,
      kit: nlKit,
      outside: nlOutside,
      calendar: nlCalendar,
    },
  },
  en: {
    exports: {
      document: enDocument,
      panel: enPanel,
      card: enCard,
      kit: enKit,
      outside: enOutside,
      calendar: enCalendar,
    },
  },
};
