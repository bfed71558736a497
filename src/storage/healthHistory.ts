import type { PlanDocument } from './planDocument';

/** A score the plan had on a day. */
export interface ScorePoint {
  date: string;
  score: number;
}

const KEY = 'healthHistory';

/** How many days of scores the plan keeps: enough to see a trend, small enough to show in one line. */
export const HISTORY_LENGTH = 8;

export function readHealthHistory(document: PlanDocument): ScorePoint[] {
  try {
    const stored: unknown = JSON.parse(document.meta.get(KEY) ?? '[]');
    return Array.isArray(stored)
      ? stored.filter(
          (point): point is ScorePoint =>
            typeof point?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(point.date) && Number.isFinite(point?.score),
        )
      : [];
  } catch {
    // A history edited by hand is no reason to refuse the plan's health: it starts again.
    return [];
  }
}

/**
 * Keeps the score of `date` in the plan file (the last one of each day, the last HISTORY_LENGTH
 * days), so the trend travels with the plan. A plan open read-only, or whose file cannot be written
 * just now, keeps its history as it is: the trend is never worth failing the health for.
 */
export function recordHealthScore(document: PlanDocument, date: string, score: number): ScorePoint[] {
  const history = readHealthHistory(document);
  const last = history.at(-1);
  if (last?.date === date && last.score === score) return history;
  const next = [...history.filter((point) => point.date !== date), { date, score }]
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(-HISTORY_LENGTH);
  if (document.file.readOnly) return history;
  try {
    document.assertWritable();
    document.meta.set(KEY, JSON.stringify(next));
    return next;
  } catch {
    return history;
  }
}
