import enErrors from '../locales/en/media/errors.json' with { type: 'json' };
import enMedia from '../locales/en/media/media.json' with { type: 'json' };
import nlErrors from '../locales/nl/media/errors.json' with { type: 'json' };
import nlMedia from '../locales/nl/media/media.json' with { type: 'json' };
import type { AreaCatalogue } from './area';

/** A plan whose file cannot be reached (a USB stick pulled out): the notice, its actions, the close warning. */
export const mediaCatalogue: AreaCatalogue = {
  nl: { media: nlMedia, errors: nlErrors },
  en: { media: enMedia, errors: enErrors },
};
