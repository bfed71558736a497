/**
 * Guarantee: every importer is fuzzed like the IPC channels. The people and inventory CSV imports
 * get sheets of awkward text in every dialect (importerCsv.ts), sheets with any value in every
 * column (dates, numbers, yes/no, kinds, names to look up) and text that is no sheet at all;
 * `paraat import` gets plan JSON with awkward text, plan JSON broken in many ways, and text that is
 * no JSON. Reading never throws; a refused row carries its reasons; what the preview accepts is stored exactly as the preview shows it
 * and exactly as the sheet holds it (trimmed); a row outside the schema makes the whole import
 * refused with invalid-request and leaves the plan byte for byte as it was; a refused plan JSON
 * leaves no file behind.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import type { ListKey } from '../../src/domain/csv/importWords';
import { previewList, recogniseList } from '../../src/domain/csv/listImport';
import { tableFromText } from '../../src/domain/csv/readTable';
import { isFlagColumn } from '../../src/domain/csv/recognise';
import { unguardedCell } from '../../src/domain/csv/sheet';
import { MAX_TEXT } from '../../src/domain/fields';
import { choiceLabels } from '../../src/i18n/sheetLabels';
import { createPlanFile } from '../../src/storage/planFile';
import { fillFromJson } from '../../src/storage/planJson';
import { type HeadlessApp, headlessApp, sha256 } from './common';
import { TOO_LONG, cellText, dialect, garbageCsv, writeCsv } from './importerCsv';
import { type JsonFigures, fuzzPlanJson } from './importerJson';

export interface ImporterFigures extends JsonFigures {
  csvFiles: number;
  rowsStored: number;
  /** Rows stored otherwise than the preview showed, or the preview otherwise than the sheet holds: must be 0. */
  rowsAltered: number;
  /** Rows the preview accepted though outside the schema, or refused though inside it: must be 0. */
  rowsMisjudged: number;
  /** Imports holding a row outside the schema: all must be refused. */
  badImportsSent: number;
  badImportsAccepted: number;
  /** Plan files changed by a refused import: must be 0. */
  fileChangedByRefusals: number;
  /** Reading, previewing or importing threw, or a channel answered anything but ok / invalid-request: must be 0. */
  crashes: number;
  /** Rows with any value in any column (typed columns too): accepted or refused with a reason. */
  anyValueRows: { accepted: number; refused: number };
  problems: string[];
}

/** The dialog's reading of a sheet with its automatic proposal; a table it refuses has no rows to accept. */
function previewSheet(list: ListKey, text: string): Preview {
  const read = tableFromText(text);
  if (!read.ok) return { accepted: [], rejected: [] };
  const context = {
    labels: () => [],
    choiceLabels,
    noteLabel: (field: { name: string }) => field.name,
    lookups: { people: PEOPLE, suppliers: SUPPLIERS },
  };
  const recognition = recogniseList(list, read.table, context);
  return previewList(list, recognition, recognition.mapping, context);
}

const store = (app: HeadlessApp, section: ListKey, rows: PreviewRow[]) =>
  app.call('lists.import', {
    section,
    rows: rows.map((row) => ({ data: row.data, dependsOnNames: row.dependsOnNames ?? [] })),
    dryRun: false,
  });

interface Importer {
  name: 'people' | 'inventory';
  /** Header and the field each column fills (text fields, so any text must round-trip). */
  columns: [header: string, field: string][];
  titleLines: boolean;
  /** Columns besides the name a sheet has at least (the inventory finds its header below title lines by two known columns). */
  minOtherColumns: number;
  /** Every column the importer knows, for sheets with any value in any of them. */
  allHeaders: string[];
  preview(text: string): Preview;
  send(app: HeadlessApp, rows: PreviewRow[]): ReturnType<HeadlessApp['call']>;
  list: string;
}

interface PreviewRow {
  row: number;
  data: Record<string, unknown>;
  dependsOnNames?: string[];
}
interface Preview {
  accepted: PreviewRow[];
  rejected: { row: number; problems: { problem: string }[] }[];
}

/** The reasons a preview may give for refusing a row; anything else is not a clear refusal. */
const PROBLEM_CODES = new Set(['date', 'number', 'boolean', 'choice', 'invalid', 'noName', 'duplicate']);

const IMPORTERS: Importer[] = [
  {
    name: 'people',
    columns: [
      ['naam', 'name'],
      ['functie', 'function'],
      ['dienst', 'department'],
    ],
    titleLines: false,
    minOtherColumns: 0,
    preview: (text) => previewSheet('people', text),
    allHeaders: ['naam', 'functie', 'dienst', 'e-mail', 'telefoon', 'gsm', 'privé', 'gecontroleerd'],
    send: (app, rows) => store(app, 'people', rows),
    list: 'people',
  },
  {
    name: 'inventory',
    columns: [
      ['naam', 'name'],
      ['locatie', 'location'],
      ['serienummer', 'serialOrLicence'],
      ['toegangsgegevens', 'credentialsLocation'],
      ['redundantie', 'redundancy'],
    ],
    titleLines: true,
    minOtherColumns: 1,
    preview: (text) => previewSheet('systems', text),
    allHeaders: [
      'naam',
      'soort',
      'leverancier',
      'eigenaar',
      'locatie',
      'aantal',
      'serienummer',
      'toegangsgegevens',
      'redundantie',
      'levertijd',
      'gebruikers',
      'afhankelijk van',
    ],
    send: (app, rows) => store(app, 'systems', rows),
    list: 'systems',
  },
];

/** Who an inventory row may name as owner or vendor; the plan holds them under these ids. */
const PEOPLE = [{ id: 'person-eline', name: 'Eline Vermeersch' }];
const SUPPLIERS = [{ id: 'supplier-telenet', name: 'Telenet' }];

function emptyPlan(dir: string, name: string): string {
  const path = join(dir, name);
  createPlanFile(path, (db) =>
    fillFromJson(db, {
      format: 'paraat-plan',
      formatVersion: 1,
      language: 'nl',
      sections: {
        organisation: { name: 'Lokaal bestuur Beekzande', kind: 'municipality-flanders' },
        people: PEOPLE,
        suppliers: SUPPLIERS,
      },
    }),
  ).close();
  return path;
}

const sameText = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One generated sheet: the name column and some of the others, rows of awkward text, a few with a cell over the limit. */
const sheet = ({ columns, minOtherColumns }: Importer) =>
  fc.subarray(columns.slice(1), { minLength: minOtherColumns }).chain((others) => {
    const chosen = [columns[0]!, ...others];
    const row = fc.record({
      cells: fc.array(cellText, { minLength: chosen.length, maxLength: chosen.length }),
      tooLong: fc.oneof(
        { weight: 5, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.nat(chosen.length - 1) },
      ),
    });
    return fc.record({ columns: fc.constant(chosen), rows: fc.array(row, { minLength: 1, maxLength: 6 }), dialect });
  });

async function fuzzSheets(
  importer: Importer,
  figures: ImporterFigures,
  dir: string,
  runs: number,
  seed: number,
): Promise<void> {
  const path = emptyPlan(dir, `${importer.name}.paraat`);
  const app = headlessApp(join(dir, `${importer.name}-app`));
  if (!(await app.call('plan.open', { path })).ok) throw new Error(`cannot open ${path}`);
  let serial = 0;
  const problem = (text: string) => {
    if (figures.problems.length < 20) figures.problems.push(`${importer.name}: ${text}`);
  };
  await fc.assert(
    fc.asyncProperty(sheet(importer), async ({ columns, rows, dialect: d }) => {
      figures.csvFiles++;
      // A unique start keeps names apart whatever follows; the other cells are any text at all.
      const cells = rows.map(({ cells: row, tooLong }) =>
        row.map((cell, column) =>
          column === tooLong ? TOO_LONG : column === 0 ? `N${String(serial++).padStart(6, '0')}Z ${cell}` : cell,
        ),
      );
      const text = writeCsv(
        columns.map(([header]) => header),
        cells,
        importer.titleLines ? d : { ...d, titleLines: [] },
      );
      let preview;
      try {
        preview = importer.preview(text);
      } catch (error) {
        figures.crashes++;
        problem(`preview threw ${String(error)} (${JSON.stringify(d)})`);
        return;
      }
      checkRefusals(preview, figures, problem);
      // A column of nothing but yes/no is a flag column: the dialog leaves it for the user to map (the name column always counts).
      const proposed = columns.filter(
        (_column, index) => index === 0 || !isFlagColumn(cells.map((row) => row[index]!)),
      );
      const expected = cells.map((row) => ({
        // The limit counts characters (code points), as the schema does, not UTF-16 units.
        tooLong: row.some((cell) => [...cell.trim()].length > MAX_TEXT),
        // The apostrophe Paraat's own CSV export puts before formula-like text is taken off again.
        data: Object.fromEntries(
          proposed.map(([, field]) => [field, unguardedCell(row[columns.findIndex(([, f]) => f === field)]!).trim()]),
        ),
      }));
      const accepted = expected.filter((row) => !row.tooLong);
      if (
        preview.accepted.length !== accepted.length ||
        preview.rejected.length !== expected.length - accepted.length
      ) {
        figures.rowsMisjudged += Math.abs(preview.accepted.length - accepted.length) || 1;
        problem(
          `preview accepted ${preview.accepted.length} of ${expected.length} rows, expected ${accepted.length}: ${JSON.stringify(text.slice(0, 300))} ${JSON.stringify(preview.rejected).slice(0, 300)}`,
        );
        return;
      }
      preview.accepted.forEach((row, index) => {
        const want = accepted[index]!.data;
        // An empty cell leaves its field out of the row, as it leaves it empty in the plan.
        if (!Object.entries(want).every(([field, value]) => sameText(row.data[field] ?? '', value))) {
          figures.rowsAltered++;
          problem(
            `preview shows row ${row.row} as ${JSON.stringify(row.data).slice(0, 200)}, the sheet holds ${JSON.stringify(want).slice(0, 200)} (${JSON.stringify({ ...d, titleLines: undefined })})`,
          );
        }
      });

      // A row the preview refused, slipped into the import anyway: all or nothing is refused.
      const before = sha256(path);
      const bad = cells.find((_row, index) => expected[index]!.tooLong);
      if (bad) {
        figures.badImportsSent++;
        const smuggled = Object.fromEntries(columns.map(([, field], column) => [field, bad[column]!.trim()]));
        const answer = await importer.send(app, [...preview.accepted, { row: 0, data: smuggled }]);
        if (answer.ok) figures.badImportsAccepted++;
        else if (answer.error.code !== 'invalid-request') {
          figures.crashes++;
          problem(`a refused import answered ${answer.error.code}`);
        }
        if (sha256(path) !== before) figures.fileChangedByRefusals++;
      }

      await storeAccepted(app, importer, preview, figures, problem);
    }),
    { numRuns: runs, seed },
  );

  // Text that is no sheet: reading and previewing must not throw, whatever they make of it.
  await fc.assert(
    fc.asyncProperty(garbageCsv, async (text) => {
      figures.csvFiles++;
      try {
        const preview = importer.preview(text);
        checkRefusals(preview, figures, problem);
        await storeAccepted(app, importer, preview, figures, problem);
      } catch (error) {
        figures.crashes++;
        problem(`garbage ${JSON.stringify(text.slice(0, 80))} threw ${String(error)}`);
      }
    }),
    { numRuns: runs, seed: seed + 1 },
  );

  // Any value in any column (dates, numbers, yes/no, kinds, names to look up): the preview accepts
  // or refuses each row with a reason, and what it accepts is stored as shown.
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(anyCell, { minLength: importer.allHeaders.length, maxLength: importer.allHeaders.length }), {
        minLength: 1,
        maxLength: 5,
      }),
      dialect,
      async (rows, d) => {
        figures.csvFiles++;
        const cells = rows.map((row) => [`N${String(serial++).padStart(6, '0')}Z ${row[0]}`, ...row.slice(1)]);
        try {
          const preview = importer.preview(writeCsv(importer.allHeaders, cells, { ...d, titleLines: [] }));
          figures.anyValueRows.accepted += preview.accepted.length;
          figures.anyValueRows.refused += preview.rejected.length;
          checkRefusals(preview, figures, problem);
          await storeAccepted(app, importer, preview, figures, problem);
        } catch (error) {
          figures.crashes++;
          problem(`a sheet with any value in any column threw ${String(error)}`);
        }
      },
    ),
    { numRuns: runs, seed: seed + 3 },
  );
  app.closeAll();
}

/** Values a spreadsheet holds in typed columns, right and wrong, and any text at all; mostly empty, as sheets are. */
const anyCell = fc.oneof(
  { weight: 5, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: cellText },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '31/12/2026',
      '2026-12-31',
      '30/02/2026',
      '1/1/2026',
      '3 stuks',
      '12 pcs',
      '1.000',
      '1,5',
      '-1',
      '0',
      '100001',
      '99999999999',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'ja',
      'nee',
      'x',
      'yes',
      'Waar',
      'server',
      'pc',
      'Laptop',
      'switch',
      'onbekend',
      'a@b.be',
      '+32 470 12 34 56',
      'srv-01; nas, fw',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Telenet',
      'telenet ',
      'Eline Vermeersch',
      'ELINE VERMEERSCH',
      'Proximus',
      'Jan Peeters',
    ),
  },
);

function checkRefusals(preview: Preview, figures: ImporterFigures, problem: (text: string) => void): void {
  for (const rejected of preview.rejected) {
    const unclear = rejected.problems.filter((p) => !PROBLEM_CODES.has(p.problem));
    if (rejected.problems.length === 0 || unclear.length) {
      figures.crashes++;
      problem(`row ${rejected.row} refused without a clear reason: ${JSON.stringify(rejected.problems).slice(0, 200)}`);
    }
  }
}

/** Imports what the preview accepted and checks each row is stored exactly as the preview shows it. */
async function storeAccepted(
  app: HeadlessApp,
  importer: Importer,
  preview: Preview,
  figures: ImporterFigures,
  problem: (text: string) => void,
): Promise<void> {
  if (preview.accepted.length === 0) return;
  const idsOf = async () => {
    const listed = await app.call('items.list', { section: importer.list });
    return new Set(listed.ok ? (listed.value as { id: string }[]).map((item) => item.id) : []);
  };
  const existedBefore = await idsOf();
  const answer = await importer.send(app, preview.accepted);
  if (!answer.ok) {
    figures.crashes++;
    problem(`import of rows the preview accepted answered ${answer.error.code}: ${answer.error.message.slice(0, 200)}`);
    return;
  }
  const listed = await app.call('items.list', { section: importer.list });
  const stored = listed.ok ? (listed.value as Record<string, unknown>[]) : [];
  // Importing again updates an item of the same name: each row is found by its name, not its position.
  preview.accepted.forEach((row) => {
    const item = stored.findLast((candidate) => sameText(candidate.name, row.data.name));
    // A row that matches an item already in the plan (same name, serial number or e-mail) updates it:
    // an empty cell then keeps what the item held, as the import dialog says.
    const updated = item !== undefined && existedBefore.has(String(item.id));
    const same = ([field, value]: [string, unknown]) =>
      updated && sameText(value, '')
        ? true
        : field === 'notes'
          ? // Notes gather line by line on an update; a blank line between them is not kept.
            String(value)
              .split('\n')
              .filter((line) => line !== '')
              .every((line) =>
                String(item?.notes ?? '')
                  .split('\n')
                  .includes(line),
              )
          : sameText(item?.[field], value);
    if (!item || !Object.entries(row.data).every(same)) {
      figures.rowsAltered++;
      problem(`row ${row.row} stored otherwise than the preview showed it`);
    } else figures.rowsStored++;
  });
}

export async function importerHarness(options: {
  csvRuns: number;
  jsonRuns: number;
  seed: number;
  dir: string;
}): Promise<ImporterFigures> {
  const figures: ImporterFigures = {
    csvFiles: 0,
    rowsStored: 0,
    rowsAltered: 0,
    rowsMisjudged: 0,
    badImportsSent: 0,
    badImportsAccepted: 0,
    fileChangedByRefusals: 0,
    crashes: 0,
    anyValueRows: { accepted: 0, refused: 0 },
    jsonDocuments: 0,
    jsonAccepted: 0,
    jsonRefused: 0,
    jsonAltered: 0,
    jsonLeftovers: 0,
    jsonWrongErrors: 0,
    problems: [],
  };
  for (const importer of IMPORTERS) await fuzzSheets(importer, figures, options.dir, options.csvRuns, options.seed);
  await fuzzPlanJson(figures, options.dir, options.jsonRuns, options.seed);
  return figures;
}
