import type { Finding, Severity } from '../healthTypes';
import type { StepId } from '../steps';
import type { ListKey, ListRecord } from '../records';
import { type PlanSnapshot, itemsOf, titleOf } from './snapshot';
import type { CheckResult, WarningParams } from './warnings';

/** What a rule reports, the same for every place it flags: its code, catalogue key, weight and step. */
export interface WarningKind {
  code: string;
  message: string;
  severity: Severity;
  step: StepId;
}

/** A finding about a section as a whole (nothing in it yet answers the finding), or a field of a singleton. */
export function sectionWarning(
  kind: WarningKind,
  { section, field }: { section: string; field?: string },
  params: WarningParams = {},
): Finding {
  return { ...kind, section, ...(field === undefined ? {} : { field }), params };
}

export interface ItemWarningSpec<K extends ListKey> extends WarningKind {
  section: K;
  /** The field to focus when the coordinator follows the finding. */
  field?: string;
  /** What the message is filled in with; by default the item's title. */
  params?: WarningParams | ((item: ListRecord<K>) => WarningParams);
}

/** A finding about one item of a list, leading to that item (and field). */
export function itemWarning<K extends ListKey>(
  { params, field, ...kind }: ItemWarningSpec<K>,
  item: ListRecord<K>,
): Finding {
  return {
    ...kind,
    itemId: item.id,
    ...(field === undefined ? {} : { field }),
    params: typeof params === 'function' ? params(item) : (params ?? { title: titleOf(kind.section, item) }),
  };
}

/** One finding for every item of `spec.section` that `flagged` picks out. */
export function itemWarnings<K extends ListKey>(
  plan: PlanSnapshot,
  spec: ItemWarningSpec<K>,
  flagged: (item: ListRecord<K>) => boolean,
): Finding[] {
  return itemsOf(plan, spec.section)
    .filter(flagged)
    .map((item) => itemWarning(spec, item));
}

/** A check's result (restart order, backups, people) as the finding the health overview lists. */
export function findingWarning(result: CheckResult, kind: Omit<WarningKind, 'code'>): Finding {
  return {
    code: result.code,
    ...kind,
    section: result.section,
    itemId: result.itemId,
    ...(result.field === undefined ? {} : { field: result.field }),
    params: result.params,
  };
}
