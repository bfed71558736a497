import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PlanLanguage } from '../domain/organisationKinds';
import { type PlanJson, planJsonSchema } from '../domain/planJson';
import { PlanDocument } from './planDocument';
import { createPlanFile } from './planFile';
import { fillFromJson } from './planJson';
import { exampleNetworkDiagram } from './exampleDiagram';
import { issueVersion } from './versions';

/**
 * The fictional example plan: `example.<lang>.json` plus one file per area of the plan in
 * `<lang>/`, each adding its own sections.
 */
export function loadExamplePlan(examplesDirectory: string, language: PlanLanguage): PlanJson {
  const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
  const base = planJsonSchema.parse(read(join(examplesDirectory, `example.${language}.json`)));
  const areaFolder = join(examplesDirectory, language);
  const areaFiles = existsSync(areaFolder)
    ? readdirSync(areaFolder)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  for (const file of areaFiles) {
    const area = planJsonSchema.shape.sections.parse((read(join(areaFolder, file)) as { sections?: unknown }).sections);
    for (const [key, content] of Object.entries(area)) {
      if (key in base.sections) throw new Error(`Example section ${key} is defined twice (${file})`);
      base.sections[key] = content;
    }
  }
  base.pictures = [
    {
      id: 'picture-network',
      caption: EXAMPLE_DIAGRAM_CAPTION[language],
      data: Buffer.from(exampleNetworkDiagram(language)).toString('base64'),
    },
  ];
  return base;
}

const EXAMPLE_DIAGRAM_CAPTION: Record<PlanLanguage, string> = {
  nl: 'Netwerkschema van het gemeentehuis: de glasvezellijn en de 4G-reserve komen binnen op de firewall; achter de switch hangen de laptops, de wifi, de printers en de telefonie. Bijgewerkt in november 2026.',
  en: 'Network diagram of the town hall: the fibre line and the 4G backup come in at the firewall; the laptops, the Wi-Fi, the printers and the telephony hang off the switch. Updated in November 2026.',
};

const historySchema = z.object({
  versions: z.array(
    z.object({
      number: z.string(),
      comment: z.string(),
      approvedBy: z.string(),
      approvedOn: z.string(),
      /** Sections that were only added after this version. */
      withoutSections: z.array(z.string()).default([]),
    }),
  ),
});

/**
 * Writes the example plan with its history: the plan is built up as it grew, and each version in
 * `history.<lang>.json` is issued along the way, so the example shows a real record of changes.
 */
export function writeExamplePlan(path: string, examplesDirectory: string, language: PlanLanguage): PlanDocument {
  const example = loadExamplePlan(examplesDirectory, language);
  const historyFile = join(examplesDirectory, `history.${language}.json`);
  const history = existsSync(historyFile)
    ? historySchema.parse(JSON.parse(readFileSync(historyFile, 'utf8')))
    : { versions: [] };
  // The pictures come with the last stage, once: each stage adds only what it names.
  const only = (keep: (key: string) => boolean): PlanJson => ({
    ...example,
    pictures: undefined,
    sections: Object.fromEntries(Object.entries(example.sections).filter(([key]) => keep(key))),
  });

  const written = new Set<string>();
  const firstStage = new Set(history.versions[0]?.withoutSections ?? []);
  const document = new PlanDocument(
    createPlanFile(path, (db) => {
      fillFromJson(
        db,
        only((key) => !firstStage.has(key)),
      );
    }),
  );
  for (const key of Object.keys(example.sections)) if (!firstStage.has(key)) written.add(key);
  try {
    for (const version of history.versions) {
      const missing = new Set(version.withoutSections);
      const due = only((key) => !written.has(key) && !missing.has(key));
      if (Object.keys(due.sections).length) {
        document.db.transaction(() => fillFromJson(document.db, due))();
        for (const key of Object.keys(due.sections)) written.add(key);
      }
      issueVersion(document, { ...version, issuedAt: `${version.approvedOn}T09:00:00.000Z` });
    }
    const rest = { ...only((key) => !written.has(key)), pictures: example.pictures };
    document.db.transaction(() => fillFromJson(document.db, rest))();
    return document;
  } catch (error) {
    document.close();
    throw error;
  }
}
