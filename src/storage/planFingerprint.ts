import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';

type ChangeRow = { seq: number; at: string; section: string; item_id: string | null; action: string; fields: string };

/**
 * What tells one plan file from another without a stored id. `birth` is the plan's first recorded
 * change (made when it was created, to the millisecond): copies of a plan share it, other plans do
 * not. `state` digests everything the plan holds, so two files with the same `state` are the same
 * plan at the same point. The record of changes only grows, so a plan edited elsewhere keeps its
 * `birth` and gets another `state`.
 */
export interface PlanFingerprint {
  birth: string;
  state: string;
}

const digest = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

export function birthOf(db: Database): string {
  const first = db
    .prepare<[], ChangeRow>('SELECT seq, at, section, item_id, action, fields FROM changes ORDER BY seq LIMIT 1')
    .get();
  // A plan without a single recorded change is known by its content alone.
  return first ? digest(['first change', first]) : digest(['no changes', stateOf(db)]);
}

export function stateOf(db: Database): string {
  const hash = createHash('sha256');
  const feed = (rows: Iterable<unknown>) => {
    for (const row of rows) hash.update(JSON.stringify(row)).update('\n');
  };
  feed(db.prepare('SELECT key, value FROM meta ORDER BY key').iterate());
  feed(db.prepare('SELECT section, data FROM section_records ORDER BY section').iterate());
  feed(db.prepare('SELECT id, section, position, data FROM items ORDER BY section, id').iterate());
  feed(db.prepare('SELECT number, issued_at, last_change FROM versions ORDER BY number').iterate());
  feed([db.prepare('SELECT COUNT(*) AS n, MAX(seq) AS last FROM changes').get()]);
  feed([
    db
      .prepare<[], ChangeRow>('SELECT seq, at, section, item_id, action, fields FROM changes ORDER BY seq DESC LIMIT 1')
      .get() ?? null,
  ]);
  return hash.digest('hex');
}

export function fingerprintOf(db: Database): PlanFingerprint {
  return { birth: birthOf(db), state: stateOf(db) };
}
