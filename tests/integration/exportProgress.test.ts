import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/ipc/contract';
import { loadExamplePlan } from '../../src/storage/examplePlan';
import { cancellable, exportProgress } from '../../src/export/cancel';
import { exportDocx } from '../../src/export/exportPlan';
import { tools } from '../builders/tools';
import type { ExportProgress } from '../../src/export/progress';
import { EXAMPLES_DIRECTORY, handlerHarness, type Harness } from '../builders/handlerHarness';

type Sample = ExportProgress | null;
const RANK = { preparing: 0, chapter: 1, packing: 2, printing: 3, writing: 4, done: 5 } as const;

/**
 * Orders the samples: kit part first, then stage, then chapter; the Word file's chapters are laid
 * out ('packing' with a chapter) before it is written ('packing' alone); 'done' comes after everything.
 */
function position(sample: ExportProgress): number[] {
  const part = sample.stage === 'done' ? Number.MAX_SAFE_INTEGER : (sample.part?.number ?? 0);
  const packed = sample.stage === 'packing' && !sample.chapter ? 1 : 0;
  return [part, RANK[sample.stage], packed, sample.chapter?.number ?? 0];
}

function isMonotonic(samples: ExportProgress[]): boolean {
  return samples.every((sample, index) => {
    if (index === 0) return true;
    const [a, b] = [position(samples[index - 1]!), position(sample)];
    const first = a.findIndex((value, at) => value !== b[at]);
    return first === -1 || a[first]! < b[first]!;
  });
}

/** Runs an export through the real handlers and asks `export.progress` between its every turn, as the panel does. */
async function exportWatched(
  app: Harness,
  channel: string,
  payload: unknown,
): Promise<{ answer: Envelope<unknown>; samples: Sample[] }> {
  let answer: Envelope<unknown> | undefined;
  const running = app.call(channel, payload).then((envelope) => (answer = envelope));
  const samples: Sample[] = [];
  while (!answer) {
    samples.push(await app.ok<Sample>('export.progress'));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await running;
  samples.push(await app.ok<Sample>('export.progress'));
  return { answer, samples };
}

function chaptersOf(samples: Sample[]) {
  return samples.flatMap((sample) => (sample?.stage === 'chapter' && sample.chapter ? [sample.chapter] : []));
}

describe('export.progress', { timeout: 480_000 }, () => {
  it('is null before any export ran in the window', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'nl' });
    expect(await app.ok('export.progress')).toBeNull();
  });

  it('goes through the chapters of the Word export in order and ends at done', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'nl' });
    const target = join(app.dir, 'plan.docx');
    app.dialogs.answers.exportPath = target;
    const { answer, samples } = await exportWatched(app, 'export.docx', { language: 'nl', includePrivate: true });
    expect(answer).toEqual({ ok: true, value: { path: target } });
    const seen = samples.filter((sample): sample is ExportProgress => sample !== null);
    expect(isMonotonic(seen)).toBe(true);
    expect(seen.at(-1)).toEqual({ stage: 'done' });
    const chapters = chaptersOf(seen);
    expect(chapters.length).toBeGreaterThan(1);
    const count = chapters[0]!.of;
    expect(chapters.every((chapter) => chapter.of === count)).toBe(true);
    // The titles the panel shows are the document's own chapters.
    const xml = strFromU8(unzipSync(readFileSync(target))['word/document.xml']!);
    expect(xml).toContain(chapters.at(-1)!.title);
    // Another window has no export running.
    expect(await app.ok('export.progress', undefined, 'other')).toBeNull();
  });

  it('reports every chapter of the plan once, numbered 1 to the last, then packs and writes', async () => {
    const app = handlerHarness();
    const reports: ExportProgress[] = [];
    const plan = loadExamplePlan(EXAMPLES_DIRECTORY, 'nl');
    await exportDocx(
      plan,
      join(app.dir, 'plan.docx'),
      { language: 'nl', includePrivate: true },
      undefined,
      (progress) => reports.push(progress),
    );
    const chapters = chaptersOf(reports);
    expect(chapters.map((chapter) => chapter.number)).toEqual(
      Array.from({ length: chapters.length }, (_, index) => index + 1),
    );
    expect(chapters.map((chapter) => chapter.title)).toContain('IT-inventaris');
    const laidOut = reports.slice(chapters.length, -2);
    expect(laidOut.map((report) => report.stage)).toEqual(laidOut.map(() => 'packing'));
    // Every chapter and annex of the Word file, in order.
    expect(laidOut.map((report) => report.chapter?.number)).toEqual(
      Array.from({ length: laidOut.length }, (_, index) => index + 1),
    );
    expect(laidOut.length).toBeGreaterThan(chapters.length);
    expect(reports.slice(-2)).toEqual([{ stage: 'packing' }, { stage: 'writing' }]);
  });

  it('goes through the chapters of the PDF, prints, and ends at done', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'en' });
    app.dialogs.answers.exportPath = join(app.dir, 'plan.pdf');
    const { answer, samples } = await exportWatched(app, 'export.pdf', { language: 'en', includePrivate: true });
    expect(answer.ok).toBe(true);
    const seen = samples.filter((sample): sample is ExportProgress => sample !== null);
    expect(isMonotonic(seen)).toBe(true);
    expect(chaptersOf(seen).length).toBeGreaterThan(1);
    // The pages are written taking turns, so the panel gets its answer while they are.
    expect(seen.map((sample) => sample.stage)).toContain('printing');
    expect(seen.at(-1)).toEqual({ stage: 'done' });
  });

  it('goes through the parts of the off-line kit in order, with the chapters of its Word and PDF, and ends at done', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'nl' });
    app.dialogs.answers.exportPath = join(app.dir, 'Noodkit');
    const { answer, samples } = await exportWatched(app, 'export.kit', { language: 'nl', includePrivate: true });
    expect(answer.ok).toBe(true);
    const seen = samples.filter((sample): sample is ExportProgress => sample !== null);
    expect(isMonotonic(seen)).toBe(true);
    const parts = [
      ...new Set(
        seen.flatMap((sample) => (sample.part ? [`${sample.part.number}/${sample.part.of} ${sample.part.name}`] : [])),
      ),
    ];
    // The plan copy is written in one go, so it may pass between two questions; the rest takes turns.
    const all = tools.chromium
      ? ['1/8 plan', '2/8 docx', '3/8 pdf', '4/8 card', '5/8 pocket', '6/8 html', '7/8 vcf', '8/8 ics']
      : ['1/7 plan', '2/7 docx', '3/7 pdf', '4/7 card', '5/7 html', '6/7 vcf', '7/7 ics'];
    expect(parts).toEqual(all.filter((part) => parts.includes(part)));
    expect(parts).toContain(all[1]);
    expect(seen.some((sample) => sample.part?.name === 'docx' && sample.stage === 'chapter')).toBe(true);
    expect(seen.at(-1)).toEqual({ stage: 'done' });
  });

  it('answers null after a cancelled export, so the panel shows no stale step', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'nl' });
    app.dialogs.answers.exportPath = join(app.dir, 'plan.docx');
    const running = app.call('export.docx', { language: 'nl', includePrivate: true });
    let first: Sample = null;
    while (!first) {
      await new Promise((resolve) => setImmediate(resolve));
      first = await app.ok<Sample>('export.progress');
    }
    expect(first.stage).toBe('chapter');
    await app.ok('export.cancel');
    expect(await running).toEqual({ ok: true, value: null });
    expect(await app.ok('export.progress')).toBeNull();
  });

  it('cannot fail an export: a progress note that cannot be kept is dropped', async () => {
    const written = await cancellable('progress-test', async (_signal, report) => {
      // A function cannot be copied into the record, so noting it throws inside the reporter.
      report({ stage: 'chapter', chapter: { number: 1, of: 1, title: (() => 'x') as unknown as string } });
      return 'written';
    });
    expect(written).toBe('written');
    expect(exportProgress('progress-test')).toEqual({ stage: 'done' });
  });
});
