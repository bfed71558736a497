import type { Database, Statement } from 'better-sqlite3';

/**
 * The parsed records of each section of one open plan, kept in memory between reads: at a few
 * thousand items, reading and checking the whole plan again for every health check or step costs
 * more than the check itself.
 *
 * Staleness is ruled out in three layers:
 * - every repository on the database writes through `write`, which forgets the section it writes
 *   (and every derived result) before and after the write, whether or not the write succeeds;
 * - any other write on the connection (plain SQL, a repository made elsewhere) is noticed by
 *   SQLite's count of changed rows, and a commit by another connection by `data_version`: either
 *   drops everything, so a forgotten write path costs speed, never correctness;
 * - nothing read inside a transaction is kept, so a rolled-back write never leaves its rows behind.
 *
 * What is kept is frozen: a caller that changed a record would change it for every later reader.
 */
export class SectionCache {
  private readonly sections = new Map<string, unknown>();
  private readonly derived = new Map<string, unknown>();
  /** Counts each section's writes, and `epoch` the times everything was dropped, so results can name what they were made from. */
  private readonly versions = new Map<string, number>();
  private epoch = 0;
  private readonly stamp: Statement<[], string>;
  private seen: string;

  constructor(private readonly db: Database) {
    this.stamp = db
      .prepare<[], string>("SELECT total_changes() || ':' || (SELECT data_version FROM pragma_data_version)")
      .pluck();
    this.seen = this.stamp.get()!;
  }

  /** The section's records, from memory when nothing was written to it since they were read. */
  read<T>(section: string, load: () => T): T {
    this.forgetOutsideWrites();
    if (this.sections.has(section)) return this.sections.get(section) as T;
    const value = load();
    if (!this.db.inTransaction) this.sections.set(section, deepFreeze(value));
    return value;
  }

  /** A result computed from the whole plan (its health), kept until the next write of any section. */
  derive<T>(key: string, compute: () => T): T {
    this.forgetOutsideWrites();
    if (this.derived.has(key)) return this.derived.get(key) as T;
    const value = compute();
    if (!this.db.inTransaction) this.derived.set(key, deepFreeze(value));
    return value;
  }

  /**
   * Runs a write to a section; its records and every derived result are read again afterwards.
   * `refresh`, for a write that changed one known record, makes the new records from those kept
   * before the write by re-reading that one record. It is used only for a write that commits on its
   * own (not inside a caller's transaction, which could still roll back) on records kept while
   * nothing else had written.
   */
  write<T, K = never>(section: string, work: () => T, refresh?: (kept: K) => K): T {
    this.forgetOutsideWrites();
    const kept = refresh && !this.db.inTransaction ? (this.sections.get(section) as K | undefined) : undefined;
    this.forget(section);
    try {
      const result = work();
      if (kept !== undefined) this.keepRefreshed(section, kept, refresh!);
      return result;
    } finally {
      this.seen = this.stamp.get()!;
    }
  }

  private keepRefreshed<K>(section: string, kept: K, refresh: (kept: K) => K): void {
    try {
      this.sections.set(section, this.stamp.get() === this.seen ? kept : deepFreeze(refresh(kept)));
    } catch {
      // The write stands; the section is simply read again next time.
    }
  }

  /** Which state of a section the kept records are; it changes with every write to the section. */
  versionOf(section: string): string {
    this.forgetOutsideWrites();
    return `${this.epoch}.${this.versions.get(section) ?? 0}`;
  }

  /** False inside a transaction, which may still roll back: what is read then must not be kept. */
  get mayKeep(): boolean {
    return !this.db.inTransaction;
  }

  private forget(section: string): void {
    this.sections.delete(section);
    this.derived.clear();
    this.versions.set(section, (this.versions.get(section) ?? 0) + 1);
  }

  private forgetOutsideWrites(): void {
    const now = this.stamp.get()!;
    if (now === this.seen) return;
    this.sections.clear();
    this.derived.clear();
    this.epoch++;
    this.seen = now;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const caches = new WeakMap<Database, SectionCache>();

/** The one cache of a database connection, shared by every repository made on it. */
export function sectionCacheOf(db: Database): SectionCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new SectionCache(db);
    caches.set(db, cache);
  }
  return cache;
}
