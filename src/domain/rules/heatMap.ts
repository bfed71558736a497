/**
 * The risk heat map: likelihood × impact on a 1–5 scale. A score is the product; its band is
 * what the colour of the cell says to management.
 */
export type RiskBand = 'low' | 'medium' | 'high' | 'critical';

export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;

/** A rating as stored ('1'..'5', or a number); anything else is "not rated yet". */
export function rating(value: unknown): number | null {
  const parsed =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isInteger(parsed) && parsed >= 1 && parsed <= 5 ? parsed : null;
}

export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** 1–4 low, 5–9 medium, 10–16 high, 20–25 critical (the usual split of a 5×5 matrix). */
export function riskBand(score: number): RiskBand {
  if (score >= 20) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

export interface RatedRisk {
  likelihood: number;
  impact: number;
  score: number;
  band: RiskBand;
}

/**
 * What a rating is read from: a risk's likelihood and impact (before or after its measures) as
 * stored, which may be odd; the risk's other fields are not read.
 */
export interface Rated {
  readonly likelihood?: unknown;
  readonly impact?: unknown;
  readonly [field: string]: unknown;
}

export type RatedItem = Rated & { readonly id: string };

/** A risk's rating, or null while its likelihood or impact is missing. */
export function rateRisk(risk: Rated): RatedRisk | null {
  const likelihood = rating(risk.likelihood);
  const impact = rating(risk.impact);
  if (likelihood === null || impact === null) return null;
  const score = riskScore(likelihood, impact);
  return { likelihood, impact, score, band: riskBand(score) };
}

export interface HeatMapCell {
  likelihood: number;
  impact: number;
  score: number;
  band: RiskBand;
  riskIds: string[];
}

export interface HeatMap {
  /** Rows from impact 5 (top) down to 1, columns from likelihood 1 to 5: the way the map is drawn. */
  rows: HeatMapCell[][];
  /** Risks that cannot be placed yet because likelihood or impact is missing. */
  unrated: string[];
}

export function heatMap(risks: readonly RatedItem[]): HeatMap {
  const rows = [...SCALE_VALUES].reverse().map((impact) =>
    SCALE_VALUES.map((likelihood) => {
      const score = riskScore(likelihood, impact);
      return { likelihood, impact, score, band: riskBand(score), riskIds: [] as string[] };
    }),
  );
  const unrated: string[] = [];
  for (const risk of risks) {
    const rated = rateRisk(risk);
    if (!rated) unrated.push(risk.id);
    else rows[5 - rated.impact]![rated.likelihood - 1]!.riskIds.push(risk.id);
  }
  return { rows, unrated };
}

export function isSevere(band: RiskBand): boolean {
  return band === 'high' || band === 'critical';
}
