/** The values a warning's message is filled in with (names, dates, hours). */
export type WarningParams = Record<string, string | number>;

/** Where the coordinator fixes a finding: the section, the item of a list, and the field to focus. */
export interface WarningPlace {
  section: string;
  itemId: string;
  /** The field to focus when the coordinator follows the warning. */
  field?: string;
}

/**
 * A finding of a check, as data: the interface translates `code` (with `params`) and links to the
 * place where the coordinator fixes it. The health overview adds a weight and a step to it
 * (`Finding`, src/domain/healthTypes.ts).
 */
export interface CheckResult<Code extends string = string> extends WarningPlace {
  code: Code;
  params: WarningParams;
}

/** A finding of the restart-order, inventory and backup checks: always down to a field. */
export interface PlanWarning extends CheckResult {
  field: string;
}

export function hoursOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function idsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}

/** An item's name, trimmed; '' when it has none. */
export function nameOf(item: { readonly name?: unknown } | undefined): string {
  return textOf(item?.name).trim();
}
