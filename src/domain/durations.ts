/**
 * Durations as coordinators type them, in Dutch or English: "4", "4u", "4 uur", "1,5", "halve dag",
 * "2 dagen", "1 dag en 4 uur", "30 min", "4h", "half a day", "a week". A plan stores hours (RTO, RPO,
 * SLA times); a day is 24 hours and a week seven days, since an outage runs on the clock, not on
 * office hours. Anything else is refused rather than guessed, so "4 appels" never becomes 4 hours.
 */

export const MAX_DURATION_HOURS = 24 * 365;

export type DurationReading = { ok: true; hours: number | null } | { ok: false; problem: 'unreadable' | 'too-long' };

const UNIT_HOURS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(m|min|mins|minuut|minuten|minute|minutes)$/, 1 / 60],
  [/^(u|uur|uren|h|hr|hrs|hour|hours)$/, 1],
  [/^(d|dag|dagen|day|days|etmaal|etmalen)$/, 24],
  [/^(w|wk|week|weken|weeks)$/, 24 * 7],
];

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  een: 1,
  één: 1,
  a: 1,
  an: 1,
  one: 1,
  half: 0.5,
  halve: 0.5,
  anderhalf: 1.5,
  anderhalve: 1.5,
  twee: 2,
  two: 2,
  drie: 3,
  three: 3,
  vier: 4,
  four: 4,
  vijf: 5,
  five: 5,
  zes: 6,
  six: 6,
  acht: 8,
  eight: 8,
  tien: 10,
  ten: 10,
  twaalf: 12,
  twelve: 12,
};

/** "1,5", "1.5", "½", "een", "half": the amount in front of a unit. */
function amount(word: string): number | null {
  if (word === '½') return 0.5;
  if (/^\d+([.,]\d+)?$/.test(word)) return Number(word.replace(',', '.'));
  return NUMBER_WORDS[word] ?? null;
}

function unitHours(word: string): number | null {
  for (const [pattern, hours] of UNIT_HOURS) if (pattern.test(word)) return hours;
  return null;
}

/**
 * Splits "4u30", "2dagen", "1,5uur" into amount and unit words; "een halve dag" and "half a day"
 * become one amount ("een halve" is a half, not one and a half).
 */
function words(text: string): string[] {
  const spaced = text
    .toLocaleLowerCase('nl')
    .replace(/(\d)\s*([a-zé½])/g, '$1 $2')
    .replace(/([a-zé])(\d)/g, '$1 $2')
    .replace(/\s+(en|and)\s+/g, ' ')
    .replace(/[+;]/g, ' ')
    .trim();
  const list = spaced.split(/\s+/).filter(Boolean);
  const joined: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!;
    const next = list[i + 1];
    // "een halve dag", "half a day": the article goes with the half.
    if ((word === 'een' || word === 'één') && (next === 'halve' || next === 'half')) continue;
    if (word === 'half' && (next === 'a' || next === 'an')) {
      joined.push('half');
      i++;
      continue;
    }
    joined.push(word);
  }
  return joined;
}

/** Reads a typed duration as hours; an empty field is no value (null), not zero. */
export function parseDuration(typed: string): DurationReading {
  const text = typed.trim();
  if (text === '') return { ok: true, hours: null };
  const parts = words(text);
  let hours = 0;
  let i = 0;
  while (i < parts.length) {
    const quantity = amount(parts[i]!);
    if (quantity === null) return { ok: false, problem: 'unreadable' };
    const unit = parts[i + 1] === undefined ? null : unitHours(parts[i + 1]!);
    if (unit === null) {
      const digits = /^\d+$/.test(parts[i]!);
      // "4u30": minutes after the hours, as a clock reads.
      if (digits && i === parts.length - 1 && i >= 2 && unitHours(parts[i - 1]!) === 1 && quantity < 60) {
        hours += quantity / 60;
        i += 1;
        continue;
      }
      // Otherwise a bare number is hours, and only on its own: "4 appels" or "2 4" is not a duration.
      if (parts.length !== 1 || !/\d/.test(parts[i]!)) return { ok: false, problem: 'unreadable' };
      hours += quantity;
      i += 1;
    } else {
      hours += quantity * unit;
      i += 2;
    }
  }
  // Half-minute precision is plenty, and spares the plan 0.30000000000000004 hours.
  const rounded = Math.round(hours * 120) / 120;
  if (rounded > MAX_DURATION_HOURS) return { ok: false, problem: 'too-long' };
  return { ok: true, hours: rounded };
}

/** How a duration reads back: whole days when it is whole days, minutes under an hour, else hours. */
export type DurationParts = { unit: 'minutes' | 'hours' | 'days'; count: number };

export function durationParts(hours: number): DurationParts {
  if (hours > 0 && hours < 1) return { unit: 'minutes', count: Math.round(hours * 60) };
  if (hours >= 24 && hours % 24 === 0) return { unit: 'days', count: hours / 24 };
  return { unit: 'hours', count: hours };
}
