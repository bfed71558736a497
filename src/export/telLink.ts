import { html } from './html/printView';

/**
 * A phone number as typed ("+32 (0)56 12 34 56", "0032 56 12 34 56", "0470/55.66.01 (toestel 12)")
 * as a phone dials it: "+3256123456", "0470556601". The country's trunk "(0)" after a country code
 * is dropped, "00" in front is "+", an extension or note after the number is left out. Only digits
 * and a leading "+" remain (and "*" "#" for service codes), so plan text can never become a link of
 * another kind. '' when nothing dialable is left.
 */
export function dialNumber(typed: string): string {
  const number = typed
    .trim()
    // What follows a letter or an opening bracket (other than the trunk "(0)") is a note: "toestel 12", "(secretariaat)".
    .replace(/(\(0\)|\()|[A-Za-zÀ-ÿ]/g, (match, bracket: string | undefined) => (bracket === '(0)' ? match : '\u0000'))
    .split('\u0000')[0]!;
  const international = /^\s*(\+|00)/.test(number);
  const digits = number
    .replace(/^\s*(\+|00)/, '')
    .replace(/\(0\)/g, international ? '' : '0')
    .replace(/[^0-9*#]/g, '');
  if (!/\d/.test(digits)) return '';
  return international ? `+${digits}` : digits;
}

/** The number shown as typed, inside a `tel:` link to the number as dialled (plain text when nothing is dialable). */
export function telLink(typed: string, shown = html(typed)): string {
  const dial = dialNumber(typed);
  return dial ? `<a class="tel" href="tel:${dial}">${shown}</a>` : shown;
}
