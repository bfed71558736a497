import { normalise } from './normalise';
import { SUPPLIER_KIND_WORDS, SYSTEM_KIND_HINTS, SYSTEM_KIND_WORDS } from './importWords';

/**
 * A choice written in a cell, read the way a person would: the option's own labels, then the
 * words people and tools use for it, then a word inside a longer text ("Laptop Dell" is a
 * laptop). What still reads as nothing is for the caller to keep as "other" with the text.
 */

type Words = Record<string, readonly string[]>;

/** Words that name a platform more than a kind of device. */
const VAGUE = new Set(['windows', 'mac', 'apple', 'computer', 'pc', 'cloud', 'it']);

const indexes = new WeakMap<Words, Map<string, string>>();
function indexOf(words: Words): Map<string, string> {
  let index = indexes.get(words);
  if (!index) {
    index = new Map();
    for (const [option, list] of Object.entries(words))
      for (const word of list) if (!index.has(normalise(word))) index.set(normalise(word), option);
    indexes.set(words, index);
  }
  return index;
}

function readWith(words: Words, raw: string): string | null {
  const key = normalise(raw);
  if (!key) return null;
  const index = indexOf(words);
  const whole = index.get(key);
  if (whole) return whole;
  // "Laptop Dell 14 inch", "Windows Laptop": a word of the text that names a kind, a precise one before "Windows".
  const parts = raw
    .toLowerCase()
    .split(/[\s,;/()+&_-]+/)
    .map(normalise)
    .filter((word) => word.length > 1);
  const found = parts.filter((word) => index.has(word));
  const kind = index.get(found.find((word) => !VAGUE.has(word)) ?? found[0] ?? '');
  if (kind) return kind;
  // A Dutch compound names its kind last: "netwerkprinter" is a printer, "kernswitch" a switch.
  const head = parts.map((word) => compoundHead(word, index)).find(Boolean);
  return head ? index.get(head)! : null;
}

/** The longest known word a compound ends with (at least 4 letters, after at least 3). */
function compoundHead(word: string, index: Map<string, string>): string | null {
  for (let start = 3; word.length - start >= 4; start++) {
    const tail = word.slice(start);
    if (index.has(tail) && !VAGUE.has(tail)) return tail;
  }
  return null;
}

/** A kind of system from the words people and asset tools write, or null when nothing reads. */
export const readKind = (raw: string): string | null => readWith(SYSTEM_KIND_WORDS, raw);

/** A kind of supplier from the words people write ("IT-partner", "ISP", "verzekering"). */
export const readSupplierKind = (raw: string): string | null => readWith(SUPPLIER_KIND_WORDS, raw);

/**
 * A kind told by an operating system or a model name ("Windows Server 2022", "Latitude 5440").
 * The most telling hint wins: a laptop model says more than "Windows 11" beside it.
 */
export function kindFromHint(hints: readonly string[]): string | null {
  for (const [kind, pattern] of SYSTEM_KIND_HINTS) if (hints.some((hint) => pattern.test(hint))) return kind;
  return null;
}
