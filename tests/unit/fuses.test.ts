import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUSES, configuredFuses, fuseMismatches, readFuseWires } from '../../scripts/security/fuses';
import { tempDir } from '../builders/tempDir';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** A stand-in for Electron's binary: some bytes, the sentinel, wire version 1, the wire, more bytes. */
function binaryWith(states: Record<string, boolean>, copies = 1): Buffer {
  const wire = FUSES.map((name) => (name in states ? (states[name] ? '1' : '0') : '0')).join('');
  const part = Buffer.concat([
    Buffer.from('\x7fELF...code...'),
    Buffer.from(SENTINEL),
    Buffer.from([1, FUSES.length]),
    Buffer.from(wire),
    Buffer.from('...more code'),
  ]);
  return Buffer.concat(Array.from({ length: copies }, () => part));
}

describe('the fuses of a packaged Paraat', () => {
  it('are the ones electron-builder is told to set: no run-as-node, no NODE_OPTIONS, no inspect flags, asar integrity', () => {
    expect(configuredFuses()).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('pass for a binary flipped as configured, in both halves of a universal binary', () => {
    expect(fuseMismatches(binaryWith(configuredFuses()))).toEqual([]);
    expect(readFuseWires(binaryWith(configuredFuses(), 2))).toHaveLength(2);
    expect(fuseMismatches(binaryWith(configuredFuses(), 2))).toEqual([]);
  });

  it('fail for a binary that still runs as Node or was never flipped, naming each fuse', () => {
    expect(fuseMismatches(binaryWith({ ...configuredFuses(), runAsNode: true }))).toEqual([
      'runAsNode: on, should be off',
    ]);
    const unflipped = binaryWith({
      runAsNode: true,
      enableCookieEncryption: false,
      enableNodeOptionsEnvironmentVariable: true,
      enableNodeCliInspectArguments: true,
    });
    expect(fuseMismatches(unflipped)).toHaveLength(Object.keys(configuredFuses()).length);
  });

  it('refuse a file without a fuse wire', () => {
    expect(() => readFuseWires(Buffer.from('#!/bin/sh\necho not electron\n'))).toThrow(/No fuse wire/);
  });

  it('are checked from the command line with exit code 1 on a mismatch', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good'), binaryWith(configuredFuses()));
    writeFileSync(join(dir, 'bad'), binaryWith({ ...configuredFuses(), enableNodeCliInspectArguments: true }));
    const run = (file: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/security/fuses.ts', join(dir, file)], {
        encoding: 'utf8',
      });
    expect(run('good').status).toBe(0);
    const bad = run('bad');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('enableNodeCliInspectArguments: on, should be off');
  });
});
