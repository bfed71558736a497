import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listRepository } from '../../src/storage/sectionRepository';
import { contactsSection } from '../builders/listSection';
import { createPlan, openPlan, withPlan } from '../builders/planFiles';
import { tempDir } from '../builders/tempDir';

type ChangeRow = { section: string; item_id: string | null; action: string; fields: string };

/** The record of changes after `afterSeq`, oldest first, with the field lists parsed. */
function changesSince(db: Database, afterSeq: number) {
  const rows = db
    .prepare<[number], ChangeRow>('SELECT section, item_id, action, fields FROM changes WHERE seq > ? ORDER BY seq')
    .all(afterSeq);
  return rows.map((row) => ({ ...row, fields: JSON.parse(row.fields) as string[] }));
}

const lastSeq = (db: Database) => db.prepare('SELECT COALESCE(MAX(seq), 0) FROM changes').pluck().get() as number;

const names = (items: Record<string, unknown>[]) => items.map((item) => item.name);

describe('the items of a list', () => {
  it('come back in the order they were added, with all their fields, after reopening', () => {
    const path = createPlan(tempDir());
    const ids = withPlan(path, (plan) => {
      const contacts = listRepository(plan.db, contactsSection);
      return ['An', 'Bram', 'Chris'].map((name) => contacts.add({ name }).id);
    });
    const items = withPlan(path, (plan) => listRepository(plan.db, contactsSection).list());
    expect(items).toEqual([
      { id: ids[0], name: 'An', phone: '', onCall: false },
      { id: ids[1], name: 'Bram', phone: '', onCall: false },
      { id: ids[2], name: 'Chris', phone: '', onCall: false },
    ]);
  });

  it('keep a given id, so links into the list survive an import', () => {
    const path = createPlan(tempDir());
    withPlan(path, (plan) => listRepository(plan.db, contactsSection).add({ name: 'An' }, 'contact-an'));
    expect(withPlan(path, (plan) => listRepository(plan.db, contactsSection).get('contact-an').name)).toBe('An');
  });

  it('take an update of one field without losing the others', () => {
    const path = createPlan(tempDir());
    const id = withPlan(
      path,
      (plan) => listRepository(plan.db, contactsSection).add({ name: 'An', phone: '0470 11 22 33' }).id,
    );
    withPlan(path, (plan) => listRepository(plan.db, contactsSection).update(id, { onCall: true }));
    expect(withPlan(path, (plan) => listRepository(plan.db, contactsSection).get(id))).toEqual({
      id,
      name: 'An',
      phone: '0470 11 22 33',
      onCall: true,
    });
  });

  it.each([
    ['to the front', 'Chris', 0, ['Chris', 'An', 'Bram', 'Dirk']],
    ['to the end', 'An', 3, ['Bram', 'Chris', 'Dirk', 'An']],
    ['beyond the end', 'Bram', 99, ['An', 'Chris', 'Dirk', 'Bram']],
    ['one down', 'An', 1, ['Bram', 'An', 'Chris', 'Dirk']],
    ['to where it already is', 'Chris', 2, ['An', 'Bram', 'Chris', 'Dirk']],
  ])('can be moved %s and keep that order after reopening', (_how, name, toIndex, expected) => {
    const path = createPlan(tempDir());
    withPlan(path, (plan) => {
      const contacts = listRepository(plan.db, contactsSection);
      const items = ['An', 'Bram', 'Chris', 'Dirk'].map((n) => contacts.add({ name: n }));
      const moved = contacts.move(items.find((item) => item.name === name)!.id, toIndex);
      expect(names(moved)).toEqual(expected);
    });
    expect(names(withPlan(path, (plan) => listRepository(plan.db, contactsSection).list()))).toEqual(expected);
  });

  it('stores positions 0..n-1 after moves and removals', () => {
    const path = createPlan(tempDir());
    withPlan(path, (plan) => {
      const contacts = listRepository(plan.db, contactsSection);
      const [an, , chris] = ['An', 'Bram', 'Chris', 'Dirk'].map((n) => contacts.add({ name: n }));
      contacts.move(chris!.id, 0);
      contacts.remove(an!.id);
      contacts.add({ name: 'Eva' });
      expect(names(contacts.list())).toEqual(['Chris', 'Bram', 'Dirk', 'Eva']);
      const positions = plan.db
        .prepare("SELECT position FROM items WHERE section = 'contacts' ORDER BY position")
        .pluck()
        .all();
      expect(new Set(positions).size).toBe(4);
    });
  });

  it('can be removed, and are gone after reopening', () => {
    const path = createPlan(tempDir());
    const [keep, drop] = withPlan(path, (plan) => {
      const contacts = listRepository(plan.db, contactsSection);
      return [contacts.add({ name: 'Blijft' }).id, contacts.add({ name: 'Weg' }).id];
    });
    withPlan(path, (plan) => listRepository(plan.db, contactsSection).remove(drop!));
    const items = withPlan(path, (plan) => listRepository(plan.db, contactsSection).list());
    expect(items.map((item) => item.id)).toEqual([keep]);
  });

  it('refuse to update, move or remove an item that does not exist, changing nothing', () => {
    const path = createPlan(tempDir());
    withPlan(path, (plan) => {
      const contacts = listRepository(plan.db, contactsSection);
      contacts.add({ name: 'An' });
      const before = lastSeq(plan.db);
      const unknown = expect.objectContaining({ code: 'unknown-item' });
      expect(() => contacts.update('nope', { name: 'x' })).toThrow(unknown);
      expect(() => contacts.move('nope', 0)).toThrow(unknown);
      expect(() => contacts.remove('nope')).toThrow(unknown);
      expect(() => contacts.get('nope')).toThrow(unknown);
      expect(lastSeq(plan.db)).toBe(before);
      expect(names(contacts.list())).toEqual(['An']);
    });
  });
});

describe('the record of changes', () => {
  it('notes each edit of a list with what happened and to which fields', () => {
    const path = createPlan(tempDir());
    withPlan(path, (plan) => {
      const start = lastSeq(plan.db);
      const contacts = listRepository(plan.db, contactsSection);
      const an = contacts.add({ name: 'An', phone: '0470' });
      const bram = contacts.add({ name: 'Bram' });
      contacts.update(an.id, { phone: '0471', name: 'An' });
      contacts.move(bram.id, 0);
      contacts.remove(an.id);
      expect(changesSince(plan.db, start)).toEqual([
        { section: 'contacts', item_id: an.id, action: 'create', fields: ['name', 'phone'] },
        { section: 'contacts', item_id: bram.id, action: 'create', fields: ['name'] },
        { section: 'contacts', item_id: an.id, action: 'update', fields: ['phone'] },
        { section: 'contacts', item_id: bram.id, action: 'move', fields: [] },
        { section: 'contacts', item_id: an.id, action: 'delete', fields: [] },
      ]);
    });
  });

  it('notes an edit of the organisation with only the fields that really changed', () => {
    const path = createPlan(tempDir(), { organisation: { name: 'Testdorp' } });
    withPlan(path, (plan) => {
      const start = lastSeq(plan.db);
      const organisation = plan.singleton('organisation');
      organisation.update({ name: 'Testdorp', sector: 'Overheid' });
      organisation.update({ staffCount: 40, siteCount: 2 });
      expect(changesSince(plan.db, start)).toEqual([
        { section: 'organisation', item_id: null, action: 'update', fields: ['sector'] },
        { section: 'organisation', item_id: null, action: 'update', fields: ['staffCount', 'siteCount'] },
      ]);
    });
  });

  it('notes nothing for an edit that changes nothing', () => {
    const path = createPlan(tempDir(), { organisation: { name: 'Testdorp' } });
    withPlan(path, (plan) => {
      const start = lastSeq(plan.db);
      plan.singleton('organisation').update({ name: 'Testdorp' });
      plan.singleton('organisation').update({});
      const id = listRepository(plan.db, contactsSection).add({ name: 'An' }).id;
      listRepository(plan.db, contactsSection).update(id, { name: 'An' });
      expect(changesSince(plan.db, start).map((change) => change.action)).toEqual(['create']);
    });
  });

  it('records the creation of the plan itself', () => {
    const path = createPlan(tempDir(), { organisation: { name: 'Testdorp', kind: 'company' } });
    withPlan(path, (plan) => {
      expect(changesSince(plan.db, 0)).toEqual([
        { section: 'organisation', item_id: null, action: 'update', fields: ['name', 'kind'] },
      ]);
    });
  });

  it('is kept in the file across reopening, with a time for each change', () => {
    const path = createPlan(tempDir());
    const plan = openPlan(path);
    plan.singleton('organisation').update({ sector: 'Zorg' });
    plan.close();
    withPlan(path, (reopened) => {
      const times = reopened.db.prepare('SELECT at FROM changes ORDER BY seq').pluck().all() as string[];
      expect(times).toHaveLength(2);
      for (const at of times) expect(Number.isNaN(Date.parse(at))).toBe(false);
    });
  });
});
