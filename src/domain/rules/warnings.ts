/**
 * A finding of a check, as data: the interface translates `code` (with `params`) and links to
 * `target`, the field where the coordinator can fix it.
 */
export interface PlanWarning {
  code: string;
  params: Record<string, string | number>;
  target: { section: string; id: string; field: string };
}

/** A stored list item as the rules read it: values may be missing or odd (drafts are allowed). */
export type LooseItem = { id: string } & Record<string, unknown>;

export function hoursOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function idsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}

export function nameOf(item: LooseItem | undefined): string {
  return textOf(item?.name).trim();
}
