import { type ImportedRow, planImport } from '../domain/csv/importPlan';
import type { ListKey } from '../domain/csv/importWords';
import { PlanError } from '../domain/errors';
import { resolveDependencies } from '../domain/rules/inventoryCsv';
import { validatePatch } from '../domain/section';
import type { PlanDocument } from '../storage/planDocument';
import type { Handlers } from './handlerTypes';
import type { WindowPlans } from './windowPlans';

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  /** Items of the list the file no longer has, by name: named, not removed. */
  disappeared: string[];
  /** Dependencies that name no system. */
  unresolved: string[];
}

/**
 * Stores the rows of a list file in one transaction: matching items updated, new ones added,
 * dependencies linked by name. With `dryRun` it says what it would do and writes nothing. The
 * dialog and `paraat import-list` both come here.
 */
export function importList(
  document: PlanDocument,
  list: ListKey,
  rows: readonly ImportedRow[],
  dryRun: boolean,
): ImportSummary {
  const section = document.section(list);
  const checked = rows.map((row) => {
    const result = validatePatch(section, { ...row.data, ...(list === 'systems' ? { dependsOn: [] } : {}) });
    if (!result.ok)
      throw new PlanError('invalid-request', `Invalid values for ${list}: ${result.problems.join('; ')}`, {
        section: list,
      });
    // Fields the file did not have stay as they are on an item that is updated.
    const present = Object.fromEntries(Object.entries(result.value).filter(([key]) => key in row.data));
    return { data: present, dependsOnNames: row.dependsOnNames ?? [] };
  });
  const items = document.list(list);
  const changes = planImport(list, items.list(), checked);
  const summary: ImportSummary = {
    added: changes.add.length,
    updated: changes.update.length,
    unchanged: changes.unchanged.length,
    disappeared: changes.disappeared,
    unresolved: [],
  };
  if (dryRun) return summary;
  document.db.transaction(() => {
    const ids = new Map<number, string>();
    for (const index of changes.add) ids.set(index, items.add(checked[index]!.data).id);
    for (const { index, id, patch } of changes.update) {
      if (Object.keys(patch).length > 0) items.update(id, patch);
      ids.set(index, id);
    }
    if (list !== 'systems') return;
    const all = items.list().map((item) => ({ id: item.id, name: String(item.name ?? '') }));
    const unresolved = new Set<string>();
    checked.forEach((row, index) => {
      const id = ids.get(index);
      if (!id || row.dependsOnNames.length === 0) return;
      const resolved = resolveDependencies(row.dependsOnNames, all);
      resolved.unresolved.forEach((name) => unresolved.add(name));
      if (resolved.ids.length > 0) items.update(id, { dependsOn: resolved.ids.filter((other) => other !== id) });
    });
    summary.unresolved = [...unresolved];
  })();
  return summary;
}

export function importHandlers({ current, mutate }: WindowPlans) {
  return {
    'lists.import': ({ section, rows, dryRun }, context) =>
      dryRun
        ? importList(current(context).document, section, rows, true)
        : mutate(context, (document) => importList(document, section, rows, false)),
  } satisfies Partial<Handlers>;
}
