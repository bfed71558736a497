import { describe, expect, it } from 'vitest';
import { durationParts, parseDuration } from '../../src/domain/durations';
import { SECTIONS } from '../../src/domain/plan';
import { planDocumentModel } from '../../src/export/exportPlan';
import { exportTranslator } from '../../src/export/translator';
import { printsOwnUnit } from '../../src/export/values';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';

describe('a duration typed as people type it', () => {
  it.each([
    ['4', 4],
    ['4u', 4],
    ['4 uur', 4],
    ['4 Uren', 4],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['0.5', 0.5],
    ['halve dag', 12],
    ['een halve dag', 12],
    ['anderhalve dag', 36],
    ['2 dagen', 48],
    ['1 dag en 4 uur', 28],
    ['4u30', 4.5],
    ['30 min', 0.5],
    ['een week', 168],
    ['4h', 4],
    ['4 hours', 4],
    ['half a day', 12],
    ['2 days', 48],
    ['½ dag', 12],
  ])('reads "%s" as %d hours', (typed, hours) => {
    expect(parseDuration(typed)).toEqual({ ok: true, hours });
  });

  it('reads an empty field as no value, not as zero', () => {
    expect(parseDuration('  ')).toEqual({ ok: true, hours: null });
  });

  it.each(['vier appels', '4 appels', 'dag', '-4', '2 4', 'snel', '4 uur uur'])(
    'refuses "%s" instead of guessing',
    (typed) => {
      expect(parseDuration(typed)).toEqual({ ok: false, problem: 'unreadable' });
    },
  );

  it('refuses a duration longer than a year', () => {
    expect(parseDuration('400 dagen')).toEqual({ ok: false, problem: 'too-long' });
  });
});

describe('a duration read back', () => {
  it.each([
    [0.5, { unit: 'minutes', count: 30 }],
    [4, { unit: 'hours', count: 4 }],
    [36, { unit: 'hours', count: 36 }],
    [48, { unit: 'days', count: 2 }],
  ] as const)('%d hours reads as %o', (hours, parts) => {
    expect(durationParts(hours)).toEqual(parts);
  });
});

describe('a duration as every export prints it', () => {
  const cells = (language: 'nl' | 'en') =>
    planDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, language), { language, includePrivate: false })
      .chapters.flatMap((chapter) => chapter.blocks)
      .flatMap((block) => (block.kind === 'table' ? block.rows.flat() : []));

  it('reads as the app reads it: hours, whole days, minutes, in the plan’s language', () => {
    const dutch = cells('nl');
    // The notification duties' 72 hours, a playbook step's 15 minutes and 1,440 minutes, the incident's 5.5 hours.
    for (const expected of ['3 dagen', '15 minuten', '1 dag', '5,5 uur', '4 uur']) expect(dutch).toContain(expected);
    const english = cells('en');
    for (const expected of ['3 days', '15 minutes', '1 day', '5.5 hours', '4 hours'])
      expect(english).toContain(expected);
    // Never the short form beside it, nor minutes as a bare number.
    for (const cell of [...dutch, ...english]) expect(cell).not.toMatch(/^\d+([.,]\d+)? [uh]$|^1\.?440$/);
  });
});

describe('the heading above a duration', () => {
  const UNIT_IN_HEADING = /\b(uren|uur|u|hours|hour|h|minuten|minutes|min)\)|hoeveel uur|how many hours/i;

  it('names no unit, since every printed duration carries its own, in every table and label of both examples', () => {
    for (const language of ['nl', 'en'] as const) {
      const model = planDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, language), {
        language,
        includePrivate: true,
      });
      const headings = [...model.chapters, ...model.annexes]
        .flatMap((chapter) => chapter.blocks)
        .flatMap((block) =>
          block.kind === 'table' ? block.columns : block.kind === 'definitions' ? block.entries.map((e) => e.term) : [],
        );
      expect(headings, language).toContain(
        language === 'nl' ? 'Maximale hersteltijd (RTO)' : 'Recovery time objective (RTO)',
      );
      for (const heading of headings) expect(heading, language).not.toMatch(UNIT_IN_HEADING);
    }
  });

  it('exists in Dutch and English for every field printed as a duration, while the form keeps its unit', () => {
    const durations = SECTIONS.flatMap((section) =>
      section.fields.filter(printsOwnUnit).map((field) => ({ section, field })),
    );
    expect(durations.length).toBeGreaterThan(10);
    for (const language of ['nl', 'en'] as const) {
      const t = exportTranslator(language, '');
      for (const { section, field } of durations) {
        const key = `fields.${section.key}.${field.name}`;
        expect(t(`${key}.heading`), key).not.toBe(`${key}.heading`);
        expect(t(`${key}.heading`), key).not.toMatch(UNIT_IN_HEADING);
        // The form reads a bare number in the unit its label names ("4" is 4 hours), and so does the CSV import.
        expect(t(`${key}.label`), key).not.toBe(t(`${key}.heading`));
      }
    }
  });
});
