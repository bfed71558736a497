import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowsToStore } from '../../src/domain/csv/listImport';
import { proposeFor, storedRight } from '../builders/importCorpus';
import { newPlan } from '../builders/newPlan';
import { CORPUS } from '../fixtures/import-corpus/corpus';
import { corpusBytes } from '../fixtures/import-corpus/files';

type Item = { id: string } & Record<string, unknown>;

const committed = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/import-corpus', name)));
const bytesOf = (file: (typeof CORPUS)[number]) =>
  file.encoding === 'xlsx' ? corpusBytes(file) : committed(file.file);

/**
 * The share of records stored with the right name, kind and numbers using the automatic proposal
 * alone, per corpus file (docs/imports.md shows the same table). A rule that gets worse fails here.
 */
const AT_LEAST: Record<string, number> = Object.fromEntries(CORPUS.map((file) => [file.file, 1]));

describe('importing the corpus of real-world exports with the automatic proposal', () => {
  it('has its files as the corpus describes them', () => {
    for (const file of CORPUS.filter((f) => f.encoding !== 'xlsx'))
      expect(Buffer.from(committed(file.file)).equals(Buffer.from(corpusBytes(file))), file.file).toBe(true);
  });

  it.each(CORPUS.map((file) => [file.file, file] as const))(
    '%s: the tool is recognised and the records are stored right',
    async (_name, file) => {
      const { harness } = await newPlan();
      const { recognition, preview } = await proposeFor(file.list, bytesOf(file));
      expect(recognition.tool).toBe(file.tool);
      const summary = await harness.ok<{ added: number }>('lists.import', {
        section: file.list,
        rows: rowsToStore(preview),
        dryRun: false,
      });
      const stored = await harness.ok<Item[]>('items.list', { section: file.list });
      const records = file.lines.flatMap((line) => ('expect' in line ? [line.expect] : []));
      const right = records.filter((expected) =>
        storedRight(
          stored.find((item) => item.name === expected.name),
          expected,
        ),
      );
      expect(right.length / records.length).toBeGreaterThanOrEqual(AT_LEAST[file.file]!);
      // Every row of the file is accounted for: stored, merged into another, skipped or refused with a reason.
      expect(preview.accepted.length + preview.merged.length + preview.skipped.length + preview.rejected.length).toBe(
        recognition.rows.length,
      );
      expect(summary.added).toBe(preview.accepted.length);
    },
  );
});
