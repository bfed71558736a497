import type { Database } from 'better-sqlite3';
import { SECTIONS } from '../domain/plan';
import type { PlanJson } from '../domain/planJson';
import { validatePatch } from '../domain/section';
import { PlanError } from '../domain/errors';
import type { PlanDocument } from './planDocument';
import { keepPlanId, planIdOf } from './planIdentity';
import { pictureRepository } from './pictureRepository';
import { listRepository, metaRepository, singletonRepository } from './sectionRepository';

/** Fills an empty plan database from plan JSON; every record is validated by its section schema. */
export function fillFromJson(db: Database, plan: PlanJson): void {
  // A misspelt section would otherwise be skipped without a word, and its records lost.
  const unknown = Object.keys(plan.sections).filter((key) => !SECTIONS.some((section) => section.key === key));
  if (unknown.length)
    throw new PlanError('invalid-request', `Unknown section ${unknown.join(', ')}`, { section: unknown[0]! });
  metaRepository(db).set('language', plan.language);
  if (plan.id) keepPlanId(db, plan.id);
  const ids = new Set<string>();
  for (const section of SECTIONS) {
    const content = plan.sections[section.key];
    if (content === undefined) continue;
    const records = Array.isArray(content) ? content : [content];
    // One repository (its statements prepared once) per section, not one per record.
    const singleton = section.kind === 'singleton' ? singletonRepository(db, section) : null;
    const list = section.kind === 'list' ? listRepository(db, section) : null;
    for (const record of records) {
      const { id, ...fields } = record as Record<string, unknown>;
      const checked = validatePatch(section, fields);
      if (!checked.ok) {
        throw new PlanError('invalid-request', `Section ${section.key}: ${checked.problems.join(', ')}`, {
          section: section.key,
        });
      }
      if (singleton) singleton.update(checked.value);
      else {
        // Ids are unique across the whole plan; a repeated one is the JSON's mistake, not the medium's.
        if (typeof id === 'string' && ids.has(id))
          throw new PlanError('invalid-request', `Section ${section.key}: the id ${id} is used twice`, {
            section: section.key,
          });
        if (typeof id === 'string') ids.add(id);
        list!.add(checked.value, typeof id === 'string' ? id : undefined);
      }
    }
  }
  if (plan.pictures?.length) {
    const pictures = pictureRepository(db);
    for (const picture of plan.pictures) {
      if (ids.has(picture.id))
        throw new PlanError('invalid-request', `Pictures: the id ${picture.id} is used twice`, { section: 'pictures' });
      ids.add(picture.id);
      pictures.add(new Uint8Array(Buffer.from(picture.data, 'base64')), picture.caption, picture.id);
    }
  }
}

/**
 * The whole plan as JSON. `pictures: false` leaves the pictures' bytes out: an issued version
 * freezes the plan's text, not megabytes of images each time (see docs/architecture.md).
 */
export function toPlanJson(document: PlanDocument, { pictures = true } = {}): PlanJson {
  const sections: PlanJson['sections'] = {};
  for (const section of SECTIONS) {
    sections[section.key] =
      section.kind === 'singleton' ? document.singleton(section.key).get() : document.list(section.key).list();
  }
  const language = document.meta.get('language') === 'en' ? 'en' : 'nl';
  const plan: PlanJson = { format: 'paraat-plan', formatVersion: 1, id: planIdOf(document.db), language, sections };
  const held = pictures ? document.pictures.list() : [];
  if (held.length)
    plan.pictures = held.map(({ id, caption, bytes }) => ({
      id,
      caption,
      data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    }));
  return plan;
}
