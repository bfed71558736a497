import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Envelope, PlanSummary } from '../../src/ipc/contract';
import { createHandlers, dispatch } from '../../src/ipc/handlers';
import { AppSettingsStore } from '../../src/storage/appSettings';
import { openEncryptedPlan } from '../../src/storage/encryptedCopy';
import { writeExamplePlan } from '../../src/storage/examplePlan';
import { EXAMPLES_DIRECTORY, FakeDialogs } from '../builders/handlerHarness';
import { tempDir } from '../builders/tempDir';

const PASSPHRASE = 'lente in Beekzande 2026';
const PRIVATE_NUMBER = '0470 55 66 01';

/** The main process's handlers with fake dialogs, a printer that keeps the print view readable, and a stand-in portable program. */
function app(options: { portableExecutable?: string } = {}) {
  const dir = tempDir();
  const dialogs = new FakeDialogs();
  const answers: Envelope<unknown>[] = [];
  const handlers = createHandlers({
    appVersion: '0.0.0-test',
    settings: new AppSettingsStore(join(dir, 'settings')),
    dialogs,
    examplesDirectory: EXAMPLES_DIRECTORY,
    scratchDirectory: join(dir, 'scratch'),
    // A "PDF" whose text is the print view itself, so what it holds can be searched.
    printToPdf: async (html) => Buffer.from(`%PDF-1.7\n${html}`),
    portableExecutable: options.portableExecutable,
  });
  onTestFinished(() => handlers.closeAll());
  const call = async (channel: string, payload?: unknown) => {
    const answer = await dispatch(handlers.handlers, channel, payload, { windowKey: 'main' });
    answers.push(answer);
    return answer;
  };
  const ok = async <T>(channel: string, payload?: unknown) => {
    const answer = await call(channel, payload);
    if (!answer.ok) expect.fail(`${channel} failed: ${answer.error.code} ${answer.error.message}`);
    return answer.value as T;
  };
  const fails = async (code: string, channel: string, payload?: unknown) => {
    const answer = await call(channel, payload);
    if (answer.ok) expect.fail(`${channel} succeeded, expected ${code}`);
    expect(answer.error.code, answer.error.message).toBe(code);
    return answer.error;
  };
  return { dir, dialogs, answers, call, ok, fails };
}

async function withExampleOpen(options: { portableExecutable?: string } = {}) {
  const harness = app(options);
  const laptop = join(harness.dir, 'Beekzande.paraat');
  writeExamplePlan(laptop, EXAMPLES_DIRECTORY, 'nl').close();
  await harness.ok('plan.open', { path: laptop });
  const stick = join(harness.dir, 'stick');
  mkdirSync(stick);
  return { ...harness, laptop, stick };
}

const documentXml = (path: string) => strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);

// scrypt at N = 2^17 takes a few hundred milliseconds alone and seconds on a loaded machine.
describe('saving and opening an encrypted copy through the main process', { timeout: 240_000 }, () => {
  it('saves an encrypted copy where the user chooses, suggesting a .paraatx name', async () => {
    const { ok, dialogs, stick } = await withExampleOpen();
    dialogs.answers.exportPath = join(stick, 'Beekzande.paraatx');
    expect(await ok('plan.saveEncryptedCopy', { passphrase: PASSPHRASE })).toEqual({
      path: join(stick, 'Beekzande.paraatx'),
    });
    expect(dialogs.suggested.at(-1)).toMatch(/\.paraatx$/);
    expect(readdirSync(stick)).toEqual(['Beekzande.paraatx']);
    expect(readFileSync(join(stick, 'Beekzande.paraatx')).includes(Buffer.from(PRIVATE_NUMBER))).toBe(false);
  });

  it('refuses a passphrase under 12 characters before asking where to save', async () => {
    const { fails, dialogs } = await withExampleOpen();
    const suggestedBefore = dialogs.suggested.length;
    await fails('invalid-request', 'plan.saveEncryptedCopy', { passphrase: 'kort' });
    expect(dialogs.suggested.length).toBe(suggestedBefore);
  });

  it('answers "encrypted" when an encrypted copy is opened as a plan, then opens it read-only with its passphrase', async () => {
    const { ok, fails, dialogs, stick, laptop } = await withExampleOpen();
    const copy = join(stick, 'Beekzande.paraatx');
    dialogs.answers.exportPath = copy;
    await ok('plan.saveEncryptedCopy', { passphrase: PASSPHRASE });
    await ok('plan.close');

    const refusal = await fails('encrypted', 'plan.open', { path: copy });
    expect(refusal).toMatchObject({ params: { path: copy } });
    await fails('wrong-passphrase', 'plan.openEncrypted', { path: copy, passphrase: 'herfst in Beekzande' });
    const summary = await ok<PlanSummary>('plan.openEncrypted', { path: copy, passphrase: PASSPHRASE });
    expect(summary).toMatchObject({ readOnly: 'encrypted', name: 'Lokaal bestuur Beekzande', path: copy });
    const people = await ok<Record<string, unknown>[]>('items.list', { section: 'people' });
    expect(JSON.stringify(people)).toContain(PRIVATE_NUMBER);
    await fails('read-only', 'section.update', { section: 'organisation', patch: { name: 'Changed' } });

    // "Save a copy" makes an editable plan of the decrypted view.
    const editable = join(stick, '..', 'editable.paraat');
    dialogs.answers.copyPath = editable;
    await ok('plan.saveCopy');
    await ok('plan.open', { path: editable });
    await ok('section.update', { section: 'organisation', patch: { sector: 'Bewerkbaar' } });
    expect(readdirSync(stick)).toEqual(['Beekzande.paraatx']);
    expect(laptop).toBeTruthy();
  });

  it('never sends the passphrase back, not even in a refusal', async () => {
    const { ok, call, answers, dialogs, stick } = await withExampleOpen();
    const copy = join(stick, 'Beekzande.paraatx');
    dialogs.answers.exportPath = copy;
    await ok('plan.saveEncryptedCopy', { passphrase: PASSPHRASE });
    await call('plan.openEncrypted', { path: copy, passphrase: 'herfst in Beekzande' });
    await call('plan.saveEncryptedCopy', { passphrase: 'kort' });
    await call('plan.openEncrypted', { path: copy, passphrase: PASSPHRASE });
    const everything = JSON.stringify(answers);
    expect(everything).not.toContain(PASSPHRASE);
    expect(everything).not.toContain('herfst in Beekzande');
    expect(everything).not.toContain('kort');
  });
});

describe('the off-line kit with an encrypted plan copy', { timeout: 240_000 }, () => {
  it('holds the encrypted copy instead of the plan file, and documents without private numbers', async () => {
    const { ok, dialogs, stick } = await withExampleOpen();
    const folder = join(stick, 'Noodkit');
    dialogs.answers.exportPath = folder;
    const kit = await ok<{ path: string; files: string[] }>('export.encryptedKit', {
      language: 'nl',
      passphrase: PASSPHRASE,
      documents: 'without-private',
    });
    const names = readdirSync(folder).sort();
    expect(names).toEqual([...kit.files].sort());
    expect(names.some((name) => name.endsWith('.paraatx'))).toBe(true);
    expect(names.some((name) => name.endsWith('.paraat'))).toBe(false);
    expect(names.some((name) => name.endsWith('.docx'))).toBe(true);
    expect(names.some((name) => name.endsWith('.pdf'))).toBe(true);

    // No file in the kit holds a private number or a readable SQLite plan; the Word document is unzipped to look.
    for (const name of names) {
      const bytes = readFileSync(join(folder, name));
      const text = name.endsWith('.docx') ? documentXml(join(folder, name)) : bytes.toString('utf8');
      expect(text, name).not.toContain(PRIVATE_NUMBER);
      expect(bytes.includes(Buffer.from('SQLite format 3')), name).toBe(false);
    }
    const word = documentXml(
      join(
        folder,
        names.find((name) => name.endsWith('.docx') && !name.startsWith('Noodkaart'))!,
      ),
    );
    expect(word).toContain('Beekzande');

    const readme = readFileSync(join(folder, 'LEESMIJ.txt'), 'utf8');
    expect(readme).toContain('WAT IS VERSLEUTELD');
    expect(readme).toContain('WAT IS NIET VERSLEUTELD');
    expect(readme).toContain('zonder privégegevens');
    const distribution = await ok<Record<string, unknown>[]>('items.list', { section: 'distribution' });
    expect(distribution.at(-1)).toMatchObject({ form: 'usb', holderName: 'Off-linekit (plan versleuteld) in Noodkit' });

    // And the copy in the kit is the whole plan, private numbers included, for whoever has the passphrase.
    const copy = await openEncryptedPlan(
      join(
        folder,
        names.find((name) => name.endsWith('.paraatx'))!,
      ),
      PASSPHRASE,
    );
    try {
      expect(JSON.stringify(copy.db.prepare('SELECT data FROM items').all())).toContain(PRIVATE_NUMBER);
    } finally {
      copy.close();
    }
  });

  it('leaves the Word, PDF and card out when asked, so only Paraat with the passphrase reads the plan', async () => {
    const { ok, dialogs, stick } = await withExampleOpen();
    const folder = join(stick, 'Noodkit');
    dialogs.answers.exportPath = folder;
    const kit = await ok<{ files: string[] }>('export.encryptedKit', {
      language: 'en',
      passphrase: PASSPHRASE,
      documents: 'none',
    });
    expect(kit.files).toEqual(['Lokaal bestuur Beekzande.paraatx', 'README.txt']);
    expect(readFileSync(join(folder, 'README.txt'), 'utf8')).toContain('were left out of this kit');
  });
});

describe('the off-line kit of the portable build (Windows)', { timeout: 240_000 }, () => {
  it('copies the running portable program beside the plan', async () => {
    const programs = tempDir();
    const program = join(programs, 'Paraat 1.0.0.exe');
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 31) % 256));
    writeFileSync(program, bytes);
    const { ok, dialogs, stick } = await withExampleOpen({ portableExecutable: program });

    dialogs.answers.exportPath = join(stick, 'Plain kit');
    const plain = await ok<{ files: string[] }>('export.kit', { language: 'en', includePrivate: true });
    expect(plain.files).toContain('Paraat 1.0.0.exe');
    expect(readFileSync(join(stick, 'Plain kit', 'Paraat 1.0.0.exe')).equals(bytes)).toBe(true);
    expect(readFileSync(join(stick, 'Plain kit', 'README.txt'), 'utf8')).toContain(
      'Paraat 1.0.0.exe: Paraat itself (portable, for Windows)',
    );

    dialogs.answers.exportPath = join(stick, 'Encrypted kit');
    const encrypted = await ok<{ files: string[] }>('export.encryptedKit', {
      language: 'en',
      passphrase: PASSPHRASE,
      documents: 'none',
    });
    expect(encrypted.files).toEqual(['Lokaal bestuur Beekzande.paraatx', 'Paraat 1.0.0.exe', 'README.txt']);
  });

  it('makes no kit at all when the program cannot be copied, rather than a kit without it', async () => {
    const { fails, dialogs, stick, dir } = await withExampleOpen({ portableExecutable: join(tempDir(), 'gone.exe') });
    dialogs.answers.exportPath = join(stick, 'Kit');
    await fails('write-failed', 'export.kit', { language: 'en', includePrivate: false });
    expect(readdirSync(stick)).toEqual([]);
    expect(dir).toBeTruthy();
  });
});
