/**
 * Guarantee: bad input never reaches storage unchecked. For every channel of the IPC contract,
 * fast-check makes payloads (anything at all, and near misses built from the channel's own keys);
 * those the payload schema refuses must come back as 'invalid-request' and leave the plan file byte
 * for byte as it was. Patches with unknown fields or values of the wrong type are refused the same
 * way. Text with control characters, lone surrogates, emoji, right-to-left marks and 100,000
 * characters is stored and read back exactly, and the Word export of such a plan is a readable docx.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';
import { MAX_TEXT } from '../../src/domain/fields';
import { CHANNELS, contract } from '../../src/ipc/contract';
import { createPlanFile } from '../../src/storage/planFile';
import { fillFromJson } from '../../src/storage/planJson';
import { type HeadlessApp, headlessApp, scratch, sha256 } from './common';

export interface InputFigures {
  channels: number;
  payloadsTried: number;
  /** Payloads outside their schema that a handler accepted: must be 0. */
  invalidAccepted: number;
  /** Refusals with another code than invalid-request: must be 0. */
  wrongCode: number;
  fileChangedByRefusals: number;
  textsRoundTripped: number;
  textsAltered: number;
  docxUnreadable: number;
  libreOfficeConversions: number | string;
  problems: string[];
}

function planAt(dir: string): string {
  const path = join(dir, 'plan.paraat');
  createPlanFile(path, (db) =>
    fillFromJson(db, {
      format: 'paraat-plan',
      formatVersion: 1,
      language: 'nl',
      sections: {
        organisation: { name: 'Lokaal bestuur Beekzande', kind: 'municipality-flanders' },
        people: [{ id: 'person-eline', name: 'Eline Vermeersch' }],
      },
    }),
  ).close();
  return path;
}

/** Keys of an object payload schema (zod 4 keeps them in `shape`), to build near misses from. */
function keysOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function payloadArbitrary(schema: z.ZodType): fc.Arbitrary<unknown> {
  const keys = keysOf(schema);
  const value = fc.oneof(
    fc.anything(),
    fc.string(),
    fc.integer(),
    fc.constantFrom('organisation', 'people', 'person-eline', 'nl', '1.0', ''),
  );
  const nearMiss = keys.length
    ? fc.dictionary(
        fc.oneof(fc.constantFrom(...keys), fc.constantFrom('__proto__', 'constructor', 'toString'), fc.string()),
        value,
        { maxKeys: keys.length + 2 },
      )
    : fc.constant(null);
  return fc.oneof(fc.anything({ withObjectString: true, withNullPrototype: true }), nearMiss);
}

async function openIn(app: HeadlessApp, path: string) {
  const opened = await app.call('plan.open', { path });
  if (!opened.ok) throw new Error(`cannot open ${path}: ${opened.error.code}`);
}

/** Every channel, payloads outside its schema: refused with invalid-request, the file unchanged. */
export async function fuzzChannels(
  figures: InputFigures,
  dir: string,
  runsPerChannel: number,
  seed: number,
): Promise<void> {
  const path = planAt(dir);
  const before = sha256(path);
  const app = headlessApp(join(dir, 'app'));
  await openIn(app, path);
  figures.channels = CHANNELS.length;
  for (const channel of CHANNELS) {
    if (process.env.PARAAT_RELIABILITY_TRACE) console.log(`fuzz ${channel} ${Date.now()}`);
    const schema = contract[channel].payload as z.ZodType;
    await fc.assert(
      fc.asyncProperty(payloadArbitrary(schema), async (payload) => {
        if (schema.safeParse(payload).success) return;
        figures.payloadsTried++;
        const answer = await app.call(channel, payload);
        if (answer.ok) {
          figures.invalidAccepted++;
          figures.problems.push(`${channel} accepted ${JSON.stringify(payload)?.slice(0, 200)}`);
        } else if (answer.error.code !== 'invalid-request') {
          figures.wrongCode++;
          figures.problems.push(
            `${channel} refused ${JSON.stringify(payload)?.slice(0, 200)} with ${answer.error.code}`,
          );
        }
      }),
      { numRuns: runsPerChannel, seed },
    );
  }
  // Patches that fit the channel's schema but not the section: unknown fields, wrong types, too long.
  const badPatch = fc.oneof(
    fc.dictionary(
      fc.string({ minLength: 1 }).filter((key) => !['name', 'kind', 'sector', 'address'].includes(key)),
      fc.anything(),
      { minKeys: 1 },
    ),
    fc.record({
      staffCount: fc.oneof(fc.string(), fc.double({ noInteger: true }), fc.constant(-1), fc.constant(2_000_000)),
    }),
    fc.record({
      name: fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string()), fc.constant('x'.repeat(MAX_TEXT + 1))),
    }),
  );
  await fc.assert(
    fc.asyncProperty(badPatch, fc.boolean(), async (patch, asItem) => {
      figures.payloadsTried++;
      const answer = asItem
        ? await app.call('items.update', { section: 'people', id: 'person-eline', patch })
        : await app.call('section.update', { section: 'organisation', patch });
      if (answer.ok || answer.error.code !== 'invalid-request') {
        figures.invalidAccepted++;
        figures.problems.push(
          `${asItem ? 'items.update' : 'section.update'} ${JSON.stringify(patch).slice(0, 200)}: ${answer.ok ? 'accepted' : answer.error.code}`,
        );
      }
    }),
    { numRuns: runsPerChannel * 4, seed },
  );
  app.closeAll();
  if (sha256(path) !== before) {
    figures.fileChangedByRefusals++;
    figures.problems.push('the plan file changed while only invalid payloads were sent');
  }
}

export const AWKWARD_TEXTS: [string, string][] = [
  ['control characters', 'Begin\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u007f\u0085 einde\ttab\r\nregel'],
  ['lone surrogates', 'Hoog \ud800 alleen, laag \udc00 alleen, omgekeerd \udc00\ud800'],
  ['emoji', 'Noodplan 🚒🧯 familie 👩‍👩‍👧‍👦 vlag 🇧🇪 huid 👍🏽'],
  ['right to left', 'שלום مرحبا \u202eDIAR\u202c \u200fLRM\u200e'],
  ['noncharacters and BOM', '\ufeffBOM \ufffe\uffff einde'],
  ['XML and CSV specials', '<w:t>&amp; "quote" \'apos\' ]]> ; , =SUM(A1)'],
  ['100,000 characters', 'Beekzande '.repeat(MAX_TEXT / 10)],
  ['50,000 emoji (100,000 UTF-16 units)', '🚒'.repeat(MAX_TEXT / 2)],
];

/** Chooses how lone surrogates are kept: exactly as typed (JSON escapes them); exports drop them. */
export async function roundTripTexts(
  figures: InputFigures,
  dir: string,
  samples: number,
  seed: number,
  libreOffice: boolean,
): Promise<void> {
  const path = planAt(dir);
  const app = headlessApp(join(dir, 'app'));
  await openIn(app, path);
  const generated = fc.sample(
    fc.string({ unit: fc.constantFrom('binary', 'grapheme', 'binary-ascii') as never, maxLength: 200 }),
    { numRuns: samples, seed },
  );
  const texts: [string, string][] = [
    ...AWKWARD_TEXTS,
    ...generated.map((text, i): [string, string] => [`fast-check string #${i}`, text]),
  ];
  for (const [label, text] of texts) {
    if (process.env.PARAAT_RELIABILITY_TRACE) console.log(`text ${label} ${Date.now()}`);
    for (const [write, read] of [
      [
        () => app.call('section.update', { section: 'organisation', patch: { address: text } }),
        async () =>
          ((await app.call('section.get', { section: 'organisation' })) as { ok: true; value: Record<string, unknown> })
            .value.address,
      ],
      [
        () => app.call('items.update', { section: 'people', id: 'person-eline', patch: { function: text } }),
        async () =>
          ((await app.call('items.list', { section: 'people' })) as { ok: true; value: Record<string, unknown>[] })
            .value[0]?.function,
      ],
    ] as const) {
      const written = await write();
      if (!written.ok) {
        figures.textsAltered++;
        figures.problems.push(`${label}: refused with ${written.error.code}`);
        continue;
      }
      figures.textsRoundTripped++;
      if ((await read()) !== text) {
        figures.textsAltered++;
        figures.problems.push(`${label}: read back differently`);
      }
    }
  }
  // The plan with every awkward text at once, exported to Word.
  // (Long texts are cut to a few thousand characters here: the export's speed is not what is tested.)
  await app.call('section.update', {
    section: 'organisation',
    patch: {
      address: AWKWARD_TEXTS.map(([, t]) => t.slice(0, 2000)).join('\n'),
      purpose: AWKWARD_TEXTS[6]![1].slice(0, 5000),
    },
  });
  await app.call('items.addMany', {
    section: 'people',
    items: AWKWARD_TEXTS.map(([label, text]) => ({
      name: `${label}: ${text.slice(0, 200)}`,
      function: text.slice(0, 1000),
    })),
  });
  if (process.env.PARAAT_RELIABILITY_TRACE) console.log(`export ${Date.now()}`);
  const exports = join(dir, 'exports');
  mkdirSync(exports, { recursive: true });
  for (const includePrivate of [true, false]) {
    const target = join(exports, `plan-${includePrivate}.docx`);
    app.dialogs.answers.exportPath = target;
    const answer = await app.call('export.docx', { language: 'nl', includePrivate });
    const problem = answer.ok ? docxProblem(target) : `export refused: ${answer.error.code} ${answer.error.message}`;
    if (problem) {
      figures.docxUnreadable++;
      figures.problems.push(`docx (private ${includePrivate}): ${problem}`);
    }
  }
  if (libreOffice) {
    const soffice = ['soffice', 'libreoffice'].find(
      (cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0,
    );
    if (!soffice) figures.libreOfficeConversions = 'skipped: LibreOffice not installed';
    else {
      const result = spawnSync(
        soffice,
        ['--headless', '--convert-to', 'pdf', '--outdir', exports, join(exports, 'plan-true.docx')],
        {
          timeout: 180_000,
          env: { ...process.env, HOME: dir },
        },
      );
      const converted = readdirSync(exports).includes('plan-true.pdf');
      figures.libreOfficeConversions = converted ? 1 : 0;
      if (!converted)
        figures.problems.push(`LibreOffice could not convert the docx: ${String(result.stderr).slice(0, 300)}`);
    }
  }
  app.closeAll();
}

/** '' when the docx is a zip whose XML parts are valid UTF-8 with only characters XML allows. */
export function docxProblem(path: string): string {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(new Uint8Array(readFileSync(path)));
  } catch (error) {
    return `not a zip: ${String(error)}`;
  }
  if (!parts['word/document.xml']) return 'no word/document.xml';
  for (const [name, bytes] of Object.entries(parts)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    let xml: string;
    try {
      xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return `${name} is not valid UTF-8`;
    }
    const invalid =
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(
        xml,
      );
    if (invalid) return `${name} holds U+${invalid[0].charCodeAt(0).toString(16).padStart(4, '0')}, which XML forbids`;
    if (!xml.trimStart().startsWith('<')) return `${name} does not start with markup`;
  }
  const text = strFromU8(parts['word/document.xml']!);
  if (!text.includes('👩‍👩‍👧‍👦') || !text.includes('שלום'))
    return 'the emoji or right-to-left text is missing from the document';
  return '';
}

export async function inputHarness(options: {
  runsPerChannel: number;
  textSamples: number;
  seed?: number;
  dir?: string;
  libreOffice?: boolean;
}): Promise<InputFigures> {
  const dir = options.dir ?? scratch('input');
  const seed = options.seed ?? 5;
  const figures: InputFigures = {
    channels: 0,
    payloadsTried: 0,
    invalidAccepted: 0,
    wrongCode: 0,
    fileChangedByRefusals: 0,
    textsRoundTripped: 0,
    textsAltered: 0,
    docxUnreadable: 0,
    libreOfficeConversions: 'not run (long version only)',
    problems: [],
  };
  mkdirSync(join(dir, 'fuzz'), { recursive: true });
  mkdirSync(join(dir, 'texts'), { recursive: true });
  await fuzzChannels(figures, join(dir, 'fuzz'), options.runsPerChannel, seed);
  await roundTripTexts(figures, join(dir, 'texts'), options.textSamples, seed, options.libreOffice ?? false);
  return figures;
}
