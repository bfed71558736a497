import type { FieldDescriptor } from '../src/domain/fields';
import { SECTIONS } from '../src/domain/plan';
import type { PlanJson } from '../src/domain/planJson';
import type { SectionDef } from '../src/domain/section';
import { createPlanFile } from '../src/storage/planFile';
import { fillFromJson } from '../src/storage/planJson';
import { type SeededRandom as Random, seededRandom as random } from '../tests/builders/seededRandom';

/**
 * A seeded generator of large, fictional plans for the benchmark (and, at size S, for the test
 * that keeps the benchmark from rotting). Every section of the plan is filled from its field
 * declarations, so a new field or section is generated without touching this file; only the
 * references that give a plan its shape (what depends on what) are set by hand.
 */

export const SIZE_NAMES = ['S', 'M', 'L', 'XL'] as const;
export type SizeName = (typeof SIZE_NAMES)[number];

/** Items per list section at size L; other sizes scale these (systems and people are set explicitly). */
const L_COUNTS: Readonly<Record<string, number>> = {
  people: 400,
  roles: 40,
  departments: 24,
  suppliers: 120,
  locations: 12,
  distribution: 30,
  services: 200,
  systems: 2000,
  backups: 200,
  risks: 150,
  scenarios: 60,
  scenarioSteps: 60 * 15,
  callTree: 60,
  communication: 40,
  exercises: 30,
  incidents: 2000,
  reviews: 200,
  activations: 0,
  activationEvents: 0,
};

const SIZE_FACTOR: Readonly<Record<SizeName, number>> = { S: 1 / 40, M: 1 / 4, L: 1, XL: 4 };
const EXPLICIT: Readonly<Record<SizeName, { systems: number; people: number }>> = {
  S: { systems: 50, people: 30 },
  M: { systems: 500, people: 150 },
  L: { systems: 2000, people: 400 },
  XL: { systems: 8000, people: 1600 },
};

/** How many items each list section gets at a size; unknown (new) list sections get a proportional share. */
export function sectionCounts(size: SizeName): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const section of SECTIONS) {
    if (section.kind !== 'list') continue;
    const explicit = EXPLICIT[size][section.key as 'systems' | 'people'];
    if (explicit !== undefined) counts[section.key] = explicit;
    else if (section.key === 'scenarioSteps')
      counts[section.key] = (counts.scenarios ?? scaled('scenarios', size)) * 15;
    else counts[section.key] = scaled(section.key, size);
  }
  return counts;
}

function scaled(key: string, size: SizeName): number {
  const base = L_COUNTS[key] ?? 20;
  if (base === 0) return 0;
  return Math.max(2, Math.round(base * SIZE_FACTOR[size]));
}

const WORDS = [
  'server',
  'back-up',
  'netwerk',
  'leverancier',
  'dienst',
  'loket',
  'burgerzaken',
  'herstel',
  'controle',
  'stroom',
  'firewall',
  'licentie',
  'telefonie',
  'e-mail',
  'storing',
  'melding',
  'toegang',
  'sleutel',
  'gemeentehuis',
  'bibliotheek',
  'noodnummer',
  'afspraak',
  'procedure',
  'test',
  'kopie',
  'offline',
  'cloud',
  'contract',
  'verantwoordelijke',
  'werkplek',
];
const FIRST = [
  'Eline',
  'Jan',
  'Sofie',
  'Pieter',
  'An',
  'Tom',
  'Lotte',
  'Koen',
  'Marie',
  'Wout',
  'Nele',
  'Bram',
  'Femke',
  'Joris',
  'Inge',
  'Ruben',
];
const LAST = [
  'Vermeersch',
  'De Smet',
  'Claes',
  'Wouters',
  'Peeters',
  'Maes',
  'Janssens',
  'Willems',
  'Goossens',
  'Mertens',
  'Jacobs',
  'Verhoeven',
];

const sentence = (rnd: Random, words: number) => {
  const text = Array.from({ length: words }, () => rnd.pick(WORDS)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};
const pad = (n: number, width = 5) => String(n).padStart(width, '0');
const isoDate = (rnd: Random, fromYear = 2023, toYear = 2026) =>
  `${rnd.int(fromYear, toYear)}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
const phone = (rnd: Random) => `+32 ${rnd.int(10, 99)} ${rnd.int(10, 99)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`;

export function itemId(section: string, index: number): string {
  return `${section}-${pad(index + 1)}`;
}

/** A value for one field, from its declaration; references point at the generated ids of their list. */
function fieldValue(
  section: SectionDef,
  field: FieldDescriptor,
  index: number,
  rnd: Random,
  ids: Record<string, string[]>,
): unknown {
  const targets = field.ref ? (ids[field.ref] ?? []) : [];
  switch (field.widget) {
    case 'text':
      if (section.kind === 'list' && field.name === section.titleField)
        return `${section.key} ${pad(index + 1)} ${rnd.pick(WORDS)}`;
      if (field.name === 'name') return `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
      return `${rnd.pick(WORDS)} ${rnd.int(1, 99)}`;
    case 'longText':
      return sentence(rnd, rnd.int(6, 24));
    case 'email':
      return `${section.key.toLowerCase()}.${index + 1}@beekzande.example`;
    case 'phone':
      return field.private && rnd.next() < 0.7 ? '' : phone(rnd);
    case 'date':
      return isoDate(rnd);
    case 'integer':
      return rnd.int(1, 40);
    case 'hours':
      return rnd.pick([1, 2, 4, 8, 24, 48, 72, 168]);
    case 'choice':
      return rnd.pick(field.options ?? ['']);
    case 'choices':
      return rnd.some(field.options ?? [], 0, 2);
    case 'boolean':
      return rnd.next() < 0.5;
    case 'ref':
      return targets.length ? rnd.pick(targets) : '';
    case 'refs':
      return targets.length ? rnd.some(targets, 0, 3) : [];
  }
}

/** Hand-set references that give the plan a realistic shape; everything else comes from the declaration. */
function shape(
  key: string,
  item: Record<string, unknown>,
  index: number,
  rnd: Random,
  ids: Record<string, string[]>,
): void {
  const systems = ids.systems ?? [];
  if (key === 'systems') {
    // Layers as in a real inventory, listed infrastructure first, so the graph has no cycles: the
    // network and servers (5%) need a few of the infrastructure before them, platforms and
    // applications (20%) need infrastructure, and devices and end-user software need either.
    const infrastructure = Math.max(1, Math.round(systems.length * 0.05));
    const platform = Math.max(infrastructure + 1, Math.round(systems.length * 0.25));
    const below =
      index < infrastructure
        ? systems.slice(Math.max(0, index - 8), index)
        : index < platform
          ? systems.slice(0, infrastructure)
          : systems.slice(0, platform);
    item.dependsOn = below.length && rnd.next() < 0.7 ? rnd.some(below, 1, 3) : [];
    item.tierOverride = rnd.next() < 0.03 ? item.tierOverride : '';
    item.quantity = rnd.int(1, 60);
  }
  if (key === 'services') item.systems = rnd.some(systems, 3, 10);
  if (key === 'backups') item.systems = rnd.some(systems, 5, 15);
  if (key === 'risks' || key === 'scenarios') item.systems = rnd.some(systems, 0, 5);
  if (key === 'scenarioSteps') {
    const scenarios = ids.scenarios ?? [];
    item.scenario = scenarios[Math.floor(index / 15) % Math.max(1, scenarios.length)] ?? '';
    item.targetMinutes = ((index % 15) + 1) * 10;
  }
  if (key === 'incidents') {
    item.number = index + 1;
    item.status = rnd.next() < 0.95 ? 'closed' : 'open';
    item.occurredOn = isoDate(rnd, 2018, 2026);
  }
  if (key === 'reviews') item.incident = ids.incidents?.[index] ?? '';
}

/** A whole plan as plan JSON: the same seed gives the same plan. */
export function generatePlanJson(size: SizeName, seed = 1): PlanJson {
  const rnd = random(seed);
  const counts = sectionCounts(size);
  const ids: Record<string, string[]> = {};
  for (const [key, count] of Object.entries(counts)) ids[key] = Array.from({ length: count }, (_, i) => itemId(key, i));

  const sections: PlanJson['sections'] = {};
  for (const section of SECTIONS) {
    if (section.kind === 'singleton') {
      const record: Record<string, unknown> = {};
      for (const field of section.fields) record[field.name] = fieldValue(section, field, 0, rnd, ids);
      if (section.key === 'organisation')
        Object.assign(record, { name: `Lokaal bestuur Beekzande (bench ${size})`, kind: 'municipality-flanders' });
      sections[section.key] = record;
      continue;
    }
    sections[section.key] = (ids[section.key] ?? []).map((id, index) => {
      const item: Record<string, unknown> = {};
      for (const field of section.fields) item[field.name] = fieldValue(section, field, index, rnd, ids);
      shape(section.key, item, index, rnd, ids);
      return { ...item, id };
    });
  }
  return { format: 'paraat-plan', formatVersion: 1, language: 'nl', sections };
}

/** Writes a generated plan as a real plan file, through the app's own storage code. */
export function writeGeneratedPlan(path: string, size: SizeName, seed = 1): PlanJson {
  const plan = generatePlanJson(size, seed);
  createPlanFile(path, (db) => fillFromJson(db, plan)).close();
  return plan;
}
