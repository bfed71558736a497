/**
 * Edits the window keeps while the plan file cannot be reached (a USB stick pulled out), in the
 * order they were made, to be written when the file is back or the plan is saved elsewhere. Pure
 * functions over the list, so the order rules can be tested without a store.
 */
/** A record as the store holds it for any section, by key: the form engine reads it by field descriptor. */
export type Fields = Record<string, unknown>;

export type UnsavedChange =
  | { kind: 'patch'; section: string; itemId: string | null; patch: Fields }
  | { kind: 'add'; section: string; id: string; data: Fields }
  | { kind: 'remove'; section: string; id: string }
  | { kind: 'move'; section: string; id: string; toIndex: number };

const TEMPORARY_PREFIX = 'unsaved-';
let temporaryCount = 0;

/** An id for an item added while the file is away; the real one comes when the add is written. */
export function temporaryId(): string {
  temporaryCount += 1;
  return `${TEMPORARY_PREFIX}${Date.now().toString(36)}-${temporaryCount}`;
}

export function isTemporaryId(id: string): boolean {
  return id.startsWith(TEMPORARY_PREFIX);
}

const concerns = (change: UnsavedChange, section: string, id: string | null) =>
  change.section === section && (change.kind === 'patch' ? change.itemId === id : change.id === id);

const pointsAt = (value: unknown, id: string) => value === id || (Array.isArray(value) && value.includes(id));

function refersToAddAfter(queue: readonly UnsavedChange[], index: number, patch: Fields): boolean {
  return queue
    .slice(index + 1)
    .some((change) => change.kind === 'add' && Object.values(patch).some((value) => pointsAt(value, change.id)));
}

/**
 * Adds field values. They join the queued add of an item not yet written, or the queued values of
 * the same record; otherwise they go at the end. The same field typed twice counts once.
 */
export function withPatch(
  queue: readonly UnsavedChange[],
  section: string,
  itemId: string | null,
  patch: Fields,
): UnsavedChange[] {
  // Only the last change of the record may take them: a remove or move after it must stay after them.
  const index = queue.findLastIndex((change) => concerns(change, section, itemId));
  // Values pointing at an item added after that change would be written before the item exists.
  const last = refersToAddAfter(queue, index, patch) ? undefined : queue[index];
  if (last?.kind === 'add')
    return queue.map((change, i) => (i === index ? { ...last, data: { ...last.data, ...patch } } : change));
  if (last?.kind === 'patch')
    return queue.map((change, i) => (i === index ? { ...last, patch: { ...last.patch, ...patch } } : change));
  return [...queue, { kind: 'patch', section, itemId, patch }];
}

export function withAdd(queue: readonly UnsavedChange[], section: string, id: string, data: Fields): UnsavedChange[] {
  return [...queue, { kind: 'add', section, id, data }];
}

/** Removing an item that was only added in this window takes its add back; nothing is written. */
export function withRemove(queue: readonly UnsavedChange[], section: string, id: string): UnsavedChange[] {
  const rest = queue.filter((change) => !concerns(change, section, id));
  const addedHere = queue.some((change) => change.kind === 'add' && concerns(change, section, id));
  return addedHere ? rest : [...rest, { kind: 'remove', section, id }];
}

export function withMove(
  queue: readonly UnsavedChange[],
  section: string,
  id: string,
  toIndex: number,
): UnsavedChange[] {
  return [...queue, { kind: 'move', section, id, toIndex }];
}

/** A field value with references to the temporary id (a role's main contact, say) pointing to the real one. */
export function withIdReplaced(value: unknown, temporary: string, real: string): unknown {
  if (value === temporary) return real;
  return Array.isArray(value) && value.includes(temporary)
    ? value.map((entry) => (entry === temporary ? real : entry))
    : value;
}

export function fieldsWithIdReplaced<T extends Fields>(fields: T, temporary: string, real: string): T {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, withIdReplaced(value, temporary, real)]),
  ) as T;
}

/** Once a queued add is written, what follows refers to the item by its real id, also in references. */
export function withRealId(queue: readonly UnsavedChange[], temporary: string, real: string): UnsavedChange[] {
  return queue.map((change) => {
    switch (change.kind) {
      case 'patch':
        return {
          ...change,
          itemId: change.itemId === temporary ? real : change.itemId,
          patch: fieldsWithIdReplaced(change.patch, temporary, real),
        };
      case 'add':
        return { ...change, data: fieldsWithIdReplaced(change.data, temporary, real) };
      default:
        return change.id === temporary ? { ...change, id: real } : change;
    }
  });
}

/** How many changes the user made: each field once, and each add, removal or move. */
export function countChanges(queue: readonly UnsavedChange[]): number {
  return queue.reduce((count, change) => count + (change.kind === 'patch' ? Object.keys(change.patch).length : 1), 0);
}

export function movedTo<T extends { id: string }>(items: readonly T[], id: string, toIndex: number): T[] {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return [...items];
  const rest = items.filter((item) => item.id !== id);
  rest.splice(Math.max(0, Math.min(toIndex, rest.length)), 0, items[from]!);
  return rest;
}

/** A singleton as read from the plan, with the queued values over it, as the user left it. */
export function overlaySingleton(queue: readonly UnsavedChange[], section: string, data: Fields): Fields {
  return queue.reduce(
    (record, change) =>
      change.kind === 'patch' && change.section === section && change.itemId === null
        ? { ...record, ...change.patch }
        : record,
    data,
  );
}

/** A list as read from the plan, with the queued changes applied in order, as the user left it. */
export function overlayList<T extends { id: string }>(
  queue: readonly UnsavedChange[],
  section: string,
  items: readonly T[],
  make: (data: Fields, id: string) => T,
): T[] {
  return queue.reduce<T[]>(
    (list, change) => {
      if (change.section !== section) return list;
      switch (change.kind) {
        case 'patch':
          return list.map((item) => (item.id === change.itemId ? { ...item, ...change.patch } : item));
        case 'add':
          return [...list, make(change.data, change.id)];
        case 'remove':
          return list.filter((item) => item.id !== change.id);
        case 'move':
          return movedTo(list, change.id, change.toIndex);
      }
      return list;
    },
    [...items],
  );
}
