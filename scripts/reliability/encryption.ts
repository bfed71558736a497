/**
 * "A lost stick leaks nothing readable": an encrypted copy and an encrypted off-line kit of the
 * example plan are made as the app makes them; every file on the "stick" (Word documents unzipped)
 * is searched for the plan's private values; then damaged copies and wrong passphrases are tried
 * through the real handlers: each must be refused with a clear code, never opened, never a crash,
 * and the file left as it was.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { SECTIONS } from '../../src/domain/plan';
import { writeKit } from '../../src/export/kit';
import { writeExamplePlan } from '../../src/storage/examplePlan';
import { HEADER_SIZE } from '../../src/storage/encryptedFormat';
import { PlanDocument } from '../../src/storage/planDocument';
import { openPlanFile } from '../../src/storage/planFile';
import { toPlanJson } from '../../src/storage/planJson';
import { REPO, fingerprint, headlessApp, random } from './common';

export interface EncryptionFigures {
  privateValues: number;
  /** Every text of the plan of 8 characters or more, looked for in the encrypted copies. */
  planTexts: number;
  filesOnStick: number;
  privateValuesFound: number;
  damagedCopiesTried: number;
  damagedCopiesOpened: number;
  crashes: number;
  damagedFilesChanged: number;
  wrongPassphrasesTried: number;
  wrongPassphrasesAccepted: number;
  byCode: Record<string, number>;
  problems: string[];
}

const PASSPHRASE = 'lente in Beekzande 2026';
const REFUSALS = new Set(['damaged', 'wrong-passphrase', 'not-a-plan', 'newer-version']);

/** Every value of a field marked private (private phone numbers, say), as stored in the plan. */
function privateValues(document: PlanDocument): string[] {
  const plan = toPlanJson(document);
  const values: string[] = [];
  for (const section of SECTIONS) {
    const records = plan.sections[section.key];
    const list = Array.isArray(records) ? records : records ? [records] : [];
    for (const field of section.fields.filter((candidate) => candidate.private)) {
      for (const record of list) {
        const value = (record as Record<string, unknown>)[field.name];
        if (typeof value === 'string' && value.trim().length >= 4) values.push(value.trim());
      }
    }
  }
  return values;
}

/** Every text in the plan of 8 characters or more: none may be readable in an encrypted copy. */
function planTexts(document: PlanDocument): string[] {
  const texts = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string' && value.trim().length >= 8) texts.add(value.trim());
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(toPlanJson(document).sections);
  return [...texts];
}

/** What a finder of the stick could read in a file: its bytes, and the XML inside a Word document. */
function readableText(path: string): string {
  const bytes = readFileSync(path);
  if (!path.endsWith('.docx')) return bytes.toString('latin1') + bytes.toString('utf8');
  return Object.values(unzipSync(bytes))
    .map((part) => strFromU8(part))
    .join('\n');
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A copy damaged the ways a stick damages files, or someone tampers with one. */
function damage(sealed: Buffer, rng: ReturnType<typeof random>): { kind: string; bytes: Buffer } {
  const bytes = Buffer.from(sealed);
  const kind = rng.pick([
    'bit flip',
    'header byte',
    'tag byte',
    'truncated',
    'appended',
    'zeroed block',
    'swapped bytes',
  ] as const);
  switch (kind) {
    case 'bit flip': {
      const offset = rng.int(0, bytes.length - 1);
      bytes[offset] = bytes[offset]! ^ (1 << rng.int(0, 7));
      return { kind, bytes };
    }
    case 'header byte': {
      const offset = rng.int(0, HEADER_SIZE - 1);
      bytes[offset] = bytes[offset]! ^ rng.int(1, 255);
      return { kind, bytes };
    }
    case 'tag byte': {
      const offset = bytes.length - rng.int(1, 16);
      bytes[offset] = bytes[offset]! ^ rng.int(1, 255);
      return { kind, bytes };
    }
    case 'truncated':
      return { kind, bytes: bytes.subarray(0, rng.int(0, bytes.length - 1)) };
    case 'appended':
      return { kind, bytes: Buffer.concat([bytes, rng.bytes(rng.int(1, 4096))]) };
    case 'zeroed block': {
      // A page of a stick that reads back as zeros.
      const start = rng.int(HEADER_SIZE, bytes.length - 2);
      const end = Math.min(bytes.length, start + rng.int(1, 4096));
      const before = Buffer.from(bytes.subarray(start, end));
      bytes.fill(0, start, end);
      if (before.equals(bytes.subarray(start, end))) bytes[start] = 1;
      return { kind, bytes };
    }
    case 'swapped bytes': {
      let a = rng.int(0, bytes.length - 1);
      let b = rng.int(0, bytes.length - 1);
      while (bytes[a] === bytes[b]) {
        a = rng.int(0, bytes.length - 1);
        b = rng.int(0, bytes.length - 1);
      }
      [bytes[a], bytes[b]] = [bytes[b]!, bytes[a]!];
      return { kind, bytes };
    }
  }
}

/** Wrong passphrases a person types: one character off, another case, a space too many, random. */
function wrongPassphrase(rng: ReturnType<typeof random>): string {
  const characters = [...PASSPHRASE];
  switch (rng.int(0, 4)) {
    case 0: {
      const at = rng.int(0, characters.length - 1);
      characters[at] = characters[at] === 'x' ? 'y' : 'x';
      return characters.join('');
    }
    case 1:
      return PASSPHRASE.toUpperCase();
    case 2:
      return `${PASSPHRASE} `;
    case 3:
      return PASSPHRASE.slice(0, rng.int(1, PASSPHRASE.length - 1));
    default:
      return rng.bytes(rng.int(1, 40)).toString('base64');
  }
}

export async function encryptionHarness(options: {
  dir: string;
  seed: number;
  damagedCopies: number;
  wrongPassphrases: number;
}): Promise<EncryptionFigures> {
  const rng = random(options.seed);
  const figures: EncryptionFigures = {
    privateValues: 0,
    planTexts: 0,
    filesOnStick: 0,
    privateValuesFound: 0,
    damagedCopiesTried: 0,
    damagedCopiesOpened: 0,
    crashes: 0,
    damagedFilesChanged: 0,
    wrongPassphrasesTried: 0,
    wrongPassphrasesAccepted: 0,
    byCode: {},
    problems: [],
  };
  const laptop = join(options.dir, 'laptop.paraat');
  const stick = join(options.dir, 'stick');
  mkdirSync(stick);
  writeExamplePlan(laptop, join(REPO, 'resources', 'examples'), 'nl').close();

  // The copy through the window, as the app saves it; the kit with documents, as the command line makes it.
  const app = headlessApp(join(options.dir, 'app'));
  const copy = join(stick, 'Beekzande.paraatx');
  try {
    await app.call('plan.open', { path: laptop });
    app.dialogs.answers.exportPath = copy;
    const saved = await app.call('plan.saveEncryptedCopy', { passphrase: PASSPHRASE });
    if (!saved.ok) throw new Error(`the encrypted copy was not saved: ${saved.error.code}`);
    await app.call('plan.close');

    const document = new PlanDocument(openPlanFile(laptop));
    let secrets: string[];
    let texts: string[];
    try {
      secrets = privateValues(document);
      texts = planTexts(document);
      await writeKit(document, join(stick, 'Noodkit'), { language: 'nl', includePrivate: true }, undefined, undefined, {
        encryption: { passphrase: PASSPHRASE, documents: 'without-private' },
      });
    } finally {
      document.close();
    }
    figures.privateValues = secrets.length;
    figures.planTexts = texts.length;
    if (secrets.length === 0) figures.problems.push('the example plan has no private values to look for');
    for (const file of filesUnder(stick)) {
      figures.filesOnStick++;
      const text = readableText(file);
      // The documents beside an encrypted copy may hold the plan, without private values; the copies nothing at all.
      for (const secret of file.endsWith('.paraatx') ? [...secrets, ...texts] : secrets) {
        if (text.includes(secret)) {
          figures.privateValuesFound++;
          figures.problems.push(`${secret} readable in ${file}`);
        }
      }
    }

    const sealed = readFileSync(copy);
    for (let i = 0; i < options.damagedCopies; i++) {
      const { kind, bytes } = damage(sealed, rng);
      const path = join(stick, `damaged-${i}.paraatx`);
      writeFileSync(path, bytes);
      const before = fingerprint(path);
      figures.damagedCopiesTried++;
      try {
        await app.call('plan.open', { path });
        const answer = await app.call('plan.openEncrypted', { path, passphrase: PASSPHRASE });
        if (answer.ok) {
          figures.damagedCopiesOpened++;
          figures.problems.push(`a copy with ${kind} opened`);
          await app.call('plan.close');
        } else {
          figures.byCode[answer.error.code] = (figures.byCode[answer.error.code] ?? 0) + 1;
          if (!REFUSALS.has(answer.error.code)) {
            figures.crashes++;
            figures.problems.push(`a copy with ${kind} was refused with ${answer.error.code}: ${answer.error.message}`);
          }
        }
      } catch (error) {
        figures.crashes++;
        figures.problems.push(`a copy with ${kind} threw ${error instanceof Error ? error.message : String(error)}`);
      }
      if (fingerprint(path) !== before) figures.damagedFilesChanged++;
    }

    for (let i = 0; i < options.wrongPassphrases; i++) {
      const passphrase = wrongPassphrase(rng);
      if (passphrase === PASSPHRASE) continue;
      figures.wrongPassphrasesTried++;
      const answer = await app.call('plan.openEncrypted', { path: copy, passphrase });
      if (answer.ok || answer.error.code !== 'wrong-passphrase') {
        if (answer.ok) figures.wrongPassphrasesAccepted++;
        figures.problems.push(`a wrong passphrase was answered with ${answer.ok ? 'the plan' : answer.error.code}`);
        if (answer.ok) await app.call('plan.close');
      }
    }

    const right = await app.call('plan.openEncrypted', { path: copy, passphrase: PASSPHRASE });
    if (!right.ok) figures.problems.push(`the intact copy did not open with its passphrase: ${right.error.code}`);
  } finally {
    app.closeAll();
  }
  return figures;
}
