import type { AreaCatalogue } from './area';

export const servicesInventoryCatalogue: AreaCatalogue = { nl: {}, en: {} };
