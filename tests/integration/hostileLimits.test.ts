import BetterSqlite3 from 'better-sqlite3';
import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COST, ENCRYPTED_MAGIC, decryptBytes, encryptBytes } from '../../src/storage/encryptedFormat';
import { MAX_SNAPSHOT_BYTES } from '../../src/storage/versions';
import { handlerHarness } from '../builders/handlerHarness';
import { createPlan } from '../builders/planFiles';

const PASSPHRASE = 'lente in Beekzande 2026';

describe('limits a hostile file meets before it costs time or memory', () => {
  it('refuses an issued version that unpacks to more than a plan can hold, with a clear message', async () => {
    const harness = handlerHarness();
    const path = createPlan(harness.dir);
    const db = new BetterSqlite3(path);
    db.prepare("INSERT INTO versions VALUES ('9.0', '2026-01-01T00:00:00Z', '', '', '', 0, ?)").run(
      deflateSync(Buffer.alloc(MAX_SNAPSHOT_BYTES + 1024 * 1024, 0x20)),
    );
    db.close();
    await harness.ok('plan.open', { path });
    const refused = await harness.fails('too-large', 'versions.compare', { from: '9.0', to: 'current' });
    expect(refused.message).toMatch(/9\.0/);
    await harness.fails('too-large', 'versions.record');
  });

  it('refuses an encrypted copy asking for more key work than Paraat ever writes, before doing it', async () => {
    const sealed = await encryptBytes(Buffer.from('plan'), PASSPHRASE, { logN: 15, r: 8, p: 1 });
    for (const [offset, value] of [
      [20, DEFAULT_COST.logN + 3],
      [21, DEFAULT_COST.r * 2],
      [22, DEFAULT_COST.p + 3],
    ] as const) {
      const tampered = Buffer.from(sealed);
      tampered[offset] = value;
      await expect(decryptBytes(tampered, PASSPHRASE)).rejects.toMatchObject({ code: 'damaged' });
    }
  });

  it('refuses a 1.5 GiB file that starts like an encrypted copy without reading it', async () => {
    const harness = handlerHarness();
    const path = join(harness.dir, 'groot.paraatx');
    writeFileSync(path, ENCRYPTED_MAGIC);
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.from([0]), 0, 1, 1.5 * 1024 * 1024 * 1024);
    closeSync(fd);
    const before = statSync(path);
    await harness.fails('encrypted', 'plan.open', { path });
    const rssBefore = process.memoryUsage().rss;
    await harness.fails('too-large', 'plan.openEncrypted', { path, passphrase: PASSPHRASE });
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(512 * 1024 * 1024);
    expect(statSync(path)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs });
  });
});
