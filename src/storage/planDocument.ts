import type { Database } from 'better-sqlite3';
import { PlanError } from '../domain/errors';
import type { HealthRule, PlanSnapshot } from '../domain/healthTypes';
import { SECTIONS, findSection } from '../domain/plan';
import type { ListKey, SectionRecords, SingletonKey, StoredItem } from '../domain/records';
import type { ListSection, SectionDef, SingletonSection } from '../domain/section';
import type { PlanFile } from './planFile';
import { rememberingRules } from './healthRuleCache';
import { type PictureRepository, pictureRepository } from './pictureRepository';
import { sectionCacheOf } from './sectionCache';
import {
  type ListRepository,
  type MetaRepository,
  type SingletonRepository,
  listRepository,
  metaRepository,
  singletonRepository,
} from './sectionRepository';

/** How much a plan holds: what an export's budget (src/export/budget.ts) looks at. */
export interface PlanSize {
  /** Items in all lists together. */
  items: number;
  /** The records' stored text (JSON), in bytes. */
  textBytes: number;
  /** The largest single item or section record, in bytes. */
  largestRecordBytes: number;
}

/** An open plan: its file and one repository per section, made on first use. */
export class PlanDocument {
  readonly meta: MetaRepository;
  private picturesRepository?: PictureRepository;
  private readonly singletons = new Map<string, SingletonRepository>();
  private readonly lists = new Map<string, ListRepository>();

  constructor(readonly file: PlanFile) {
    this.meta = metaRepository(file.db);
  }

  get db(): Database {
    return this.file.db;
  }

  section(key: string): SectionDef {
    const section = findSection(key);
    if (!section) throw new PlanError('invalid-request', `Unknown section ${key}`, { section: key });
    return section;
  }

  singleton(key: string): SingletonRepository {
    const section = this.section(key);
    if (section.kind !== 'singleton') throw new PlanError('invalid-request', `${key} is a list`, { section: key });
    let repository = this.singletons.get(key);
    if (!repository) {
      repository = singletonRepository(this.db, section as SingletonSection);
      this.singletons.set(key, repository);
    }
    return repository;
  }

  list(key: string): ListRepository {
    const section = this.section(key);
    if (section.kind !== 'list') throw new PlanError('invalid-request', `${key} is not a list`, { section: key });
    let repository = this.lists.get(key);
    if (!repository) {
      repository = listRepository(this.db, section as ListSection);
      this.lists.set(key, repository);
    }
    return repository;
  }

  /** A list's items as its schema types them: storage reads every stored item through the schema. */
  items<K extends ListKey>(key: K): StoredItem<K>[] {
    return this.list(key).list() as unknown as StoredItem<K>[];
  }

  /** A singleton's record as its schema types it, read through the schema like `items`. */
  record<K extends SingletonKey>(key: K): SectionRecords[K] {
    return this.singleton(key).get() as unknown as SectionRecords[K];
  }

  /** The plan's pictures (a network diagram), kept beside the sections. */
  get pictures(): PictureRepository {
    this.picturesRepository ??= pictureRepository(this.db);
    return this.picturesRepository;
  }

  /** The records of a section, for checks and exports that treat both kinds alike. */
  records(key: string): Record<string, unknown>[] {
    const section = this.section(key);
    return section.kind === 'singleton' ? [this.singleton(key).get()] : this.list(key).list();
  }

  /**
   * How much the plan holds, counted by SQLite without reading a record into memory: what an
   * export's budget looks at before it starts.
   */
  size(): PlanSize {
    const measure = (table: 'items' | 'section_records') =>
      this.db
        .prepare<[], { rows: number; bytes: number | null; largest: number | null }>(
          `SELECT count(*) AS rows, sum(octet_length(data)) AS bytes, max(octet_length(data)) AS largest FROM ${table}`,
        )
        .get()!;
    const items = measure('items');
    const records = measure('section_records');
    return {
      items: items.rows,
      textBytes: (items.bytes ?? 0) + (records.bytes ?? 0),
      largestRecordBytes: Math.max(items.largest ?? 0, records.largest ?? 0),
    };
  }

  /** Every section's records: what the health rules read. */
  snapshot(): PlanSnapshot {
    return Object.fromEntries(SECTIONS.map((section) => [section.key, this.records(section.key)]));
  }

  /**
   * A result computed from the plan (its health), computed again only after a write: the repositories
   * keep each section's records in memory and forget them, and this, on every write (see SectionCache).
   */
  derived<T>(key: string, compute: () => T): T {
    return sectionCacheOf(this.db).derive(key, compute);
  }

  /** The health rules, each run again only when a section it reads was written (see healthRuleCache). */
  healthRules(rules: readonly HealthRule[]): HealthRule[] {
    return rememberingRules(sectionCacheOf(this.db), rules);
  }

  assertWritable(): void {
    if (this.file.readOnly) {
      throw new PlanError('read-only', `The plan is open read-only: ${this.file.path}`, {
        path: this.file.path,
        reason: this.file.readOnly,
      });
    }
    this.file.assertInPlace?.();
  }

  close(): void {
    this.file.close();
  }
}
