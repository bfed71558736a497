import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldDescriptor } from '../src/domain/fields';
import type { PlanJson } from '../src/domain/planJson';
import { previewList, recogniseList, rowsToStore } from '../src/domain/csv/listImport';
import { tableFromText } from '../src/domain/csv/readTable';
import { fieldLabelIn } from '../src/i18n/sheetLabels';
import { STEPS, findSection } from '../src/domain/plan';
import { inventoryCsv } from '../src/export/inventoryCsv';
import { listOf } from '../src/export/planRecords';
import { exportTranslator } from '../src/export/translator';
import type { Envelope } from '../src/ipc/contract';
import { type Dialogs, createHandlers, dispatch } from '../src/ipc/handlers';
import { AppSettingsStore } from '../src/storage/appSettings';
import { createPlanFile } from '../src/storage/planFile';
import { fillFromJson } from '../src/storage/planJson';
import { generatePlanJson, type SizeName } from './generatePlan';

/**
 * The operations the benchmark times, each through the code the app runs (the IPC handlers, the
 * domain's CSV import, the real export). The tests run every one of them once at size S, untimed,
 * so a change in the app that breaks the benchmark breaks a test.
 */

export const EXAMPLES_DIRECTORY = join(import.meta.dirname, '..', 'resources', 'examples');

class BenchDialogs implements Dialogs {
  exportPath: string | null = null;
  async chooseNewPlanPath() {
    return null;
  }
  async chooseExistingPlan() {
    return null;
  }
  async chooseCopyPath() {
    return null;
  }
  async chooseExportPath() {
    return this.exportPath;
  }
  async choosePicture() {
    return null;
  }
}

export interface BenchApp {
  call<T = unknown>(channel: string, payload?: unknown): Promise<T>;
  dialogs: BenchDialogs;
  close(): void;
}

/** The main process's handlers with answering dialogs, as the app and the tests build them. */
export function benchApp(dir: string): BenchApp {
  const dialogs = new BenchDialogs();
  const app = createHandlers({
    appVersion: '0.0.0-bench',
    settings: new AppSettingsStore(join(dir, 'settings')),
    dialogs,
    examplesDirectory: EXAMPLES_DIRECTORY,
    scratchDirectory: join(dir, 'scratch'),
  });
  return {
    dialogs,
    call: async <T>(channel: string, payload?: unknown) => {
      const answer: Envelope<unknown> = await dispatch(app.handlers, channel, payload, { windowKey: 'bench' });
      if (!answer.ok) throw new Error(`${channel} failed: ${answer.error.code} ${answer.error.message}`);
      return answer.value as T;
    },
    close: () => app.closeAll(),
  };
}

/** Open a plan and load what the first screen shows. */
export async function openFirstScreen(app: BenchApp, path: string): Promise<void> {
  await app.call('plan.open', { path });
  await app.call('plan.progress');
  await app.call('section.get', { section: 'organisation' });
}

/** The data of one wizard step: every section it shows. */
export async function loadStep(app: BenchApp, sections: readonly string[]): Promise<number> {
  let records = 0;
  for (const key of sections) {
    if (findSection(key)?.kind === 'singleton') {
      await app.call('section.get', { section: key });
      records++;
    } else records += (await app.call<unknown[]>('items.list', { section: key })).length;
  }
  return records;
}

/** The wizard steps that show stored sections (derived steps compute, see `health`). */
export const DATA_STEPS = STEPS.filter((step) => step.sections.length > 0);

/** One autosaved edit: a system's name changed, written at once with a full fsync. */
export async function autosavedEdit(app: BenchApp, id: string, round: number): Promise<void> {
  await app.call('items.update', { section: 'systems', id, patch: { name: `Edited system ${round}` } });
}

/** The restart order and plan health of the whole plan, as the overview step asks for them. */
export async function health(app: BenchApp): Promise<void> {
  await app.call('plan.health');
}

const LANGUAGES = ['nl', 'en'] as const;
const translators = LANGUAGES.map((language) => exportTranslator(language, 'flanders'));
// Looked up once each, as the renderer reads them straight from its catalogue objects.
const memo = new Map<string, string[]>();
const labelsOf = (key: string) =>
  memo.get(key) ??
  memo
    .set(
      key,
      translators.map((t) => t(key)),
    )
    .get(key)!;
const fieldLabels = (field: FieldDescriptor) => labelsOf(`fields.systems.${field.name}.label`);
const choiceLabels = (field: FieldDescriptor, option: string) => labelsOf(`choices.${field.optionSet}.${option}`);

/** The inventory of a plan as the CSV Paraat itself exports (and Excel would give back). */
export function inventoryCsvOf(plan: PlanJson): string {
  return inventoryCsv(
    { systems: listOf(plan, 'systems'), people: listOf(plan, 'people'), suppliers: listOf(plan, 'suppliers') },
    'nl',
    'municipality-flanders',
  );
}

/** A plan file like `plan` but without systems: the target of an inventory import. */
export function writePlanWithoutSystems(path: string, plan: PlanJson): void {
  const sections = Object.fromEntries(Object.entries(plan.sections).filter(([key]) => key !== 'systems'));
  rmSync(path, { force: true });
  createPlanFile(path, (db) => fillFromJson(db, { ...plan, sections })).close();
}

/** The inventory import as the inventory step runs it: read, recognise, preview, then `lists.import`. */
export async function importInventory(app: BenchApp, csv: string): Promise<{ added: number; unresolved: string[] }> {
  const names = async (section: string) =>
    (await app.call<Record<string, unknown>[]>('items.list', { section })).map((item) => ({
      id: String(item.id),
      name: String(item.name ?? ''),
    }));
  const read = tableFromText(csv);
  if (!read.ok) throw new Error(`the inventory CSV was refused: ${read.problem}`);
  const context = {
    labels: fieldLabels,
    choiceLabels,
    noteLabel: fieldLabelIn('nl', 'systems'),
    lookups: { people: await names('people'), suppliers: await names('suppliers') },
  };
  const recognition = recogniseList('systems', read.table, context);
  const preview = previewList('systems', recognition, recognition.mapping, context);
  if (preview.rejected.length)
    throw new Error(`${preview.rejected.length} rows rejected, first: ${JSON.stringify(preview.rejected[0])}`);
  return app.call('lists.import', { section: 'systems', rows: rowsToStore(preview), dryRun: false });
}

/** The plan as Word through the export channel: build, pack, write. */
export async function exportWord(app: BenchApp, target: string): Promise<void> {
  app.dialogs.exportPath = target;
  await app.call('export.docx', { language: 'nl', includePrivate: true });
}

/** Prepares the files one size needs: the plan, and the plan without systems for the CSV import. */
export function preparePlans(
  dir: string,
  size: SizeName,
  seed = 1,
): { plan: PlanJson; planPath: string; importTarget: string; csv: string } {
  mkdirSync(dir, { recursive: true });
  const plan = generatePlanJson(size, seed);
  const planPath = join(dir, `plan-${size}.paraat`);
  rmSync(planPath, { force: true });
  createPlanFile(planPath, (db) => fillFromJson(db, plan)).close();
  const importTarget = join(dir, `import-target-${size}.paraat`);
  writePlanWithoutSystems(importTarget, plan);
  return { plan, planPath, importTarget, csv: inventoryCsvOf(plan) };
}

/** A fresh copy of a prepared plan, so every run starts from the same file. */
export function freshCopy(source: string, target: string): string {
  rmSync(target, { force: true });
  copyFileSync(source, target);
  return target;
}
