/**
 * A calendar date as people write it in the language they read: "15 september 2026",
 * "15 September 2026". The one date format of the interface and the exports alike, so a table never
 * shows 2026-09-15 beside a sentence that says "15 september 2026".
 */

export type DateLanguage = 'nl' | 'en';

// Made once: a formatter costs far more to make than to use, and a plan of thousands of rows prints thousands of dates.
const DATE_FORMATS: Record<DateLanguage, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** The date language for an i18next language tag ("en", "en-GB", "nl"). */
export function dateLanguage(tag: string | undefined): DateLanguage {
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** A `YYYY-MM-DD` date in words; anything else (a half-typed or odd value) is returned as it is. */
export function formatDate(value: string, language: DateLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return value;
  return DATE_FORMATS[language].format(date);
}
