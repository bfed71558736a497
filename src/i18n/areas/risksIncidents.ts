import type { AreaCatalogue } from './area';

export const risksIncidentsCatalogue: AreaCatalogue = { nl: {}, en: {} };
