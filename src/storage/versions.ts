import { deflateSync, inflateSync } from 'node:zlib';
import { PlanError } from '../domain/errors';
import { type PlanJson, planJsonSchema } from '../domain/planJson';
import {
  type ChangeRecordEntry,
  type IssuedVersion,
  VERSION_NUMBER,
  compareVersionNumbers,
  sectionsChangedIn,
} from '../domain/versions';
import type { PlanDocument } from './planDocument';
import { toPlanJson } from './planJson';
import { keepVersionPictures, versionPictureFingerprints, versionPicturesJson } from './versionPictures';

interface VersionRow {
  number: string;
  issued_at: string;
  comment: string;
  approved_by: string;
  approved_on: string;
  last_change: number;
}

const toVersion = (row: VersionRow): IssuedVersion => ({
  number: row.number,
  issuedAt: row.issued_at,
  comment: row.comment,
  approvedBy: row.approved_by,
  approvedOn: row.approved_on,
});

/**
 * The most an issued version may unpack to. A plan's JSON is a few hundred kilobytes; a snapshot
 * crafted to unpack to gigabytes (a decompression bomb) is refused at this size, not after it.
 */
export const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;

export function listVersions(document: PlanDocument): IssuedVersion[] {
  const rows = document.db
    .prepare<[], VersionRow>('SELECT number, issued_at, comment, approved_by, approved_on, last_change FROM versions')
    .all();
  return rows.map(toVersion).sort((a, b) => compareVersionNumbers(b.number, a.number));
}

/** Edits recorded after the newest issued version: what a new version would contain. */
export function changesSinceLastVersion(document: PlanDocument): number {
  const row = document.db
    .prepare<[], { n: number }>(
      'SELECT COUNT(*) AS n FROM changes WHERE seq > COALESCE((SELECT MAX(last_change) FROM versions), 0)',
    )
    .get();
  return row?.n ?? 0;
}

/**
 * What the record of changes may unpack in all: it reads every issued version to see what each
 * changed, so many versions that each stay under MAX_SNAPSHOT_BYTES still add up to a bound.
 */
export const MAX_CHANGE_RECORD_BYTES = 256 * 1024 * 1024;

/** The plan exactly as it was issued under this number. */
export function readVersion(document: PlanDocument, number: string): PlanJson {
  const { plan } = unpackVersion(document, number, MAX_SNAPSHOT_BYTES);
  const pictures = versionPicturesJson(document.db, number);
  return pictures.length ? { ...plan, pictures } : plan;
}

function unpackVersion(document: PlanDocument, number: string, limit: number): { plan: PlanJson; bytes: number } {
  const row = document.db
    .prepare<[string], { snapshot: Buffer }>('SELECT snapshot FROM versions WHERE number = ?')
    .get(number);
  if (!row) throw new PlanError('unknown-version', `No version ${number} in this plan`, { number });
  let text: Buffer;
  try {
    text = inflateSync(row.snapshot, { maxOutputLength: limit });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw error;
    throw new PlanError('too-large', `Issued version ${number} unpacks to more than ${limit} bytes`, {
      context: 'version',
      version: number,
      limit: `${Math.round(limit / 1024 / 1024)} MB`,
    });
  }
  return { plan: planJsonSchema.parse(JSON.parse(text.toString('utf8'))), bytes: text.length };
}

export interface IssueInput {
  number: string;
  comment: string;
  approvedBy: string;
  approvedOn: string;
  /** When it was issued; now, unless a history is being recreated (the example plan). */
  issuedAt?: string;
}

/**
 * Freezes the plan as a numbered version. The organisation's version and approval fields are set
 * first, so the frozen copy (and every export of it) states its own number. Compressed JSON keeps
 * a plan with years of versions small enough for a USB stick.
 */
export function issueVersion(document: PlanDocument, input: IssueInput): IssuedVersion {
  if (!VERSION_NUMBER.test(input.number)) {
    throw new PlanError('version-number', `Not a version number: ${input.number}`, { number: input.number });
  }
  const existing = listVersions(document);
  const newest = existing[0];
  if (
    existing.some((v) => v.number === input.number) ||
    (newest && compareVersionNumbers(input.number, newest.number) <= 0)
  ) {
    throw new PlanError('version-exists', `Version ${input.number} is not after ${newest?.number}`, {
      number: input.number,
      newest: newest?.number ?? '',
    });
  }
  return document.db.transaction(() => {
    document
      .singleton('organisation')
      .update({ planVersion: input.number, approvedBy: input.approvedBy, approvedOn: input.approvedOn });
    // The text goes into the snapshot; the pictures beside it, their bytes shared between versions.
    const snapshot = deflateSync(JSON.stringify(toPlanJson(document, { pictures: false })));
    const lastChange =
      document.db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM changes').get()?.seq ?? 0;
    const issuedAt = input.issuedAt ?? new Date().toISOString();
    document.db
      .prepare(
        'INSERT INTO versions (number, issued_at, comment, approved_by, approved_on, last_change, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(input.number, issuedAt, input.comment, input.approvedBy, input.approvedOn, lastChange, snapshot);
    keepVersionPictures(document.db, input.number, document.pictures.list());
    return {
      number: input.number,
      issuedAt,
      comment: input.comment,
      approvedBy: input.approvedBy,
      approvedOn: input.approvedOn,
    };
  })();
}

/** The record of changes of a plan: each issued version with the sections it changed. */
export function changeRecordOf(document: PlanDocument): ChangeRecordEntry[] {
  // Oldest first, holding only the version before: memory for two plans, whatever their number.
  let previous: PlanJson | undefined;
  let unpacked = 0;
  const entries = listVersions(document)
    .reverse()
    .map((version) => {
      const remaining = MAX_CHANGE_RECORD_BYTES - unpacked;
      const unpackedVersion = unpackVersion(document, version.number, Math.min(MAX_SNAPSHOT_BYTES, remaining));
      unpacked += unpackedVersion.bytes;
      const pictures = versionPictureFingerprints(document.db, version.number);
      const plan = pictures.length ? { ...unpackedVersion.plan, pictures } : unpackedVersion.plan;
      const entry = { ...version, sectionsChanged: sectionsChangedIn(plan, previous) };
      previous = plan;
      return entry;
    });
  return entries.reverse();
}
