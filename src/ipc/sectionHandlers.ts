import { PlanError } from '../domain/errors';
import { resolveDependencies } from '../domain/rules/inventoryCsv';
import { validatePatch } from '../domain/section';
import type { PlanDocument } from '../storage/planDocument';
import type { Handlers } from './handlerTypes';
import type { WindowPlans } from './windowPlans';

function checkedPatch(
  document: PlanDocument,
  sectionKey: string,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const checked = validatePatch(document.section(sectionKey), patch);
  if (!checked.ok) {
    throw new PlanError('invalid-request', `Invalid values for ${sectionKey}: ${checked.problems.join('; ')}`, {
      section: sectionKey,
    });
  }
  return checked.value;
}

/** Reading and editing the plan's sections and list items; every value is checked against its section. */
export function sectionHandlers({ current, mutate }: WindowPlans) {
  return {
    'section.get': ({ section }, context) => current(context).document.singleton(section).get(),
    'section.update': ({ section, patch }, context) =>
      mutate(context, (document) => document.singleton(section).update(checkedPatch(document, section, patch))),
    'items.list': ({ section }, context) => current(context).document.list(section).list(),
    'items.add': ({ section, data }, context) =>
      mutate(context, (document) => document.list(section).add(checkedPatch(document, section, data ?? {}))),
    'items.addMany': ({ section, items }, context) =>
      mutate(context, (document) => {
        const list = document.list(section);
        const checked = items.map((data) => checkedPatch(document, section, data));
        return document.db.transaction(() => checked.map((data) => list.add(data)))();
      }),
    'items.update': ({ section, id, patch }, context) =>
      mutate(context, (document) => document.list(section).update(id, checkedPatch(document, section, patch))),
    'items.remove': ({ section, id }, context) =>
      mutate(context, (document) => {
        document.list(section).remove(id);
        return null;
      }),
    'items.restore': ({ section, id, data, toIndex }, context) =>
      mutate(context, (document) => {
        const list = document.list(section);
        const checked = checkedPatch(document, section, data);
        if (list.list().some((item) => item.id === id))
          throw new PlanError('invalid-request', `Item ${id} is still in ${section}`, { section, id });
        return document.db.transaction(() => {
          list.add(checked, id);
          return list.move(id, toIndex);
        })();
      }),
    'items.move': ({ section, id, toIndex }, context) =>
      mutate(context, (document) => document.list(section).move(id, toIndex)),
    'inventory.import': ({ rows }, context) =>
      mutate(context, (document) => {
        const systems = document.list('systems');
        return document.db.transaction(() => {
          const added = rows.map((row) =>
            systems.add(checkedPatch(document, 'systems', { ...row.data, dependsOn: [] })),
          );
          const all = systems.list().map((item) => ({ id: item.id, name: String(item.name ?? '') }));
          const unresolved = new Set<string>();
          rows.forEach((row, i) => {
            if (row.dependsOnNames.length === 0) return;
            const resolved = resolveDependencies(row.dependsOnNames, all);
            resolved.unresolved.forEach((name) => unresolved.add(name));
            if (resolved.ids.length > 0) systems.update(added[i]!.id, { dependsOn: resolved.ids });
          });
          return { added: added.length, unresolved: [...unresolved] };
        })();
      }),
  } satisfies Partial<Handlers>;
}
