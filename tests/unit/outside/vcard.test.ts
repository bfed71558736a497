import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planEmergencyCard } from '../../../src/export/exportPlan';
import { planVcards } from '../../../src/export/outside/outsideExports';
import { callTreeOf, planJson } from '../../builders/planJson';

const options = { language: 'nl' as const, includePrivate: true };

/** The cards as ical.js reads them back: one jCard component per contact. */
function parseCards(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text);
  const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  return cards.map((card) => new ICAL.Component(card as never));
}

const telephones = (card: ICAL.Component) =>
  card.getAllProperties('tel').map((property) => ({
    number: String(property.getFirstValue()),
    type: property.getParameter('type'),
  }));

describe('contacts for phones (vCard)', () => {
  it('gives the call tree people their role, organisation and labelled numbers', () => {
    const plan = planJson(
      callTreeOf(
        {
          name: 'An Peeters',
          function: 'Diensthoofd',
          department: 'Burgerzaken',
          mobilePhone: '0470 11 22 33',
          workPhone: '059 40 12 00',
          email: 'an.peeters@testdorp.be',
        },
        { name: 'Bart Smets', mobilePhone: '0470 99 88 77' },
      ),
    );
    const cards = parseCards(planVcards(plan, options)!);
    expect(cards.map((card) => card.getFirstPropertyValue('fn'))).toEqual(['An Peeters', 'Bart Smets']);
    const [an, bart] = cards as [ICAL.Component, ICAL.Component];
    expect(an.getFirstPropertyValue('version')).toBe('3.0');
    expect(an.getFirstPropertyValue('org')).toEqual(['Gemeente Testdorp', 'Burgerzaken']);
    expect(an.getFirstPropertyValue('role')).toBe('Incidentbeheerder');
    expect(an.getFirstPropertyValue('title')).toBe('Diensthoofd');
    expect(telephones(an)).toEqual([
      { number: '0470 11 22 33', type: ['CELL', 'VOICE'] },
      { number: '059 40 12 00', type: ['WORK', 'VOICE'] },
    ]);
    expect(an.getFirstPropertyValue('email')).toBe('an.peeters@testdorp.be');
    expect(bart.getFirstPropertyValue('role')).toBe('Incidentbeheerder (vervanger)');
  });

  it('holds a private number only with consent, and never in an edition without private data', () => {
    const plan = planJson(
      callTreeOf(
        { name: 'With consent', privatePhone: '0470 00 00 01', privateConsent: true },
        { name: 'Without consent', privatePhone: '0470 00 00 02' },
      ),
    );
    const withPrivate = planVcards(plan, options)!;
    expect(withPrivate).toContain('TEL;TYPE=HOME,VOICE:0470 00 00 01');
    expect(withPrivate).not.toContain('0470 00 00 02');
    const wide = planVcards(plan, { ...options, includePrivate: false })!;
    expect(wide).not.toContain('0470 00 00 01');
    expect(wide).not.toContain('0470 00 00 02');
  });

  it("gives a supplier's emergency line its label and the customer number in a note", () => {
    const plan = planJson({
      suppliers: [
        {
          id: 'supplier-ict',
          name: 'Westkust ICT',
          emergencyLine: '059 99 00 10',
          customerNumber: 'K-4471',
          contact1Name: 'Servicedesk',
          contact1Phone: '059 99 00 11',
        },
        { id: 'supplier-quiet', name: 'Nobody to call', emergencyLine: '' },
      ],
    });
    const text = planVcards(plan, options)!;
    const [card] = parseCards(text) as [ICAL.Component];
    expect(parseCards(text)).toHaveLength(1);
    expect(card.getFirstPropertyValue('fn')).toBe('Westkust ICT');
    expect(telephones(card).map((phone) => phone.number)).toEqual(['059 99 00 10', '059 99 00 11']);
    expect(text).toContain('item1.X-ABLabel:Noodnummer');
    expect(text).toContain('item2.X-ABLabel:Servicedesk');
    expect(card.getFirstPropertyValue('note')).toBe('Klantnummer: K-4471');
  });

  it('escapes and folds plan text so it reads back exactly, markup and all', () => {
    const hostile = 'Jan; "De Smet", <script>alert(1)</script>\\ beheerder\nlijn 2 – één €';
    const plan = planJson(
      callTreeOf({ name: hostile, function: 'x'.repeat(200), mobilePhone: '0470 11 22 33', department: 'A;B,C' }),
    );
    const text = planVcards(plan, options)!;
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text.endsWith('\r\n')).toBe(true);
    const [card] = parseCards(text) as [ICAL.Component];
    expect(card.getFirstPropertyValue('fn')).toBe(hostile);
    expect(card.getFirstPropertyValue('title')).toBe('x'.repeat(200));
    expect(card.getFirstPropertyValue('org')).toEqual(['Gemeente Testdorp', 'A;B,C']);
  });

  it('keeps the same UID for the same person on every export, and another one in another plan', () => {
    const sections = callTreeOf({ name: 'An Peeters', mobilePhone: '0470 11 22 33' });
    const uid = (text: string) => parseCards(text)[0]!.getFirstPropertyValue('uid');
    const first = uid(planVcards(planJson(sections), options)!);
    expect(uid(planVcards(planJson(sections), { ...options, language: 'en' })!)).toBe(first);
    const other = planJson({
      ...sections,
      organisation: { name: 'Gemeente Anderdorp', kind: 'municipality-flanders' },
    });
    expect(uid(planVcards(other, options)!)).not.toBe(first);
  });

  it('writes no contacts file for a plan with nobody to call', () => {
    expect(planVcards(planJson({ people: [{ id: 'p', name: 'Not in the call tree' }] }), options)).toBeNull();
  });

  it('is explained on the emergency card: how to put the contacts on a phone', () => {
    const card = planEmergencyCard(planJson({}), options);
    const part = card.parts.find((candidate) => candidate.title === 'Contacten op uw gsm');
    expect(part?.blocks[0]).toMatchObject({ kind: 'paragraph', text: expect.stringContaining('(.vcf)') });
  });
});
