import { copyFileSync, mkdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../src/domain/errors';
import { inspectPlanFile } from '../../src/storage/inspect';
import { FORMAT_VERSION } from '../../src/storage/migrations';
import { openPlanFile } from '../../src/storage/planFile';
import {
  createPlan,
  foreignDatabase,
  noise,
  overwriteBytes,
  setHeaderUserVersion,
  sha256,
} from '../builders/planFiles';
import { otherFiles, tempDir } from '../builders/tempDir';

const PAGE_SIZE = 4096;

/** Tries to open; returns the refusal. Fails the test if the file opened. */
function refusal(path: string): PlanError {
  try {
    openPlanFile(path).close();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    return error as PlanError;
  }
  return expect.fail(`${path} opened`);
}

/** Opening is refused with one of `codes`, and the file is byte for byte what it was, with nothing beside it. */
function expectRefusedUntouched(path: string, codes: string[]): PlanError {
  const dir = join(path, '..');
  const before = sha256(path);
  const besideBefore = otherFiles(dir);
  const error = refusal(path);
  expect(codes).toContain(error.code);
  expect(sha256(path)).toBe(before);
  expect(otherFiles(dir)).toEqual(besideBefore);
  return error;
}

/** A plan with enough content to span several pages. */
function planWithContent(dir: string): string {
  return createPlan(dir, {
    organisation: {
      name: 'Gemeente Testdorp',
      purpose: 'Doel '.repeat(2000),
      scope: 'Scope '.repeat(2000),
      staffCount: 40,
    },
  });
}

describe('a plan written by a newer version of Paraat', () => {
  it('is refused, and left exactly as it was', () => {
    const path = createPlan(tempDir());
    setHeaderUserVersion(path, FORMAT_VERSION + 1);
    const error = expectRefusedUntouched(path, ['newer-version']);
    expect(error.params).toMatchObject({ fileVersion: FORMAT_VERSION + 1, supportedVersion: FORMAT_VERSION });
  });

  it('is refused however far ahead it is', () => {
    const path = createPlan(tempDir());
    setHeaderUserVersion(path, 2 ** 31 - 1);
    expectRefusedUntouched(path, ['newer-version']);
  });

  it('is not even opened for inspection beyond telling its version', () => {
    const path = createPlan(tempDir());
    setHeaderUserVersion(path, FORMAT_VERSION + 1);
    const before = sha256(path);
    expect(() => inspectPlanFile(path)).toThrow(expect.objectContaining({ code: 'newer-version' }));
    expect(sha256(path)).toBe(before);
  });
});

describe('a file that is not a plan', () => {
  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['random bytes', noise(8192)],
    ['a text file', Buffer.from('Dit is geen plan.\nAlleen wat tekst.\n'.repeat(50), 'utf8')],
    ['a file that only starts like SQLite', Buffer.from('SQLite format 3\u0000')],
    ['a PDF', Buffer.concat([Buffer.from('%PDF-1.7\n'), noise(2000)])],
  ])('is refused as not a plan: %s', (_what, content) => {
    const path = join(tempDir(), 'plan.paraat');
    writeFileSync(path, content);
    expectRefusedUntouched(path, ['not-a-plan']);
  });

  it('is refused as not a plan when it is a folder', () => {
    const path = join(tempDir(), 'map.paraat');
    mkdirSync(path);
    expect(refusal(path).code).toBe('not-a-plan');
  });

  it('is reported as not found when nothing is there', () => {
    expect(refusal(join(tempDir(), 'weg.paraat')).code).toBe('not-found');
  });

  it('is refused as another application’s database when it is a SQLite file without the Paraat id', () => {
    const path = foreignDatabase(join(tempDir(), 'boekhouding.paraat'));
    expectRefusedUntouched(path, ['foreign-database']);
  });

  it('is refused as another application’s database when it carries a different application id', () => {
    const path = createPlan(tempDir());
    overwriteBytes(path, 68, Buffer.from([0x0f, 0x05, 0x51, 0x18])); // Fossil's application id
    expectRefusedUntouched(path, ['foreign-database']);
  });
});

describe('a damaged plan', () => {
  it.each([
    ['inside the header', () => 60],
    ['right after the header', () => 100],
    ['after the first page', () => PAGE_SIZE],
    ['at half of the file', (size: number) => Math.floor(size / 2)],
    ['half way into a page', (size: number) => Math.floor(size / PAGE_SIZE / 2) * PAGE_SIZE + PAGE_SIZE / 2],
    ['one page short', (size: number) => size - PAGE_SIZE],
  ])('cut off %s is refused and left as it was', (_where, cutAt) => {
    const path = planWithContent(tempDir());
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(4 * PAGE_SIZE);
    truncateSync(path, cutAt(size));
    expectRefusedUntouched(path, ['damaged', 'not-a-plan']);
  });

  it.each([
    ['the second page', () => 1],
    ['a middle page', (pages: number) => Math.floor(pages / 2)],
    ['the last page', (pages: number) => pages - 1],
  ])('with random bytes over %s is refused and left as it was', (_which, pageIndex) => {
    const path = planWithContent(tempDir());
    const pages = statSync(path).size / PAGE_SIZE;
    overwriteBytes(path, pageIndex(pages) * PAGE_SIZE, noise(PAGE_SIZE, pageIndex(pages)));
    expectRefusedUntouched(path, ['damaged', 'not-a-plan']);
  });

  it('with the schema page scrambled (the header intact) is refused and left as it was', () => {
    const path = planWithContent(tempDir());
    overwriteBytes(path, 100, noise(PAGE_SIZE - 100));
    expectRefusedUntouched(path, ['damaged', 'not-a-plan']);
  });

  it('is refused even when a healthy copy of it is open next to it', () => {
    const dir = tempDir();
    const healthy = planWithContent(dir);
    const broken = join(dir, 'kapot.paraat');
    copyFileSync(healthy, broken);
    truncateSync(broken, PAGE_SIZE * 2);
    const open = openPlanFile(healthy);
    try {
      expect(refusal(broken).code).toBe('damaged');
    } finally {
      open.close();
    }
  });
});
