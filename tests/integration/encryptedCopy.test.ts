import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decryptPlanCopy,
  isEncryptedPlanFile,
  openEncryptedPlan,
  saveEncryptedCopy,
} from '../../src/storage/encryptedCopy';
import { writeExamplePlan } from '../../src/storage/examplePlan';
import { PlanDocument } from '../../src/storage/planDocument';
import { openPlanFile } from '../../src/storage/planFile';
import { toPlanJson } from '../../src/storage/planJson';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';
import { sha256 } from '../builders/planFiles';
import { tempDir } from '../builders/tempDir';

const PASSPHRASE = 'lente in Beekzande 2026';
/** A private phone number in the example plan: it must not be readable anywhere on the stick. */
const PRIVATE_NUMBER = '0470 55 66 01';

/** Every byte of every file in a folder (and below), as one buffer to search. */
function allBytes(folder: string): Buffer {
  return Buffer.concat(
    readdirSync(folder, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(entry.parentPath, entry.name))),
  );
}

async function exampleOnStick() {
  const dir = tempDir();
  const stick = join(dir, 'stick');
  mkdirSync(stick);
  const plan = writeExamplePlan(join(dir, 'laptop.paraat'), EXAMPLES_DIRECTORY, 'nl');
  const target = join(stick, 'Beekzande.paraatx');
  try {
    await saveEncryptedCopy(plan.db, plan.file.path, target, PASSPHRASE);
    return { dir, stick, target, json: toPlanJson(plan) };
  } finally {
    plan.close();
  }
}

// scrypt at N = 2^17 takes a few hundred milliseconds alone and seconds on a loaded machine.
describe('an encrypted copy of the plan on a USB stick', { timeout: 240_000 }, () => {
  it('leaves nothing readable on the stick: no phone number, no plan text, no SQLite file, no temporaries', async () => {
    const { stick, target } = await exampleOnStick();
    expect(readdirSync(stick)).toEqual(['Beekzande.paraatx']);
    const bytes = allBytes(stick);
    expect(bytes.includes(Buffer.from(PRIVATE_NUMBER))).toBe(false);
    expect(bytes.includes(Buffer.from('Beekzande'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(isEncryptedPlanFile(target)).toBe(true);
  });

  it('opens with its passphrase in memory, read-only, with every record of the plan', async () => {
    const { target, json, dir } = await exampleOnStick();
    const before = readdirSync(dir, { recursive: true }).sort();
    const document = new PlanDocument(await openEncryptedPlan(target, PASSPHRASE));
    try {
      expect(document.file.readOnly).toBe('encrypted');
      expect(toPlanJson(document)).toEqual(json);
      expect(JSON.stringify(toPlanJson(document))).toContain(PRIVATE_NUMBER);
      expect(() => document.assertWritable()).toThrow(expect.objectContaining({ code: 'read-only' }));
      // Nothing decrypted was written beside the copy or anywhere in the test's folders.
      expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
      expect(allBytes(dir).includes(Buffer.from(PRIVATE_NUMBER))).toBe(true); // the laptop's own plan
      expect(allBytes(join(dir, 'stick')).includes(Buffer.from(PRIVATE_NUMBER))).toBe(false);
    } finally {
      document.close();
    }
  });

  it('refuses a wrong passphrase with its own message and leaves the file as it was', async () => {
    const { target } = await exampleOnStick();
    const hash = sha256(target);
    await expect(openEncryptedPlan(target, 'lente in Beekzande 2025')).rejects.toMatchObject({
      code: 'wrong-passphrase',
      params: { path: target },
    });
    expect(sha256(target)).toBe(hash);
  });

  it('refuses a copy altered after it was written as damaged, not as a wrong passphrase', async () => {
    const { target } = await exampleOnStick();
    const bytes = readFileSync(target);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(target, bytes);
    await expect(openEncryptedPlan(target, PASSPHRASE)).rejects.toMatchObject({ code: 'damaged' });
  });

  it('is recognised by its content, whatever its name, and a plain plan is not taken for one', async () => {
    const { target, dir } = await exampleOnStick();
    const renamed = join(dir, 'renamed.paraat');
    writeFileSync(renamed, readFileSync(target));
    expect(() => openPlanFile(renamed)).toThrow(expect.objectContaining({ code: 'encrypted' }));
    await expect(decryptPlanCopy(join(dir, 'laptop.paraat'), PASSPHRASE)).rejects.toMatchObject({ code: 'not-a-plan' });
  });

  it('refuses a passphrase shorter than 12 characters and writes nothing', async () => {
    const dir = tempDir();
    const plan = writeExamplePlan(join(dir, 'laptop.paraat'), EXAMPLES_DIRECTORY, 'en');
    try {
      await expect(
        saveEncryptedCopy(plan.db, plan.file.path, join(dir, 'copy.paraatx'), 'too short'),
      ).rejects.toMatchObject({ code: 'invalid-request' });
    } finally {
      plan.close();
    }
    expect(readdirSync(dir)).toEqual(['laptop.paraat']);
  });

  it('replaces an older encrypted copy only with a verified new one', async () => {
    const { target, dir } = await exampleOnStick();
    const plan = writeExamplePlan(join(dir, 'other.paraat'), EXAMPLES_DIRECTORY, 'en');
    try {
      plan.singleton('organisation').update({ name: 'Second version' });
      await saveEncryptedCopy(plan.db, plan.file.path, target, PASSPHRASE);
    } finally {
      plan.close();
    }
    const reopened = new PlanDocument(await openEncryptedPlan(target, PASSPHRASE));
    try {
      expect(reopened.singleton('organisation').get().name).toBe('Second version');
    } finally {
      reopened.close();
    }
    expect(readdirSync(join(dir, 'stick'))).toEqual(['Beekzande.paraatx']);
  });
});
