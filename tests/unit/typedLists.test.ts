import { describe, expect, it } from 'vitest';
import { holdsTypedList, textBlocks } from '../../src/export/typedLists';

const paragraph = (text: string) => ({ kind: 'paragraph', text });
const bullets = (...items: string[]) => ({ kind: 'list', items, ordered: false });
const numbers = (...items: string[]) => ({ kind: 'list', items, ordered: true });

describe('a list typed in a long text', () => {
  it('becomes a real bulleted list, the lines around it paragraphs', () => {
    expect(textBlocks('Bij uitval:\n- bel de provider\n- meld het op intranet\nDaarna evalueren.')).toEqual([
      paragraph('Bij uitval:'),
      bullets('bel de provider', 'meld het op intranet'),
      paragraph('Daarna evalueren.'),
    ]);
  });

  it('takes every usual bullet, mixed within one list', () => {
    expect(textBlocks('- een\n* twee\n• drie\n– vier\n· vijf')).toEqual([
      bullets('een', 'twee', 'drie', 'vier', 'vijf'),
    ]);
  });

  it('numbers "1.", "1)", "a)" and "a." as a numbered list', () => {
    expect(textBlocks('1. Melden\n2. Akkoord\n3. Terugzetten')).toEqual([numbers('Melden', 'Akkoord', 'Terugzetten')]);
    expect(textBlocks('1) Melden\n2) Akkoord')).toEqual([numbers('Melden', 'Akkoord')]);
    expect(textBlocks('a) Melden\nb) Akkoord')).toEqual([numbers('Melden', 'Akkoord')]);
    expect(textBlocks('A. Melden\nB. Akkoord')).toEqual([numbers('Melden', 'Akkoord')]);
  });

  it('reads Windows line ends and keeps one list across empty lines between its points', () => {
    expect(textBlocks('Stappen:\r\n\r\n1. Melden\r\n\r\n2. Akkoord\r\n')).toEqual([
      paragraph('Stappen:'),
      numbers('Melden', 'Akkoord'),
    ]);
  });

  it('joins a line indented under a point to that point, and keeps an indented sub-point on its own line', () => {
    expect(
      textBlocks('1. Westkust ICT zet de mailboxen terug\n   naar een aparte map.\n2. De eigenaar keurt goed.'),
    ).toEqual([numbers('Westkust ICT zet de mailboxen terug naar een aparte map.', 'De eigenaar keurt goed.')]);
    expect(textBlocks('1. Controleer\n   - netwerk\n   - laptops\n2. Meld')).toEqual([
      numbers('Controleer\n- netwerk\n- laptops', 'Meld'),
    ]);
  });

  it('starts a new list where the numbering restarts at 1 or the kind of mark changes', () => {
    expect(textBlocks('1. a\n2. b\n1. c\n2. d')).toEqual([numbers('a', 'b'), numbers('c', 'd')]);
    expect(textBlocks('1. a\n2. b\n- c\n- d')).toEqual([numbers('a', 'b'), bullets('c', 'd')]);
    expect(textBlocks('1. a\n2. b\nTussendoor.\n1. c\n2. d')).toEqual([
      numbers('a', 'b'),
      paragraph('Tussendoor.'),
      numbers('c', 'd'),
    ]);
  });

  it('leaves text that only looks like a list as it was typed', () => {
    const asTyped = [
      'Budget: 1.500 euro per jaar.',
      '2026. Daarna volgt de evaluatie.\n2027. Nieuwe oefening.',
      'Temperatuur:\n-5 °C in de serverruimte\n-10 °C buiten',
      '1. januari start het nieuwe contract.',
      'Let op:\n- het wachtwoord ligt in de kluis.',
      '3. Derde stap\n4. Vierde stap',
      'Zie 1.2 en 1.3\nvan het draaiboek.',
    ];
    for (const text of asTyped) {
      expect(textBlocks(text), text).toEqual(text.split(/\n\s*\n/).map((part) => paragraph(part.trim())));
      expect(holdsTypedList(text), text).toBe(false);
    }
  });

  it('keeps paragraphs apart at an empty line and a single line break within one', () => {
    expect(textBlocks('Eerste regel\ntweede regel\n\nNieuwe alinea')).toEqual([
      paragraph('Eerste regel\ntweede regel'),
      paragraph('Nieuwe alinea'),
    ]);
    expect(textBlocks('')).toEqual([]);
  });

  it('says whether a text holds a list, so it leaves a table cell for blocks of its own', () => {
    expect(holdsTypedList('- a\n- b')).toBe(true);
    expect(holdsTypedList('1. a 2. b 3. c')).toBe(false);
  });
});
