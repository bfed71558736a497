/**
 * What Paraat asks of a passphrase that encrypts a plan copy, shared by the main process (which
 * refuses a shorter one) and the interface (which says so while it is typed).
 */
export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_PASSPHRASE_LENGTH = 4096;

/** Counted in characters as a person sees them, not in UTF-16 units. */
export function passphraseProblem(passphrase: string): 'too-short' | 'too-long' | null {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  if (length > MAX_PASSPHRASE_LENGTH) return 'too-long';
  return null;
}

export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

/**
 * A rough hint while typing, not a guarantee: length counts most, then separate words and kinds of
 * characters; a passphrase of few distinct characters ("aaaaaaaaaaaa") is weak whatever its length.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  if (passphraseProblem(passphrase) === 'too-short') return 'too-short';
  const characters = [...passphrase];
  if (new Set(characters).size < 6) return 'weak';
  const words = passphrase
    .trim()
    .split(/\s+/)
    .filter((word) => [...word].length >= 2).length;
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}\s]/u, /\s/].filter((kind) =>
    kind.test(passphrase),
  ).length;
  const score = characters.length + 4 * Math.max(0, words - 1) + 2 * Math.max(0, kinds - 1);
  if (score < 20) return 'weak';
  if (score < 30) return 'fair';
  return 'strong';
}
