import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, type Language } from '../i18n/catalogues';

export function setUpI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: {
      nl: { translation: catalogues.nl },
      en: { translation: catalogues.en },
    },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
