/**
 * A header or name as CSV matching compares it: no accents, no case, letters and digits only, in
 * any script ("Σοφία" and "Ελένη" are two people, not two empty names). A name of only symbols (an
 * emoji) is compared as written, without spaces, rather than as nothing.
 */
export const normalise = (value: string) => {
  const letters = value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  return letters || value.replace(/\s/g, '');
};
