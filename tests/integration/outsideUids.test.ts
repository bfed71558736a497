import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { legacyPlanId } from '../../src/storage/planIdentity';
import type { Harness } from '../builders/handlerHarness';
import { newPlan } from '../builders/newPlan';

type Item = { id: string } & Record<string, unknown>;

/** The UIDs of the plan's contacts and reminders, as a phone and a calendar would read them. */
async function uids(harness: Harness, round: string): Promise<{ cards: string[]; events: string[] }> {
  const read = async (channel: 'export.vcf' | 'export.ics') => {
    const target = join(harness.dir, `${round}-${channel}`);
    harness.dialogs.answers.exportPath = target;
    await harness.ok(channel, { language: 'nl', includePrivate: false });
    return readFileSync(target, 'utf8');
  };
  const cards = (ICAL.parse(await read('export.vcf')) as unknown[]).map((card) =>
    String(new ICAL.Component(card as never).getFirstPropertyValue('uid')),
  );
  const events = new ICAL.Component(ICAL.parse(await read('export.ics')) as never)
    .getAllSubcomponents('vevent')
    .map((event) => String(event.getFirstPropertyValue('uid')));
  return { cards: cards.sort(), events: events.sort() };
}

/** A plan with someone in the call tree and a dated supplier: something to put on a phone and in a calendar. */
async function planWithContacts() {
  const { harness, path } = await newPlan();
  const person = await harness.ok<Item>('items.add', {
    section: 'people',
    data: { name: 'An Peeters', mobilePhone: '0470 11 22 33', lastVerified: '2026-09-01' },
  });
  const role = await harness.ok<Item>('items.add', {
    section: 'roles',
    data: { name: 'Crisisleider', main: person.id },
  });
  await harness.ok('items.add', { section: 'callTree', data: { label: 'Eerste oproep', role: role.id } });
  await harness.ok('items.add', {
    section: 'suppliers',
    data: { name: 'Westkust ICT', emergencyLine: '050 12 34 56', contractEnd: '2027-12-31' },
  });
  return { harness, path };
}

describe('the UIDs of the contacts and reminders', () => {
  it('stay the same when the organisation is renamed, and differ from another plan’s', async () => {
    const { harness } = await planWithContacts();
    const before = await uids(harness, 'before');
    expect(before.cards.length).toBeGreaterThanOrEqual(2);
    expect(before.events.length).toBeGreaterThanOrEqual(2);
    await harness.ok('section.update', { section: 'organisation', patch: { name: 'Stad Testdorp' } });
    expect(await uids(harness, 'after')).toEqual(before);

    // Another plan of an organisation with the same name has its own id.
    const other = await planWithContacts();
    const theirs = await uids(other.harness, 'other');
    expect(theirs.events.some((uid) => before.events.includes(uid))).toBe(false);
  });

  it('of a plan made before plans had an id, stay what they were, also after a rename', async () => {
    const { harness, path } = await planWithContacts();
    await harness.ok('plan.close');
    // What an older Paraat wrote: no id of the plan's own.
    const db = new Database(path);
    db.prepare("DELETE FROM meta WHERE key = 'planId'").run();
    db.close();
    harness.dialogs.answers.existingPlan = path;
    await harness.ok('plan.open', {});

    const before = await uids(harness, 'before');
    const oldKey = legacyPlanId('Lokaal bestuur Testdorp');
    expect(before.events.every((uid) => uid.endsWith(`-${oldKey}@paraat`))).toBe(true);
    await harness.ok('section.update', { section: 'organisation', patch: { name: 'Stad Testdorp' } });
    expect(await uids(harness, 'after')).toEqual(before);
  });
});
