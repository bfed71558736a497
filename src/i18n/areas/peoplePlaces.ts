import type { AreaCatalogue } from './area';

export const peoplePlacesCatalogue: AreaCatalogue = { nl: {}, en: {} };
