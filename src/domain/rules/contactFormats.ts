/**
 * Lenient checks of phone numbers and e-mail addresses. A coordinator types numbers the way they
 * are printed on a business card ("+32 (0)50 12 34 56", "050/12.34.56", "06-12345678"), so these
 * never reject anything: they only say when a value looks like a typo worth a second look.
 */

export type FormatVerdict = 'empty' | 'ok' | 'suspicious';

/** Separators people write in numbers; everything else but digits and a leading + is suspicious. */
const SEPARATORS = /[\s.\-/()]/g;

/** Short service and emergency numbers (112, 101, 1813, 0800 numbers are handled separately). */
const SHORT_NUMBER = /^\d{3,4}$/;

export function checkPhone(raw: string): FormatVerdict {
  const value = raw.trim();
  if (value === '') return 'empty';
  // "+32 (0)50 ..." writes the trunk zero that must be dropped when dialling from abroad.
  const compact = value.replace(/\(0\)/g, '').replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return 'suspicious';
  if (SHORT_NUMBER.test(compact)) return 'ok';
  const international = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : null;
  if (international !== null) {
    if (international.startsWith('32')) return withinLength(international.slice(2), 8, 9);
    if (international.startsWith('31')) return withinLength(international.slice(2), 9, 9);
    // E.164 allows at most 15 digits including the country code.
    return withinLength(international, 8, 15);
  }
  if (!compact.startsWith('0')) return 'suspicious';
  // Free and premium numbers (0800, 0900, 0070...) are shorter or longer than ordinary ones.
  if (/^0(800|90\d|70|78)/.test(compact)) return withinLength(compact, 8, 11);
  // Belgian landlines have 9 digits with the trunk zero, Belgian mobiles and Dutch numbers 10.
  return withinLength(compact, 9, 10);
}

function withinLength(digits: string, min: number, max: number): FormatVerdict {
  return digits.length >= min && digits.length <= max ? 'ok' : 'suspicious';
}

/** Something@domain.tld, without spaces, commas or a doubled @; unicode letters are fine. */
const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>.]{2,}$/u;

export function checkEmail(raw: string): FormatVerdict {
  const value = raw.trim();
  if (value === '') return 'empty';
  if (!EMAIL.test(value)) return 'suspicious';
  // "name@domain..be" and "name@.be" are typos.
  const domain = value.slice(value.indexOf('@') + 1);
  if (domain.startsWith('.') || domain.includes('..')) return 'suspicious';
  return 'ok';
}
