import i18next, { type TFunction, type TOptions } from 'i18next';
import { catalogues, type Language } from '../i18n/catalogues';

/**
 * An i18next instance of its own for one export: exports run in the main process (or the command
 * line), in the language chosen for the document, whatever language the interface shows.
 * `region` (wordingRegion) picks the Belgian or Netherlands wording where the catalogue has it.
 */
export function exportTranslator(language: Language, region: string): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { nl: { translation: catalogues.nl }, en: { translation: catalogues.en } },
    lng: language,
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t = instance.t.bind(instance);
  return ((key: string | string[], options?: TOptions) => t(key, { context: region, ...options })) as TFunction;
}
