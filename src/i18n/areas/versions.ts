import en from '../locales/en/versions/versions.json' with { type: 'json' };
import nl from '../locales/nl/versions/versions.json' with { type: 'json' };
import type { AreaCatalogue } from './area';

/** Issued versions, comparisons and the record of changes (`versions.*`). */
export const versionsCatalogue: AreaCatalogue = { nl: { versions: nl }, en: { versions: en } };
