import { SECTIONS } from './plan';
import type { PlanJson } from './planJson';
import type { SectionDef } from './section';

/** A version number as coordinators write them: "1.0", "2.3". */
export const VERSION_NUMBER = /^\d{1,4}\.\d{1,4}$/;

export function compareVersionNumbers(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The number proposed for the next version: a minor step after the last, or 1.0 for the first. */
export function nextVersionNumber(issued: readonly string[], kind: 'minor' | 'major' = 'minor'): string {
  const last = [...issued].sort(compareVersionNumbers).at(-1);
  if (!last) return '1.0';
  const [major = 0, minor = 0] = last.split('.').map(Number);
  return kind === 'major' ? `${major + 1}.0` : `${major}.${minor + 1}`;
}

export interface ItemRef {
  id: string;
  title: string;
}

export interface SectionDiff {
  section: string;
  added: ItemRef[];
  removed: ItemRef[];
  /** Items (or, for a singleton, the record itself with id '') whose fields changed. */
  changed: (ItemRef & { fields: string[] })[];
}

type Stored = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function changedFields(section: SectionDef, before: Stored, after: Stored): string[] {
  return section.fields.map((f) => f.name).filter((name) => !same(before[name], after[name]));
}

/** An item's name; when the title field points at another item (a review's incident), that item's name. */
function titleOf(section: SectionDef, record: Stored, plan: PlanJson): string {
  if (section.kind !== 'list') return '';
  const value = String(record[section.titleField] ?? '');
  const titleField = section.fields.find((f) => f.name === section.titleField);
  if (titleField?.widget !== 'ref' || !titleField.ref) return value;
  const target = SECTIONS.find((s) => s.key === titleField.ref);
  const items = plan.sections[titleField.ref];
  const referenced = Array.isArray(items) ? items.find((item) => item.id === value) : undefined;
  return target && referenced ? titleOf(target, referenced, plan) || value : value;
}

/**
 * What changed between two states of a plan, per section, in terms a director reads: which
 * people, suppliers, systems were added or removed, and which fields of which items changed.
 */
export function diffPlans(before: PlanJson, after: PlanJson): SectionDiff[] {
  const diffs: SectionDiff[] = [];
  for (const section of SECTIONS) {
    const diff: SectionDiff = { section: section.key, added: [], removed: [], changed: [] };
    if (section.kind === 'singleton') {
      const fields = changedFields(
        section,
        (before.sections[section.key] ?? {}) as Stored,
        (after.sections[section.key] ?? {}) as Stored,
      );
      if (fields.length) diff.changed.push({ id: '', title: '', fields });
    } else {
      const oldItems = new Map(
        ((before.sections[section.key] ?? []) as Stored[]).map((item) => [String(item.id), item]),
      );
      const newItems = new Map(
        ((after.sections[section.key] ?? []) as Stored[]).map((item) => [String(item.id), item]),
      );
      for (const [id, item] of newItems) {
        const old = oldItems.get(id);
        if (!old) diff.added.push({ id, title: titleOf(section, item, after) });
        else {
          const fields = changedFields(section, old, item);
          if (fields.length) diff.changed.push({ id, title: titleOf(section, item, after), fields });
        }
      }
      for (const [id, item] of oldItems)
        if (!newItems.has(id)) diff.removed.push({ id, title: titleOf(section, item, before) });
    }
    if (diff.added.length || diff.removed.length || diff.changed.length) diffs.push(diff);
  }
  const pictures = diffPictures(before.pictures ?? [], after.pictures ?? []);
  if (pictures) diffs.push(pictures);
  return diffs;
}

/** The pictures kept beside the sections (plan JSON's `pictures`), under this name in a comparison. */
export const PICTURES_PART = 'pictures';

type PictureState = NonNullable<PlanJson['pictures']>[number];

/**
 * Which pictures were added or removed, and which got another caption, another image or another
 * place in the order; a picture is named by its caption.
 */
function diffPictures(before: readonly PictureState[], after: readonly PictureState[]): SectionDiff | null {
  const diff: SectionDiff = { section: PICTURES_PART, added: [], removed: [], changed: [] };
  const old = new Map(before.map((picture) => [picture.id, picture]));
  const now = new Set(after.map((picture) => picture.id));
  // Order among the pictures in both states: adding or removing one moves no other.
  const kept = after.filter((picture) => old.has(picture.id)).map((picture) => picture.id);
  const keptBefore = before.filter((picture) => now.has(picture.id)).map((picture) => picture.id);
  for (const picture of after) {
    const previous = old.get(picture.id);
    if (!previous) {
      diff.added.push({ id: picture.id, title: picture.caption });
      continue;
    }
    const fields = [
      ...(previous.caption !== picture.caption ? ['caption'] : []),
      ...(previous.data !== picture.data ? ['image'] : []),
      ...(kept.indexOf(picture.id) !== keptBefore.indexOf(picture.id) ? ['position'] : []),
    ];
    if (fields.length) diff.changed.push({ id: picture.id, title: picture.caption, fields });
  }
  for (const picture of before) if (!now.has(picture.id)) diff.removed.push({ id: picture.id, title: picture.caption });
  return diff.added.length || diff.removed.length || diff.changed.length ? diff : null;
}

export interface IssuedVersion {
  number: string;
  issuedAt: string;
  comment: string;
  approvedBy: string;
  approvedOn: string;
}

export interface ChangeRecordEntry extends IssuedVersion {
  /** The sections this version changed compared with the version before it. */
  sectionsChanged: string[];
}

/** The record of changes: one line per issued version, newest first, with the sections it changed. */
export function recordOfChanges(versions: readonly (IssuedVersion & { plan: PlanJson })[]): ChangeRecordEntry[] {
  const ordered = [...versions].sort((a, b) => compareVersionNumbers(a.number, b.number));
  const entries = ordered.map((version, index) => {
    const { plan, ...facts } = version;
    return { ...facts, sectionsChanged: sectionsChangedIn(plan, ordered[index - 1]?.plan) };
  });
  return entries.reverse();
}

/** The sections a version changed compared with the one before it; the first version, every section it filled. */
export function sectionsChangedIn(plan: PlanJson, previous: PlanJson | undefined): string[] {
  return previous
    ? diffPlans(previous, plan).map((d) => d.section)
    : [
        ...SECTIONS.filter((s) => hasContent(plan.sections[s.key])).map((s) => s.key),
        ...(plan.pictures?.length ? [PICTURES_PART] : []),
      ];
}

function hasContent(content: unknown): boolean {
  if (Array.isArray(content)) return content.length > 0;
  return (
    !!content &&
    Object.values(content as Stored).some(
      (v) => v !== '' && v !== null && !(Array.isArray(v) && v.length === 0) && v !== false,
    )
  );
}
