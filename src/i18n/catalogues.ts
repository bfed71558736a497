import { activationCatalogue } from './areas/activation';
import type { AreaCatalogue, CatalogueTree } from './areas/area';
import { encryptionCatalogue } from './areas/encryption';
import { exportsCatalogue } from './areas/exports';
import { findingsCatalogue } from './areas/findings';
import { foundationCatalogue } from './areas/foundation';
import { importsCatalogue } from './areas/imports';
import { mediaCatalogue } from './areas/media';
import { peoplePlacesCatalogue } from './areas/peoplePlaces';
import { risksIncidentsCatalogue } from './areas/risksIncidents';
import { servicesInventoryCatalogue } from './areas/servicesInventory';
import { shellCatalogue } from './areas/shell';
import { standardsCatalogue } from './areas/standards';
import { versionsCatalogue } from './areas/versions';

/**
 * Every user-visible string of Paraat, per language, merged from the areas. Field labels live
 * under `fields.<section>.<field>.label` and choice labels under `choices.<set>.<value>`, so forms
 * and exports find them from the section schema alone. Belgian and Netherlands wording are
 * i18next contexts: `_be` / `_nl` for a whole country, `_flanders` / `_netherlands` for its
 * municipalities only (see wordingRegion in src/domain/organisationKinds.ts).
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
  standardsCatalogue,
  importsCatalogue,
  findingsCatalogue,
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

/** The municipality context that inherits each country context's variants. */
const MUNICIPALITY_OF_COUNTRY: Readonly<Record<string, string>> = { _be: '_flanders', _nl: '_netherlands' };

/**
 * i18next falls back from `key_context` to `key` only, so a Flemish municipality would not read the
 * Belgian `_be` variant (Gsm, GBA). Rather than write each one twice, a country variant is copied to
 * its municipality context wherever the municipality has no variant of its own.
 */
function inheritCountryWording(tree: CatalogueTree): CatalogueTree {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'object') {
      inheritCountryWording(value);
      continue;
    }
    const suffix = key.slice(-3);
    const municipality = MUNICIPALITY_OF_COUNTRY[suffix];
    if (municipality && !Object.hasOwn(tree, key.slice(0, -3) + municipality))
      tree[key.slice(0, -3) + municipality] = value;
  }
  return tree;
}

export const catalogues = {
  nl: inheritCountryWording(AREAS.reduce<CatalogueTree>((all, area) => merge(all, area.nl, ''), {})),
  en: inheritCountryWording(AREAS.reduce<CatalogueTree>((all, area) => merge(all, area.en, ''), {})),
};

export type Language = keyof typeof catalogues;

/** The entry at a dotted key ('fields.people.name.label'): a string, a subtree, or undefined. */
export function catalogueEntry(tree: CatalogueTree, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as CatalogueTree)[key] : undefined),
      tree,
    );
}
