import enUi from '../locales/en/imports/ui.json' with { type: 'json' };
import nlUi from '../locales/nl/imports/ui.json' with { type: 'json' };
import type { AreaCatalogue } from './area';

/** Importing lists from files: why a file is refused, which tool was recognised, what an import changed. */
export const importsCatalogue: AreaCatalogue = {
  nl: { imports: nlUi },
  en: { imports: enUi },
};
