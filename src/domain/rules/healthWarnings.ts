import type { HealthWarning, Severity } from '../healthTypes';
import type { StepId } from '../steps';
import { type PlanSnapshot, type SnapshotItem, itemsOf, titleOf } from './snapshot';
import type { Finding, WarningParams } from './warnings';

/** What a rule reports, the same for every place it flags: its id, catalogue key, weight and step. */
export interface WarningKind {
  rule: string;
  message: string;
  severity: Severity;
  step: StepId;
}

/** A warning about a section as a whole (nothing in it yet answers the finding), or a field of a singleton. */
export function sectionWarning(
  kind: WarningKind,
  { section, field }: { section: string; field?: string },
  params: WarningParams = {},
): HealthWarning {
  return { ...kind, section, ...(field === undefined ? {} : { field }), params };
}

export interface ItemWarningSpec extends WarningKind {
  section: string;
  /** The field to focus when the coordinator follows the warning. */
  field?: string;
  /** What the message is filled in with; by default the item's title. */
  params?: WarningParams | ((item: SnapshotItem) => WarningParams);
}

/** A warning about one item of a list, leading to that item (and field). */
export function itemWarning({ params, field, ...kind }: ItemWarningSpec, item: SnapshotItem): HealthWarning {
  return {
    ...kind,
    itemId: item.id,
    ...(field === undefined ? {} : { field }),
    params: typeof params === 'function' ? params(item) : (params ?? { title: titleOf(kind.section, item) }),
  };
}

/** One warning for every item of `spec.section` that `flagged` picks out. */
export function itemWarnings(
  plan: PlanSnapshot,
  spec: ItemWarningSpec,
  flagged: (item: SnapshotItem) => boolean,
): HealthWarning[] {
  return itemsOf(plan, spec.section)
    .filter(flagged)
    .map((item) => itemWarning(spec, item));
}

/** A finding of an area's checks as the health overview lists it. */
export function findingWarning(finding: Finding, kind: Omit<WarningKind, 'rule'>): HealthWarning {
  return {
    rule: finding.code,
    ...kind,
    section: finding.section,
    itemId: finding.itemId,
    field: finding.field,
    params: finding.params,
  };
}
