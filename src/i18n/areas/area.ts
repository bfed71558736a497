export type CatalogueTree = { [key: string]: string | CatalogueTree };

/** The strings one area of Paraat adds, per language; catalogues.ts merges all areas. */
export interface AreaCatalogue {
  nl: CatalogueTree;
  en: CatalogueTree;
}
