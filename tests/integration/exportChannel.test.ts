import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { needs } from '../builders/tools';
import { handlerHarness } from '../builders/handlerHarness';

const documentXml = (path: string) => strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);

describe('export.docx', { timeout: 240_000 }, () => {
  it('writes the open plan as a Word document where the user chooses', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'en' });
    const target = join(app.dir, 'plan.docx');
    app.dialogs.answers.exportPath = target;
    expect(await app.ok('export.docx', { language: 'nl', includePrivate: true })).toEqual({ path: target });
    expect(app.dialogs.suggested.at(-1)).toMatch(/^IT-continuïteitsplan .+\.docx$/);
    const xml = documentXml(target);
    expect(xml).toContain('Organisatie en plan');
    expect(xml).toContain('Vertrouwelijk');
  });

  it('does nothing when the user cancels the dialog', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'nl' });
    expect(await app.ok('export.docx', { language: 'nl', includePrivate: false })).toBeNull();
    expect(readdirSync(app.dir).filter((name) => name.endsWith('.docx'))).toEqual([]);
  });

  it('says plainly when the target cannot be written, leaving nothing behind', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'nl' });
    app.dialogs.answers.exportPath = join(app.dir, 'gone', 'plan.docx');
    const error = await app.fails('write-failed', 'export.docx', { language: 'nl', includePrivate: true });
    expect(error.message).toContain('plan.docx');
    expect(readdirSync(app.dir).filter((name) => name.includes('docx'))).toEqual([]);
  });

  it('refuses to write over the plan file itself', async () => {
    const app = handlerHarness();
    const plan = await app.ok<{ path: string }>('plan.openExample', { language: 'nl' });
    app.dialogs.answers.exportPath = plan.path;
    await app.fails('write-failed', 'export.docx', { language: 'nl', includePrivate: true });
    expect(await app.ok('plan.current')).toMatchObject({ path: plan.path });
  });

  it('refuses a payload that is not an export request', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'nl' });
    await app.fails('invalid-request', 'export.docx', { language: 'fr', includePrivate: true });
  });
});

describe('export.pdf', { timeout: 120_000 }, () => {
  it('writes the open plan as PDF with the same chapters as the Word document', async (context) => {
    needs(context, 'poppler');
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'nl' });
    const target = join(app.dir, 'plan.pdf');
    app.dialogs.answers.exportPath = target;
    expect(await app.ok('export.pdf', { language: 'en', includePrivate: true })).toEqual({ path: target });
    expect(app.dialogs.suggested.at(-1)).toMatch(/^IT continuity plan .+\.pdf$/);
    const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('1. Management summary');
    expect(text).toContain('2. Organisation and plan');
    expect(text).toContain('Confidential');
  });
});

describe('export.card', { timeout: 120_000 }, () => {
  it('prints the emergency card of the open plan on at most two pages', async (context) => {
    needs(context, 'chromium', 'poppler');
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'en' });
    const target = join(app.dir, 'card.pdf');
    app.dialogs.answers.exportPath = target;
    expect(await app.ok('export.card', { language: 'en', includePrivate: false })).toEqual({ path: target });
    expect(app.dialogs.suggested.at(-1)).toMatch(/^Emergency card .+\.pdf$/);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [target], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeLessThanOrEqual(2);
    const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Call tree');
    expect(text.replace(/\u00A0/g, ' ')).not.toContain('0470 55 66 01');
  });

  it('writes the card as Word when asked (as the command line does), and refuses the pocket size in Word', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'en' });
    const target = join(app.dir, 'card.docx');
    app.dialogs.answers.exportPath = target;
    const request = { language: 'en', includePrivate: false, format: 'docx' };
    expect(await app.ok('export.card', request)).toEqual({ path: target });
    expect(app.dialogs.suggested.at(-1)).toMatch(/^Emergency card .+\.docx$/);
    expect(documentXml(target)).toContain('Call tree');

    app.dialogs.answers.exportPath = join(app.dir, 'pocket.docx');
    await app.fails('invalid-request', 'export.card', { ...request, size: 'pocket' });
    expect(readdirSync(app.dir).filter((name) => name.startsWith('pocket'))).toEqual([]);
  });
});

describe('export.kit', { timeout: 480_000 }, () => {
  it('writes the kit to the folder the user names and lists the new copy in the distribution list', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'en' });
    const before = await app.ok<unknown[]>('items.list', { section: 'distribution' });
    const folder = join(app.dir, 'Emergency kit');
    app.dialogs.answers.exportPath = folder;
    const kit = await app.ok<{ path: string; files: string[] }>('export.kit', {
      language: 'en',
      includePrivate: false,
    });
    expect(kit.path).toBe(folder);
    expect(readdirSync(folder).sort()).toEqual([...kit.files].sort());
    expect(kit.files).toContain('README.txt');
    const after = await app.ok<Record<string, unknown>[]>('items.list', { section: 'distribution' });
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({ form: 'usb', holderName: 'Off-line kit in Emergency kit' });
  });
});

describe('export.cancel', { timeout: 120_000 }, () => {
  it('stops a running off-line kit and leaves nothing behind', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'nl' });
    const before = await app.ok<unknown[]>('items.list', { section: 'distribution' });
    const folder = join(app.dir, 'Noodkit');
    app.dialogs.answers.exportPath = folder;
    const running = app.call('export.kit', { language: 'nl', includePrivate: true });
    // The kit is made in steps; the cancel arrives while the first one runs.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await app.ok('export.cancel')).toBeNull();
    expect(await running).toEqual({ ok: true, value: null });
    expect(readdirSync(app.dir).filter((name) => name.includes('Noodkit'))).toEqual([]);
    expect(await app.ok<unknown[]>('items.list', { section: 'distribution' })).toHaveLength(before.length);
  });

  it('does nothing when no export is running', async () => {
    const app = handlerHarness();
    await app.ok('plan.openExample', { language: 'nl' });
    expect(await app.ok('export.cancel')).toBeNull();
  });
});
