import enMenu from '../locales/en/shell/menu.json' with { type: 'json' };
import nlMenu from '../locales/nl/shell/menu.json' with { type: 'json' };
import type { AreaCatalogue } from './area';

/** The desktop shell: the application menu and the about dialog (`menu`). */
export const shellCatalogue: AreaCatalogue = {
  nl: { menu: nlMenu },
  en: { menu: enMenu },
};
