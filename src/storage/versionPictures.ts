import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { PICTURE_LIMITS, type Picture, sniffPicture } from '../domain/pictures';
import type { PlanJson } from '../domain/planJson';

/** A picture of an issued version: its place, caption and the hash its bytes are kept under. */
interface VersionPictureRow {
  id: string;
  caption: string;
  sha256: string;
}

/**
 * Keeps the pictures as they are now with the version being issued: the bytes once per hash
 * (a version that shows the same diagram as the one before adds no bytes), the list per version.
 */
export function keepVersionPictures(
  db: Database,
  version: string,
  pictures: readonly Pick<Picture, 'id' | 'caption' | 'bytes'>[],
): void {
  const keepBytes = db.prepare('INSERT OR IGNORE INTO issued_picture_bytes (sha256, bytes) VALUES (?, ?)');
  const keepPicture = db.prepare(
    'INSERT INTO version_pictures (version, position, id, caption, sha256) VALUES (?, ?, ?, ?, ?)',
  );
  for (const [position, picture] of pictures.entries()) {
    const bytes = Buffer.from(picture.bytes.buffer, picture.bytes.byteOffset, picture.bytes.byteLength);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    keepBytes.run(sha256, bytes);
    keepPicture.run(version, position, picture.id, picture.caption, sha256);
  }
}

/**
 * The pictures of an issued version with their bytes as base64, as plan JSON carries them. Bytes
 * that are no PNG or JPEG within the limits are left out, like the plan's own (a file can come from
 * anyone); never more than a plan may hold.
 */
export function versionPicturesJson(db: Database, version: string): NonNullable<PlanJson['pictures']> {
  const rows = db
    .prepare<[string, number], VersionPictureRow & { bytes: Buffer }>(
      `SELECT p.id, p.caption, p.sha256, b.bytes FROM version_pictures p
         JOIN issued_picture_bytes b ON b.sha256 = p.sha256
        WHERE p.version = ? ORDER BY p.position LIMIT ?`,
    )
    .all(version, PICTURE_LIMITS.count);
  return rows.flatMap(({ id, caption, bytes }) => {
    if (!sniffPicture(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).ok) return [];
    return [{ id, caption, data: bytes.toString('base64') }];
  });
}

/**
 * The pictures of an issued version for comparing versions without their bytes: the hash stands
 * in for the image (the record of changes reads every version, and needs only "did it change").
 */
export function versionPictureFingerprints(db: Database, version: string): NonNullable<PlanJson['pictures']> {
  return db
    .prepare<[string, number], VersionPictureRow>(
      'SELECT id, caption, sha256 FROM version_pictures WHERE version = ? ORDER BY position LIMIT ?',
    )
    .all(version, PICTURE_LIMITS.count)
    .map(({ id, caption, sha256 }) => ({ id, caption, data: sha256 }));
}
