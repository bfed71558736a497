import type { AreaCatalogue } from './area';

export const exportsCatalogue: AreaCatalogue = { nl: {}, en: {} };
