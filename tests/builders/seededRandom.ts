/**
 * Mulberry32: small, fast, and the same numbers for the same seed on every machine, so a generated
 * plan (bench/generatePlan.ts) or a failing reliability run (scripts/reliability) can be replayed.
 */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  /** Between min and max different values, fewer when there are not that many. */
  const some = <T>(values: readonly T[], min: number, max: number): T[] => {
    const wanted = Math.min(values.length, int(min, max));
    const chosen = new Set<T>();
    while (chosen.size < wanted) chosen.add(pick(values));
    return [...chosen];
  };
  const bytes = (length: number) => Buffer.from(Array.from({ length }, () => Math.floor(next() * 256)));
  return { next, int, pick, some, bytes };
}

export type SeededRandom = ReturnType<typeof seededRandom>;
