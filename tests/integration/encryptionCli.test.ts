import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/run';
import { toPlanJson } from '../../src/storage/planJson';
import { RESOURCES_DIRECTORY } from '../builders/handlerHarness';
import { withPlan } from '../builders/planFiles';
import { tempDir } from '../builders/tempDir';

const PASSPHRASE = 'lente in Beekzande 2026';
const PRIVATE_NUMBER = '0470 55 66 01';

/** Runs the command line with the given environment and, if any, answers to its passphrase prompts. */
async function paraat(argv: string[], setup: { env?: NodeJS.ProcessEnv; answers?: string[] } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const prompts: string[] = [];
  const answers = [...(setup.answers ?? [])];
  const code = await runCli(argv, {
    resourcesDirectory: RESOURCES_DIRECTORY,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: setup.env ?? {},
    readSecret: setup.answers
      ? async (prompt) => {
          prompts.push(prompt);
          return answers.shift() ?? '';
        }
      : undefined,
  });
  return { code, out: out.join('\n'), err: err.join('\n'), prompts };
}

async function examplePlan(dir: string): Promise<string> {
  const path = join(dir, 'voorbeeld.paraat');
  expect((await paraat(['example', path])).code).toBe(EXIT.ok);
  return path;
}

// scrypt at N = 2^17 takes a few hundred milliseconds alone and seconds on a loaded machine.
describe('paraat encrypt and paraat decrypt', { timeout: 240_000 }, () => {
  it('encrypts a plan with the passphrase from PARAAT_PASSPHRASE and decrypts it back to the same plan', async () => {
    const dir = tempDir();
    const plan = await examplePlan(dir);
    const sealed = join(dir, 'stick.paraatx');
    const encrypted = await paraat(['encrypt', plan, sealed], { env: { PARAAT_PASSPHRASE: PASSPHRASE } });
    expect(encrypted.code).toBe(EXIT.ok);
    expect(readFileSync(sealed).includes(Buffer.from(PRIVATE_NUMBER))).toBe(false);

    const restored = join(dir, 'terug.paraat');
    expect((await paraat(['decrypt', sealed, restored], { env: { PARAAT_PASSPHRASE: PASSPHRASE } })).code).toBe(
      EXIT.ok,
    );
    expect(withPlan(restored, toPlanJson)).toEqual(withPlan(plan, toPlanJson));
    // The decrypted plan is an ordinary, editable plan.
    withPlan(restored, (document) => expect(document.file.readOnly).toBeNull());
    expect(`${encrypted.out}${encrypted.err}`).not.toContain(PASSPHRASE);
  });

  it('asks for the passphrase twice on a terminal, and refuses two that differ or one too short', async () => {
    const dir = tempDir();
    const plan = await examplePlan(dir);
    const sealed = join(dir, 'stick.paraatx');
    const differ = await paraat(['encrypt', plan, sealed], { answers: [PASSPHRASE, 'iets anders dan dat'] });
    expect(differ).toMatchObject({ code: EXIT.usage });
    expect(differ.err).toContain('differ');
    expect(differ.prompts).toHaveLength(2);
    expect((await paraat(['encrypt', plan, sealed], { answers: ['kort', 'kort'] })).err).toContain(
      'at least 12 characters',
    );
    expect(existsSync(sealed)).toBe(false);

    expect((await paraat(['encrypt', plan, sealed], { answers: [PASSPHRASE, PASSPHRASE] })).code).toBe(EXIT.ok);
    const opened = await paraat(['decrypt', sealed, join(dir, 'terug.paraat')], { answers: [PASSPHRASE] });
    expect(opened).toMatchObject({ code: EXIT.ok, prompts: ['Passphrase: '] });
  });

  it('refuses a wrong passphrase with its own code and writes nothing', async () => {
    const dir = tempDir();
    const sealed = join(dir, 'stick.paraatx');
    await paraat(['encrypt', await examplePlan(dir), sealed], { env: { PARAAT_PASSPHRASE: PASSPHRASE } });
    const result = await paraat(['decrypt', sealed, join(dir, 'terug.paraat')], {
      env: { PARAAT_PASSPHRASE: 'herfst in Beekzande' },
    });
    expect(result.code).toBe(EXIT.fileRefused);
    expect(result.err).toContain('[wrong-passphrase]');
    expect(result.err).not.toContain('herfst in Beekzande');
    expect(readdirSync(dir).sort()).toEqual(['stick.paraatx', 'voorbeeld.paraat']);
  });

  it('says where the passphrase must come from when there is neither the variable nor a terminal', async () => {
    const dir = tempDir();
    const result = await paraat(['encrypt', await examplePlan(dir), join(dir, 'stick.paraatx')]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain('PARAAT_PASSPHRASE');
  });

  it('tells a user who opens an encrypted copy with another command what it is', async () => {
    const dir = tempDir();
    const sealed = join(dir, 'stick.paraatx');
    await paraat(['encrypt', await examplePlan(dir), sealed], { env: { PARAAT_PASSPHRASE: PASSPHRASE } });
    const result = await paraat(['export', sealed, '--docx', join(dir, 'plan.docx')]);
    expect(result.code).toBe(EXIT.fileRefused);
    expect(result.err).toContain('[encrypted]');
  });
});

describe('paraat kit --encrypt', { timeout: 240_000 }, () => {
  it('writes a kit whose plan copy is encrypted, with the documents left out on --no-documents', async () => {
    const dir = tempDir();
    const folder = join(dir, 'Noodkit');
    const result = await paraat(['kit', await examplePlan(dir), folder, '--encrypt', '--no-documents'], {
      env: { PARAAT_PASSPHRASE: PASSPHRASE },
    });
    expect(result.code).toBe(EXIT.ok);
    expect(readdirSync(folder).sort()).toEqual(['LEESMIJ.txt', 'Lokaal bestuur Beekzande.paraatx']);
    for (const name of readdirSync(folder))
      expect(readFileSync(join(folder, name)).includes(Buffer.from(PRIVATE_NUMBER)), name).toBe(false);
  });
});
