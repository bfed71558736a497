import { activationCatalogue } from './areas/activation';
import type { AreaCatalogue, CatalogueTree } from './areas/area';
import { encryptionCatalogue } from './areas/encryption';
import { exportsCatalogue } from './areas/exports';
import { foundationCatalogue } from './areas/foundation';
import { mediaCatalogue } from './areas/media';
import { peoplePlacesCatalogue } from './areas/peoplePlaces';
import { risksIncidentsCatalogue } from './areas/risksIncidents';
import { servicesInventoryCatalogue } from './areas/servicesInventory';
import { shellCatalogue } from './areas/shell';
import { versionsCatalogue } from './areas/versions';

/**
 * Every user-visible string of Paraat, per language, merged from the areas. Field labels live
 * under `fields.<section>.<field>.label` and choice labels under `choices.<set>.<value>`, so forms
 * and exports find them from the section schema alone. Flemish and Netherlands wording are
 * i18next contexts (`_flanders`, `_netherlands`).
 */
const AREAS: readonly AreaCatalogue[] = [
  foundationCatalogue,
  peoplePlacesCatalogue,
  servicesInventoryCatalogue,
  risksIncidentsCatalogue,
  exportsCatalogue,
  versionsCatalogue,
  activationCatalogue,
  shellCatalogue,
  mediaCatalogue,
  encryptionCatalogue,
];

function merge(target: CatalogueTree, source: CatalogueTree, path: string): CatalogueTree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') merge(existing, value, `${path}${key}.`);
    else if (existing !== undefined) throw new Error(`Catalogue key ${path}${key} is defined twice`);
    else target[key] = typeof value === 'object' ? merge({}, value, `${path}${key}.`) : value;
  }
  return target;
}

export const catalogues = {
  nl: AREAS.reduce<CatalogueTree>((all, area) => merge(all, area.nl, ''), {}),
  en: AREAS.reduce<CatalogueTree>((all, area) => merge(all, area.en, ''), {}),
};

export type Language = keyof typeof catalogues;
