/**
 * `paraat import` fuzzed (see importers.ts): the example plan as plan JSON, changed by one
 * mutation per run. Mutations that keep it valid (awkward text in any text field, a BOM, items
 * dropped or reordered) must be imported and read back exactly; mutations that break it (an unknown
 * field or section, text over the limit, a duplicate or over-long id, a wrong format, truncation,
 * text that is no JSON) must be refused with invalid-request and leave no file behind. A value of
 * any type in any field may go either way, but only those two ways.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { importCommand } from '../../src/cli/exportCommands';
import { isPlanError } from '../../src/domain/errors';
import { MAX_TEXT } from '../../src/domain/fields';
import { SECTIONS } from '../../src/domain/plan';
import type { PlanJson } from '../../src/domain/planJson';
import { loadExamplePlan } from '../../src/storage/examplePlan';
import { PlanDocument } from '../../src/storage/planDocument';
import { openPlanFile } from '../../src/storage/planFile';
import { toPlanJson } from '../../src/storage/planJson';
import { REPO } from './common';
import { cellText } from './importerCsv';

export interface JsonFigures {
  jsonDocuments: number;
  jsonAccepted: number;
  jsonRefused: number;
  /** Accepted plans that read back otherwise than the JSON said, or broken JSON that was accepted: must be 0. */
  jsonAltered: number;
  /** Files left where a refused import was to write: must be 0. */
  jsonLeftovers: number;
  /** Refusals without a clear invalid-request, or anything thrown that is not a PlanError: must be 0. */
  jsonWrongErrors: number;
  problems: string[];
}

const KEEPS_VALID = ['text', 'bom', 'drop-item', 'reverse-list'] as const;
const BREAKS = [
  'unknown-field',
  'unknown-section',
  'too-long',
  'long-id',
  'duplicate-id',
  'format-version',
  'language',
  'not-a-record',
  'truncate',
] as const;
type Mutation = (typeof KEEPS_VALID)[number] | (typeof BREAKS)[number] | 'any-value' | 'garbage';

const mutation = fc.record({
  kind: fc.constantFrom<Mutation>(...KEEPS_VALID, ...BREAKS, 'any-value', 'garbage'),
  section: fc.nat(),
  record: fc.nat(),
  field: fc.nat(),
  text: cellText,
  value: fc.anything(),
  garbage: fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json()),
  cut: fc.double({ min: 0, max: 1, noNaN: true }),
});

type MutationValue = typeof mutation extends fc.Arbitrary<infer T> ? T : never;
type Plan = { format: unknown; formatVersion: unknown; language: unknown; sections: Record<string, unknown> };

/** The records of the chosen section (a singleton is one record), and the fields it has. */
function pick(plan: Plan, sectionIndex: number, recordIndex: number) {
  const present = SECTIONS.filter((section) => plan.sections[section.key] !== undefined);
  const section = present[sectionIndex % present.length]!;
  const content = plan.sections[section.key];
  const records = (Array.isArray(content) ? content : [content]) as Record<string, unknown>[];
  return {
    section,
    list: Array.isArray(content) ? (content as Record<string, unknown>[]) : null,
    record: records.length ? records[recordIndex % records.length]! : null,
  };
}

/** Applies one mutation; returns the file's text and whether it must be accepted, refused or either. */
function mutate(base: PlanJson, m: MutationValue) {
  const plan = structuredClone(base) as Plan;
  const { section, list, record } = pick(plan, m.section, m.record);
  const textFields = section.fields.filter((f) => ['text', 'longText', 'email', 'phone'].includes(f.widget));
  let prefix = '';
  let outcome: 'accept' | 'refuse' | 'either' = BREAKS.includes(m.kind as never)
    ? 'refuse'
    : m.kind === 'any-value'
      ? 'either'
      : 'accept';
  switch (m.kind) {
    case 'text':
      if (record && textFields.length) record[textFields[m.field % textFields.length]!.name] = m.text;
      break;
    case 'bom':
      prefix = '\uFEFF';
      break;
    case 'drop-item':
      list?.splice(m.record % Math.max(list.length, 1), 1);
      break;
    case 'reverse-list':
      list?.reverse();
      break;
    case 'any-value':
      if (record) record[section.fields[m.field % section.fields.length]!.name] = m.value;
      break;
    case 'unknown-field':
      if (record) record[`x${m.field}`] = m.text;
      else outcome = 'accept';
      break;
    case 'unknown-section':
      plan.sections[`${section.key}x`] = list ? [{ id: 'extra' }] : { name: m.text };
      break;
    case 'too-long':
      if (record && textFields.length) record[textFields[m.field % textFields.length]!.name] = 'x'.repeat(MAX_TEXT + 1);
      else outcome = 'accept';
      break;
    case 'long-id':
      if (list && record) record.id = 'i'.repeat(65);
      else outcome = 'accept';
      break;
    case 'duplicate-id':
      if (list && record) list.push({ ...record });
      else outcome = 'accept';
      break;
    case 'format-version':
      plan.formatVersion = 2;
      break;
    case 'language':
      plan.language = 'fr';
      break;
    case 'not-a-record':
      plan.sections[section.key] = list ? [m.text] : m.text;
      break;
    case 'truncate':
    case 'garbage':
      break;
  }
  const json = JSON.stringify(plan, null, 2);
  if (m.kind === 'truncate') return { text: json.slice(0, Math.floor(m.cut * (json.length - 1))), plan, outcome };
  if (m.kind === 'garbage')
    return {
      text: typeof m.garbage === 'string' ? m.garbage : JSON.stringify(m.garbage),
      plan,
      outcome: 'refuse' as const,
    };
  // Compared with what the file says (undefined fields are not in it), not with the object written.
  return { text: `${prefix}${json}\n`, plan: JSON.parse(json) as Plan, outcome };
}

/** Every section and field the JSON gave, as the imported plan holds it (list order and ids too). */
function differences(given: Plan, stored: PlanJson): string[] {
  const found: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const [key, content] of Object.entries(given.sections)) {
    const held = stored.sections[key];
    const givenRecords = (Array.isArray(content) ? content : [content]) as Record<string, unknown>[];
    const heldRecords = (Array.isArray(held) ? held : [held]) as Record<string, unknown>[];
    if (givenRecords.length !== heldRecords.length)
      found.push(`${key}: ${givenRecords.length} records given, ${heldRecords.length} stored`);
    givenRecords.forEach((record, index) => {
      for (const [field, value] of Object.entries(record)) {
        if (!Array.isArray(content) && field === 'id') continue;
        if (!same(heldRecords[index]?.[field], value))
          found.push(
            `${key}[${index}].${field}: ${JSON.stringify(value)?.slice(0, 60)} stored as ${JSON.stringify(heldRecords[index]?.[field])?.slice(0, 60)}`,
          );
      }
    });
  }
  if (given.language !== stored.language) found.push('language');
  return found;
}

export async function fuzzPlanJson(figures: JsonFigures, dir: string, runs: number, seed: number): Promise<void> {
  const base = loadExamplePlan(join(REPO, 'resources', 'examples'), 'nl');
  const folder = join(dir, 'json');
  const problem = (text: string) => {
    if (figures.problems.length < 20) figures.problems.push(`plan JSON: ${text}`);
  };
  fc.assert(
    fc.property(mutation, (m) => {
      figures.jsonDocuments++;
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      const { text, plan, outcome } = mutate(base, m);
      const source = join(folder, 'plan.json');
      const target = join(folder, 'plan.paraat');
      writeFileSync(source, text);
      let accepted = false;
      try {
        const result = importCommand(source, target);
        accepted = result.ok;
        if (!result.ok) {
          figures.jsonWrongErrors++;
          problem(`${m.kind}: refused as usage: ${result.usage}`);
        }
      } catch (error) {
        if (!isPlanError(error) || error.code !== 'invalid-request') {
          figures.jsonWrongErrors++;
          problem(
            `${m.kind}: threw ${isPlanError(error) ? `[${error.code}] ${error.message}` : String(error)}`.slice(0, 300),
          );
        }
      }
      if (accepted) {
        figures.jsonAccepted++;
        if (outcome === 'refuse') {
          figures.jsonAltered++;
          problem(`${m.kind}: broken plan JSON was accepted`);
          return;
        }
        const document = new PlanDocument(openPlanFile(target));
        try {
          const found = differences(plan, toPlanJson(document));
          if (found.length) {
            figures.jsonAltered++;
            problem(`${m.kind}: read back otherwise: ${found.slice(0, 5).join(', ')}`);
          }
        } finally {
          document.close();
        }
      } else {
        figures.jsonRefused++;
        if (outcome === 'accept') {
          figures.jsonAltered++;
          problem(`${m.kind}: valid plan JSON was refused`);
        }
        const left = readdirSync(folder).filter((name) => name !== 'plan.json');
        if (left.length) {
          figures.jsonLeftovers++;
          problem(`${m.kind}: a refused import left ${left.join(', ')}`);
        }
      }
    }),
    { numRuns: runs, seed: seed + 2 },
  );
  rmSync(folder, { recursive: true, force: true });
}
