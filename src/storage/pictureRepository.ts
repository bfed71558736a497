import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { PlanError } from '../domain/errors';
import { PICTURE_LIMITS, type Picture, type PictureProblem, sniffPicture } from '../domain/pictures';
import { sectionCacheOf } from './sectionCache';

/** The record of changes and the health cache know the pictures under this name. */
export const PICTURES = 'pictures';

type Row = { id: string; caption: string; bytes: Buffer };

/** A file refused as a picture: what is wrong, with the limits the message names. */
export function pictureRefused(problem: PictureProblem | 'too-much' | 'too-many', detail = ''): PlanError {
  return new PlanError('picture-refused', `Not taken as a picture: ${problem}${detail ? ` (${detail})` : ''}`, {
    context: problem,
    megabytes: PICTURE_LIMITS.bytes / 1024 / 1024,
    totalMegabytes: PICTURE_LIMITS.totalBytes / 1024 / 1024,
    count: PICTURE_LIMITS.count,
    megapixels: PICTURE_LIMITS.pixels / 1_000_000,
    side: PICTURE_LIMITS.side,
  });
}

export interface PictureRepository {
  /** The pictures in their order; one whose stored bytes are no PNG or JPEG within the limits is left out. */
  list(): Picture[];
  /** Checks the bytes and the plan's limits, then keeps the picture at the end; an id is kept when given. */
  add(bytes: Uint8Array, caption: string, id?: string): Picture;
  setCaption(id: string, caption: string): Picture;
  remove(id: string): void;
  /** Puts a picture at another place in the order; the ids in their new order. */
  move(id: string, toIndex: number): string[];
  /** How many pictures the plan holds and their bytes together, counted by SQLite. */
  size(): { count: number; bytes: number };
}

function toPicture(row: Row): Picture | null {
  const bytes = new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
  const facts = sniffPicture(bytes);
  if (!facts.ok) return null;
  return {
    id: row.id,
    caption: row.caption,
    mediaType: facts.mediaType,
    width: facts.width,
    height: facts.height,
    bytes,
  };
}

export function pictureRepository(db: Database): PictureRepository {
  const selectAll = db.prepare<[], Row>('SELECT id, caption, bytes FROM pictures ORDER BY position, created_at');
  const selectOne = db.prepare<[string], Row>('SELECT id, caption, bytes FROM pictures WHERE id = ?');
  const measure = db.prepare<[], { count: number; bytes: number | null }>(
    'SELECT count(*) AS count, sum(length(bytes)) AS bytes FROM pictures',
  );
  const insert = db.prepare(
    `INSERT INTO pictures (id, position, caption, bytes, created_at, updated_at)
     VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 FROM pictures), ?, ?, ?, ?)`,
  );
  const updateCaption = db.prepare('UPDATE pictures SET caption = ?, updated_at = ? WHERE id = ?');
  const deleteOne = db.prepare('DELETE FROM pictures WHERE id = ?');
  const selectIds = db.prepare<[], { id: string }>('SELECT id FROM pictures ORDER BY position, created_at');
  const setPosition = db.prepare('UPDATE pictures SET position = ? WHERE id = ?');
  const logChange = db.prepare(
    "INSERT INTO changes (at, section, item_id, action, fields) VALUES (?, 'pictures', ?, ?, ?)",
  );
  const cache = sectionCacheOf(db);
  const size = () => {
    const row = measure.get()!;
    return { count: row.count, bytes: row.bytes ?? 0 };
  };
  const get = (id: string): Picture => {
    const row = selectOne.get(id);
    const picture = row ? toPicture(row) : null;
    if (!picture) throw new PlanError('unknown-item', `No picture ${id}`, { section: PICTURES, id });
    return picture;
  };
  const write = <T>(work: () => T): T => cache.write(PICTURES, db.transaction(work));

  return {
    list: () => selectAll.all().flatMap((row) => toPicture(row) ?? []),
    size,
    add: (bytes, caption, id = randomUUID()) => {
      const facts = sniffPicture(bytes);
      if (!facts.ok) throw pictureRefused(facts.problem);
      return write(() => {
        const held = size();
        if (held.count >= PICTURE_LIMITS.count) throw pictureRefused('too-many');
        if (held.bytes + bytes.length > PICTURE_LIMITS.totalBytes) throw pictureRefused('too-much');
        const at = new Date().toISOString();
        insert.run(id, caption, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), at, at);
        logChange.run(at, id, 'create', JSON.stringify(['bytes', 'caption']));
        return { id, caption, ...facts, bytes };
      });
    },
    setCaption: (id, caption) =>
      write(() => {
        const before = get(id);
        if (before.caption === caption) return before;
        const at = new Date().toISOString();
        updateCaption.run(caption, at, id);
        logChange.run(at, id, 'update', JSON.stringify(['caption']));
        return { ...before, caption };
      }),
    move: (id, toIndex) =>
      write(() => {
        const ids = selectIds.all().map((row) => row.id);
        const from = ids.indexOf(id);
        if (from < 0) throw new PlanError('unknown-item', `No picture ${id}`, { section: PICTURES, id });
        ids.splice(from, 1);
        ids.splice(Math.min(toIndex, ids.length), 0, id);
        ids.forEach((pictureId, position) => setPosition.run(position, pictureId));
        logChange.run(new Date().toISOString(), id, 'move', JSON.stringify(['position']));
        return ids;
      }),
    remove: (id) =>
      write(() => {
        if (!selectOne.get(id)) throw new PlanError('unknown-item', `No picture ${id}`, { section: PICTURES, id });
        deleteOne.run(id);
        logChange.run(new Date().toISOString(), id, 'delete', '[]');
      }),
  };
}
