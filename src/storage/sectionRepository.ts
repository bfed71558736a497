import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { PlanError } from '../domain/errors';
import { type Item, type ListSection, type SingletonSection, readStored } from '../domain/section';
import { fixPlanIdBeforeRename } from './planIdentity';
import { sectionCacheOf } from './sectionCache';

type Row = { id: string; data: string };

/**
 * A stored record read leniently, as `readStored` does. The whole record is checked by the section's
 * schema in one go first (several times faster on plans of thousands of items); only a record with
 * a value that no longer fits goes field by field, so that value alone falls back to its default.
 */
function readRecord(section: SingletonSection | ListSection, stored: unknown): Record<string, unknown> {
  if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
    const whole = section.schema.safeParse(stored);
    if (whole.success) return whole.data as Record<string, unknown>;
  }
  return readStored(section, stored);
}

function now(): string {
  return new Date().toISOString();
}

function changedFields(before: Record<string, unknown>, patch: Record<string, unknown>): string[] {
  return Object.keys(patch).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(patch[key]));
}

/** Appends to the record of changes; runs inside the caller's transaction. */
function changeLogger(db: Database) {
  const insert = db.prepare('INSERT INTO changes (at, section, item_id, action, fields) VALUES (?, ?, ?, ?, ?)');
  return (
    section: string,
    itemId: string | null,
    action: 'create' | 'update' | 'delete' | 'move',
    fields: string[] = [],
  ) => insert.run(now(), section, itemId, action, JSON.stringify(fields));
}

export interface SingletonRepository {
  get(): Record<string, unknown>;
  update(patch: Record<string, unknown>): Record<string, unknown>;
}

export function singletonRepository(db: Database, section: SingletonSection): SingletonRepository {
  const select = db.prepare<[string], { data: string }>('SELECT data FROM section_records WHERE section = ?');
  const upsert = db.prepare(
    `INSERT INTO section_records (section, data, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (section) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
  );
  const logChange = changeLogger(db);
  const cache = sectionCacheOf(db);
  const get = () =>
    cache.read(section.key, () => {
      const row = select.get(section.key);
      return readRecord(section, row ? JSON.parse(row.data) : {});
    });
  return {
    get,
    update: (patch) =>
      cache.write(
        section.key,
        db.transaction(() => {
          const before = get();
          const fields = changedFields(before, patch);
          const after = { ...before, ...patch };
          if (fields.length === 0) return after;
          if (section.key === 'organisation' && fields.includes('name')) fixPlanIdBeforeRename(db);
          upsert.run(section.key, JSON.stringify(after), now());
          logChange(section.key, null, 'update', fields);
          return after;
        }),
      ),
  };
}

export interface ListRepository {
  list(): Item[];
  get(id: string): Item;
  /** Adds at the end; an id is kept when given (imports), so references into the list stay valid. */
  add(data: Record<string, unknown>, id?: string): Item;
  update(id: string, patch: Record<string, unknown>): Item;
  remove(id: string): void;
  move(id: string, toIndex: number): Item[];
  count(): number;
}

export function listRepository(db: Database, section: ListSection): ListRepository {
  const key = section.key;
  const selectAll = db.prepare<[string], Row>(
    'SELECT id, data FROM items WHERE section = ? ORDER BY position, created_at',
  );
  const selectOne = db.prepare<[string, string], Row>('SELECT id, data FROM items WHERE section = ? AND id = ?');
  const nextPosition = db.prepare<[string], { next: number }>(
    'SELECT COALESCE(MAX(position), -1) + 1 AS next FROM items WHERE section = ?',
  );
  const insert = db.prepare(
    'INSERT INTO items (id, section, position, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const updateData = db.prepare('UPDATE items SET data = ?, updated_at = ? WHERE section = ? AND id = ?');
  const deleteOne = db.prepare('DELETE FROM items WHERE section = ? AND id = ?');
  const setPosition: Statement = db.prepare('UPDATE items SET position = ? WHERE section = ? AND id = ?');
  const countAll = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM items WHERE section = ?');
  const logChange = changeLogger(db);
  const cache = sectionCacheOf(db);
  /** Every write goes through here, so no write can leave the section's records stale in memory. */
  const write = <T>(work: () => T, refresh?: (kept: Item[]) => Item[]): T =>
    cache.write(key, db.transaction(work), refresh);

  const toItem = (row: Row): Item => {
    // The record is freshly made from the row (its schema has no id field), so the id is added in place, not by a copy.
    const record = readRecord(section, JSON.parse(row.data));
    record.id = row.id;
    return record as Item;
  };
  const get = (id: string): Item => {
    const row = selectOne.get(key, id);
    if (!row) throw new PlanError('unknown-item', `No item ${id} in ${key}`, { section: key, id });
    return toItem(row);
  };
  const list = () => cache.read(key, () => selectAll.all(key).map(toItem)).slice();
  // An edit changes one record: the others stay as they were read, so the next health check after an autosave reads one row.
  const keepOthers = (id: string) => (kept: Item[]) => kept.map((item) => (item.id === id ? get(id) : item));

  return {
    list,
    get,
    count: () => countAll.get(key)?.n ?? 0,
    add: (data, id = randomUUID()) =>
      write(() => {
        const record = readStored(section, data);
        const at = now();
        insert.run(id, key, nextPosition.get(key)?.next ?? 0, JSON.stringify(record), at, at);
        logChange(key, id, 'create', Object.keys(data));
        return { ...record, id };
      }),
    update: (id, patch) =>
      write(() => {
        const { id: _id, ...before } = get(id);
        const fields = changedFields(before, patch);
        const after = { ...before, ...patch };
        if (fields.length > 0) {
          updateData.run(JSON.stringify(after), now(), key, id);
          logChange(key, id, 'update', fields);
        }
        return { ...after, id };
      }, keepOthers(id)),
    remove: (id) =>
      write(() => {
        get(id);
        deleteOne.run(key, id);
        logChange(key, id, 'delete');
      }),
    move: (id, toIndex) =>
      write(() => {
        const ids = selectAll.all(key).map((row) => row.id);
        const from = ids.indexOf(id);
        if (from < 0) throw new PlanError('unknown-item', `No item ${id} in ${key}`, { section: key, id });
        ids.splice(from, 1);
        ids.splice(Math.max(0, Math.min(toIndex, ids.length)), 0, id);
        ids.forEach((itemId, position) => setPosition.run(position, key, itemId));
        logChange(key, id, 'move');
        return list();
      }),
  };
}

export interface MetaRepository {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function metaRepository(db: Database): MetaRepository {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: (key) => select.get(key)?.value,
    set: (key, value) => void upsert.run(key, value),
  };
}
