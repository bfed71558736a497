/**
 * `npm run reliability`: the long versions of the reliability harnesses (the short ones run in
 * `npm test` from tests/integration/reliability*.test.ts), then one table of every figure. Exits
 * with 1 when a figure that must hold does not. Seed with PARAAT_SEED to replay a run.
 */
import { rmSync } from 'node:fs';
import { badFileHarness } from './badFiles';
import { REFUSAL_BUDGET, hostileFileHarness } from './hostileFiles';
import { IMPORT_BUDGET, hostileImportHarness } from './hostileImports';
import { type Figure, printTable, scratch } from './common';
import { copyHarness } from './copy';
import { crashHarness } from './crash';
import { encryptionHarness } from './encryption';
import { importerHarness } from './importers';
import { inputHarness } from './input';
import { mediaHarness } from './media';
import { takeoverHarness } from './takeover';

const seed = Number(process.env.PARAAT_SEED ?? Date.now() % 1_000_000);
const quick = process.argv.includes('--quick');
const scale = (long: number, short: number) => (quick ? short : long);
const figures: Figure[] = [];
const problems: string[] = [];
const step = (name: string) => console.log(`[reliability] ${name}… (${new Date().toISOString().slice(11, 19)})`);
const made: string[] = [];
/** A scratch folder for one harness, removed at the end of the run. */
const dir = (name: string) => {
  const path = scratch(name);
  made.push(path);
  return path;
};

async function main() {
  console.log(`[reliability] seed ${seed}${quick ? ' (quick)' : ''}`);

  step('crash: killing an editing process at random moments');
  const crash = await crashHarness({
    kills: scale(300, 20),
    seed,
    dir: dir('crash'),
    log: (line) => process.stdout.write(`\r  ${line}   `),
  });
  process.stdout.write('\n');
  figures.push(
    { guarantee: 'No edit lost by a crash', figure: 'kills (SIGKILL)', value: crash.kills },
    { guarantee: '', figure: 'kills during an edit', value: crash.killsMidEdit },
    { guarantee: '', figure: 'acknowledged edits', value: crash.acknowledgedEdits },
    { guarantee: '', figure: 'corrupt files', value: crash.corruptFiles, expected: 0 },
    { guarantee: '', figure: 'lost acknowledged edits', value: crash.lostEdits, expected: 0 },
  );
  problems.push(...crash.problems);

  step('takeover: a crashed holder of the plan');
  const takeover = await takeoverHarness({ rounds: scale(20, 3), dir: dir('takeover') });
  figures.push(
    { guarantee: 'Two windows, one file', figure: 'holders killed', value: takeover.crashes },
    {
      guarantee: '',
      figure: 'second opens refused while held',
      value: takeover.refusedWhileHeld,
      expected: takeover.crashes,
    },
    {
      guarantee: '',
      figure: 'taken over after the crash',
      value: takeover.takenOverAfterCrash,
      expected: takeover.crashes,
    },
  );
  problems.push(...takeover.problems);

  step('copy: interrupting save-a-copy');
  const copy = await copyHarness({ kills: scale(100, 8), removals: scale(20, 2), seed, dir: dir('copy') });
  figures.push(
    { guarantee: 'A copy is whole or absent', figure: 'copies killed', value: copy.kills },
    { guarantee: '', figure: 'killed mid-copy', value: copy.killsMidCopy },
    { guarantee: '', figure: 'target folders removed', value: copy.folderRemovals },
    { guarantee: '', figure: 'read-only targets', value: copy.readOnlyAttempts },
    { guarantee: '', figure: 'full media', value: copy.fullMediumAttempts },
    { guarantee: '', figure: 'half-written targets', value: copy.halfWrittenTargets, expected: 0 },
    { guarantee: '', figure: 'sources changed', value: copy.sourceChanged, expected: 0 },
    { guarantee: '', figure: 'temporaries left', value: copy.temporariesLeft, expected: 0 },
    ...copy.skipped.map((reason) => ({ guarantee: '', figure: 'skipped', value: reason })),
  );
  problems.push(...copy.problems);

  step('bad files: opening a generated corpus');
  const bad = await badFileHarness({
    dir: dir('badfiles'),
    seed,
    truncations: scale(200, 16),
    bitFlips: scale(200, 16),
    randomFiles: scale(20, 2),
    hugeMb: 200,
  });
  figures.push(
    { guarantee: 'Bad files never crash the app', figure: 'files tried', value: bad.filesTried },
    { guarantee: '', figure: 'refused (clear code)', value: bad.refused },
    { guarantee: '', figure: 'opened', value: bad.opened },
    { guarantee: '', figure: 'crashes', value: bad.crashes, expected: 0 },
    { guarantee: '', figure: 'writes to rejected files', value: bad.writesToRejectedFiles, expected: 0 },
    {
      guarantee: '',
      figure: 'by code',
      value: Object.entries(bad.byCode)
        .map(([code, n]) => `${code} ${n}`)
        .join(', '),
    },
  );
  problems.push(...bad.problems);

  step('hostile files: hidden triggers, endless views, costly constraints, foreign journals');
  const hostile = await hostileFileHarness({
    dir: dir('hostile'),
    hugeTextMb: scale(50, 5),
    manyItems: scale(150_000, 31_000),
    printed: !quick,
  });
  figures.push(
    { guarantee: 'Hostile files refused or inert', figure: 'files', value: hostile.files },
    { guarantee: '', figure: 'refused / opened inert', value: `${hostile.refused} / ${hostile.openedInert}` },
    { guarantee: '', figure: 'accepted though hostile', value: hostile.accepted, expected: 0 },
    { guarantee: '', figure: 'writes on refusal', value: hostile.writes, expected: 0 },
    { guarantee: '', figure: 'other rows changed by an edit', value: hostile.otherRowsChanged, expected: 0 },
    { guarantee: '', figure: 'crashes', value: hostile.crashes, expected: 0 },
    { guarantee: '', figure: 'slowest check + open (ms)', value: `${hostile.slowestMs} (${hostile.slowest})` },
    { guarantee: '', figure: 'peak memory (MB)', value: hostile.peakRssMb },
    {
      guarantee: 'Every export bounded, inert',
      figure: 'exports and copies of opened files: written / refused',
      value: `${hostile.exportsWritten} / ${hostile.exportsRefused}`,
    },
    {
      guarantee: '',
      figure: 'misjudged (written past the budget, refused below it)',
      value: hostile.exportsMisjudged,
      expected: 0,
    },
    {
      guarantee: '',
      figure: 'Word fields, links or CSV formulas from plan text',
      value: hostile.activeContent,
      expected: 0,
    },
    {
      guarantee: '',
      figure: 'refusals: slowest (ms) / largest peak memory (MB)',
      value: `${hostile.slowestRefusalMs} / ${hostile.largestRefusalRssMb}`,
    },
    {
      guarantee: '',
      figure: `refusals past ${REFUSAL_BUDGET.ms / 1000} s or ${REFUSAL_BUDGET.rssMb} MB`,
      value: hostile.refusalsOverBudget,
      expected: 0,
    },
    {
      guarantee: '',
      figure: 'slowest export written (ms)',
      value: `${hostile.slowestExportMs} (${hostile.slowestExport})`,
    },
    {
      guarantee: '',
      figure: 'largest peak memory of an export (MB)',
      value: `${hostile.largestExportRssMb} (${hostile.largestExport})`,
    },
  );
  problems.push(...hostile.problems);

  step('hostile list files: zip bombs, entities, formulas, huge rows, encodings, misnamed files');
  const imports = await hostileImportHarness({ dir: dir('hostile-imports'), bombMb: scale(2048, 300) });
  figures.push(
    { guarantee: 'Hostile list files refused or read as text', figure: 'files', value: imports.files },
    { guarantee: '', figure: 'refused / imported', value: `${imports.refused} / ${imports.imported}` },
    { guarantee: '', figure: 'misjudged or crashed', value: imports.misjudged, expected: 0 },
    { guarantee: '', figure: 'plan changed by a refusal', value: imports.planChangedByRefusal, expected: 0 },
    { guarantee: '', figure: 'formulas in the CSV exported afterwards', value: imports.formulasExported, expected: 0 },
    { guarantee: '', figure: 'slowest (ms)', value: `${imports.slowestMs} (${imports.slowest})` },
    { guarantee: '', figure: 'largest peak memory (MB)', value: `${imports.largestRssMb} (${imports.largest})` },
    {
      guarantee: '',
      figure: `past ${IMPORT_BUDGET.ms / 1000} s or ${IMPORT_BUDGET.rssMb} MB`,
      value: imports.overBudget,
      expected: 0,
    },
  );
  problems.push(...imports.problems);

  step('input: fuzzing every channel, awkward text, the Word export');
  const input = await inputHarness({
    runsPerChannel: scale(400, 40),
    textSamples: scale(300, 20),
    seed,
    dir: dir('input'),
    libreOffice: !quick,
  });
  figures.push(
    { guarantee: 'Bad input never reaches storage', figure: 'channels', value: input.channels },
    { guarantee: '', figure: 'invalid payloads sent', value: input.payloadsTried },
    { guarantee: '', figure: 'invalid payloads accepted', value: input.invalidAccepted, expected: 0 },
    { guarantee: '', figure: 'refused with another code', value: input.wrongCode, expected: 0 },
    { guarantee: '', figure: 'plan file changed', value: input.fileChangedByRefusals, expected: 0 },
    { guarantee: '', figure: 'texts stored and read back', value: input.textsRoundTripped },
    { guarantee: '', figure: 'texts altered', value: input.textsAltered, expected: 0 },
    { guarantee: '', figure: 'unreadable docx', value: input.docxUnreadable, expected: 0 },
    { guarantee: '', figure: 'docx converted by LibreOffice', value: input.libreOfficeConversions },
  );
  problems.push(...input.problems);

  step('importers: fuzzing the people and inventory CSV imports and paraat import');
  const importers = await importerHarness({
    csvRuns: scale(300, 25),
    jsonRuns: scale(600, 60),
    seed,
    dir: dir('importers'),
  });
  figures.push(
    { guarantee: 'Every importer is fuzzed', figure: 'CSV files read (people, inventory)', value: importers.csvFiles },
    { guarantee: '', figure: 'rows stored', value: importers.rowsStored },
    { guarantee: '', figure: 'rows stored otherwise than previewed', value: importers.rowsAltered, expected: 0 },
    { guarantee: '', figure: 'rows misjudged by the preview', value: importers.rowsMisjudged, expected: 0 },
    { guarantee: '', figure: 'imports with a bad row sent', value: importers.badImportsSent },
    { guarantee: '', figure: 'imports with a bad row accepted', value: importers.badImportsAccepted, expected: 0 },
    { guarantee: '', figure: 'plan changed by a refused import', value: importers.fileChangedByRefusals, expected: 0 },
    {
      guarantee: '',
      figure: 'rows with any value in any column: accepted / refused',
      value: `${importers.anyValueRows.accepted} / ${importers.anyValueRows.refused}`,
    },
    { guarantee: '', figure: 'crashes or unclear refusals (CSV)', value: importers.crashes, expected: 0 },
    { guarantee: '', figure: 'plan JSON documents (paraat import)', value: importers.jsonDocuments },
    {
      guarantee: '',
      figure: 'plan JSON accepted / refused',
      value: `${importers.jsonAccepted} / ${importers.jsonRefused}`,
    },
    { guarantee: '', figure: 'plan JSON misjudged or read back otherwise', value: importers.jsonAltered, expected: 0 },
    { guarantee: '', figure: 'refusals without invalid-request', value: importers.jsonWrongErrors, expected: 0 },
    { guarantee: '', figure: 'files left by a refused import', value: importers.jsonLeftovers, expected: 0 },
  );
  problems.push(...importers.problems);

  step('media: the folder of an open plan disappears');
  const media = await mediaHarness({ rounds: scale(20, 4), dir: dir('media') });
  figures.push(
    { guarantee: 'Media trouble', figure: 'folders gone while open', value: media.rounds },
    { guarantee: '', figure: 'edits tried afterwards', value: media.editsAfterRemoval },
    { guarantee: '', figure: 'answered write-failed', value: media.writeFailed, expected: media.editsAfterRemoval },
    { guarantee: '', figure: 'internal errors', value: media.internal, expected: 0 },
    {
      guarantee: '',
      figure: 'copies saved elsewhere with the edits',
      value: media.copiesHoldingEdits,
      expected: media.rounds,
    },
    { guarantee: '', figure: 'folders put back: reattached', value: media.reattached, expected: media.foldersPutBack },
    { guarantee: '', figure: 'refused edits replayed', value: media.editsReplayed, expected: 2 * media.foldersPutBack },
    {
      guarantee: '',
      figure: 'plans put back holding every edit',
      value: media.plansHoldingReplay,
      expected: media.foldersPutBack,
    },
  );
  problems.push(...media.problems);

  step('encryption: a lost stick with an encrypted copy and kit');
  const encryption = await encryptionHarness({
    dir: dir('encryption'),
    seed,
    damagedCopies: scale(100, 8),
    wrongPassphrases: scale(30, 4),
  });
  figures.push(
    {
      guarantee: 'A lost stick leaks nothing readable',
      figure: 'files on the stick (copy, kit)',
      value: encryption.filesOnStick,
    },
    {
      guarantee: '',
      figure: 'private values / plan texts searched',
      value: `${encryption.privateValues} / ${encryption.planTexts}`,
    },
    { guarantee: '', figure: 'found readable', value: encryption.privateValuesFound, expected: 0 },
    { guarantee: '', figure: 'damaged copies tried', value: encryption.damagedCopiesTried },
    { guarantee: '', figure: 'damaged copies opened', value: encryption.damagedCopiesOpened, expected: 0 },
    { guarantee: '', figure: 'crashes', value: encryption.crashes, expected: 0 },
    { guarantee: '', figure: 'damaged copies changed', value: encryption.damagedFilesChanged, expected: 0 },
    { guarantee: '', figure: 'wrong passphrases tried', value: encryption.wrongPassphrasesTried },
    { guarantee: '', figure: 'wrong passphrases accepted', value: encryption.wrongPassphrasesAccepted, expected: 0 },
  );
  problems.push(...encryption.problems);

  console.log(`\n${printTable(figures)}\n`);
  if (problems.length > 0) console.log(`Problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const failed = figures.filter((f) => f.expected !== undefined && f.value !== f.expected);
  console.log(
    failed.length === 0 ? `All guarantees held (seed ${seed}).` : `${failed.length} figure(s) off (seed ${seed}).`,
  );
  for (const path of made) rmSync(path, { recursive: true, force: true });
  process.exit(failed.length === 0 && problems.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
