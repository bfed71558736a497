import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytes, writeWhole, writeWholeAsync } from '../../src/storage/wholeFile';
import { tempDir } from '../builders/tempDir';

describe('writing a file whole or not at all', () => {
  it('puts the whole new content in place and leaves nothing else in the folder', () => {
    const dir = tempDir();
    const target = join(dir, 'plan.docx');
    writeFileSync(target, 'old');
    writeWhole(target, { purpose: 'exporting', write: bytes('new content') });
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['plan.docx']);
  });

  it('keeps the old file and removes its temporary when writing fails half-way', () => {
    const dir = tempDir();
    const target = join(dir, 'plan.docx');
    writeFileSync(target, 'old');
    const write = (temporary: string) => {
      writeFileSync(temporary, 'half');
      throw new Error('the stick was pulled');
    };
    expect(() => writeWhole(target, { purpose: 'exporting', write })).toThrow('the stick was pulled');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['plan.docx']);
  });

  it('keeps the old file when what was written does not read back as meant', () => {
    const dir = tempDir();
    const target = join(dir, 'kopie.paraat');
    writeFileSync(target, 'old');
    const verify = (temporary: string) => {
      if (readFileSync(temporary, 'utf8') !== 'expected') throw new Error('differs');
    };
    expect(() => writeWhole(target, { purpose: 'copying', write: bytes('garbled'), verify })).toThrow('differs');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['kopie.paraat']);
  });

  it('reports the failure the caller asks for, and never writes when the guard refuses', () => {
    const dir = tempDir();
    const target = join(dir, 'plan.paraat');
    const guard = () => {
      throw new Error('in use');
    };
    expect(() => writeWhole(target, { purpose: 'creating', guard, write: bytes('x') })).toThrow('in use');
    expect(readdirSync(dir)).toEqual([]);
    const failure = (error: unknown) => new Error(`translated: ${(error as Error).message}`);
    const write = () => {
      throw new Error('EROFS');
    };
    expect(() => writeWhole(target, { purpose: 'creating', write, failure })).toThrow('translated: EROFS');
  });

  it('builds a folder under a temporary name and removes all of it when a part fails', async () => {
    const dir = tempDir();
    const target = join(dir, 'Noodkit');
    const failing = writeWholeAsync(target, {
      purpose: 'kit',
      folder: true,
      write: async (temporary) => {
        mkdirSync(temporary);
        writeFileSync(join(temporary, 'plan.paraat'), 'a part');
        await Promise.resolve();
        throw new Error('cancelled');
      },
    });
    await expect(failing).rejects.toThrow('cancelled');
    expect(readdirSync(dir)).toEqual([]);
    await writeWholeAsync(target, {
      purpose: 'kit',
      folder: true,
      write: async (temporary) => {
        mkdirSync(temporary);
        writeFileSync(join(temporary, 'plan.paraat'), 'a part');
      },
    });
    expect(readdirSync(target)).toEqual(['plan.paraat']);
  });

  it('sweeps what a killed writer left behind, but not what a living one is writing', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const abandoned = join(dir, `.plan.docx.${dead}.0badc0de.exporting`);
    const underWay = join(dir, `.plan.docx.${process.ppid}.0badc0de.exporting`);
    writeFileSync(abandoned, 'half');
    writeFileSync(underWay, 'busy');
    writeWhole(join(dir, 'plan.docx'), { purpose: 'exporting', write: bytes('whole') });
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(underWay)).toBe(true);
  });
});
