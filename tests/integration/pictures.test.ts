import BetterSqlite3 from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PICTURE_LIMITS } from '../../src/domain/pictures';
import { encodePng, exampleNetworkDiagram, pngFile, pngHeader } from '../../src/storage/exampleDiagram';
import { APPLICATION_ID } from '../../src/storage/fileFormat';
import { FORMAT_VERSION, MIGRATIONS } from '../../src/storage/migrations';
import { PlanDocument } from '../../src/storage/planDocument';
import { openEncryptedPlan } from '../../src/storage/encryptedCopy';
import { readVersion } from '../../src/storage/versions';
import { toPlanJson } from '../../src/storage/planJson';
import { planDocumentModel } from '../../src/export/exportPlan';
import { type Harness, handlerHarness } from '../builders/handlerHarness';
import { pragmaOf, sha256, withPlan } from '../builders/planFiles';

interface SectionDiffView {
  section: string;
  added: { title: string }[];
  removed: { title: string }[];
  changed: { title: string; fields: string[] }[];
}

interface PictureView {
  id: string;
  caption: string;
  mediaType: string;
  width: number;
  height: number;
  bytes: number;
  dataUrl: string;
}

async function newPlan(h: Harness, name = 'Gemeente Testdorp'): Promise<string> {
  const path = join(h.dir, `${name}.paraat`);
  h.dialogs.answers.newPlanPath = path;
  await h.ok('plan.create', { name, kind: 'municipality-netherlands', language: 'nl' });
  return path;
}

/** Writes `bytes` as a file the user could pick, under any name. */
function file(h: Harness, name: string, bytes: Uint8Array | string): string {
  const path = join(h.dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function addPicture(h: Harness, path: string, caption = ''): Promise<PictureView> {
  h.dialogs.answers.picturePath = path;
  return h.ok<PictureView>('pictures.add', { caption });
}

/** A PNG of random pixels: it does not compress, so its file is about width × height × 3 bytes. */
function noisePng(width: number, height: number): Uint8Array {
  return encodePng(width, height, new Uint8Array(randomBytes(width * height * 3)));
}

describe('pictures in the plan file', () => {
  it('are added through main’s dialog, shown as a checked data: URL and kept when the plan is reopened', async () => {
    const h = handlerHarness();
    const path = await newPlan(h);
    const diagram = exampleNetworkDiagram('nl');
    const added = await addPicture(h, file(h, 'netwerk.png', diagram), 'Netwerkschema, november 2026');
    expect(added).toMatchObject({ mediaType: 'image/png', width: 700, height: 392, bytes: diagram.length });
    expect(added.dataUrl).toBe(`data:image/png;base64,${Buffer.from(diagram).toString('base64')}`);

    await h.ok('plan.close');
    await h.ok('plan.open', { path });
    const listed = await h.ok<PictureView[]>('pictures.list');
    expect(listed).toEqual([added]);
    await h.ok('pictures.caption', { id: added.id, caption: 'Netwerk na de verhuis' });
    await h.ok('plan.close');
    withPlan(path, (plan) => {
      expect(plan.pictures.list().map((picture) => picture.caption)).toEqual(['Netwerk na de verhuis']);
      const changes = plan.db
        .prepare("SELECT action FROM changes WHERE section = 'pictures' ORDER BY seq")
        .pluck()
        .all();
      expect(changes).toEqual(['create', 'update']);
    });
  });

  it('can be put in another order, which the plan keeps and its Word and PDF follow', async () => {
    const h = handlerHarness();
    const path = await newPlan(h);
    const tiny = (name: string) => file(h, name, encodePng(2, 2, new Uint8Array(12)));
    const network = await addPicture(h, tiny('a.png'), 'Netwerk');
    const room = await addPicture(h, tiny('b.png'), 'Serverruimte');
    const cabling = await addPicture(h, tiny('c.png'), 'Bekabeling');
    await h.ok('versions.issue', { number: '1.0', comment: '', approvedBy: '', approvedOn: '' });
    expect(await h.ok('pictures.move', { id: cabling.id, toIndex: 0 })).toEqual([cabling.id, network.id, room.id]);
    expect(await h.ok('pictures.move', { id: network.id, toIndex: 99 })).toEqual([cabling.id, room.id, network.id]);
    const refused = (await h.call('pictures.move', { id: 'geen-afbeelding', toIndex: 0 })) as { ok: boolean };
    expect(refused.ok).toBe(false);
    const compared = await h.ok<SectionDiffView[]>('versions.compare', { from: '1.0', to: 'current' });
    expect(compared.find((d) => d.section === 'pictures')?.changed.map((c) => [c.title, c.fields])).toEqual([
      ['Bekabeling', ['position']],
      ['Netwerk', ['position']],
    ]);
    await h.ok('plan.close');
    withPlan(path, (plan) => {
      expect(plan.pictures.list().map((picture) => picture.caption)).toEqual(['Bekabeling', 'Serverruimte', 'Netwerk']);
      const figures = planDocumentModel(toPlanJson(plan), { language: 'nl', includePrivate: true })
        .chapters.flatMap((chapter) => chapter.blocks)
        .flatMap((block) => (block.kind === 'figure' ? [`${block.label}: ${block.caption}`] : []));
      expect(figures).toEqual(['Afbeelding 1: Bekabeling', 'Afbeelding 2: Serverruimte', 'Afbeelding 3: Netwerk']);
    });
  });

  it('are not touched when the dialog is cancelled, and can be removed', async () => {
    const h = handlerHarness();
    await newPlan(h);
    h.dialogs.answers.picturePath = null;
    expect(await h.ok('pictures.add', {})).toBeNull();
    const added = await addPicture(h, file(h, 'a.png', encodePng(2, 2, new Uint8Array(12))));
    await h.ok('pictures.remove', { id: added.id });
    expect(await h.ok('pictures.list')).toEqual([]);
  });

  it('refuse hostile files with the reason, and the plan keeps what it had', async () => {
    const h = handlerHarness();
    const path = await newPlan(h);
    const kept = await addPicture(h, file(h, 'goed.png', encodePng(4, 3, new Uint8Array(36))), 'Goed');
    const lying = pngFile([
      ['IHDR', pngHeader(4000, 4000)],
      ['IDAT', deflateSync(Buffer.alloc(100))],
      ['IEND', new Uint8Array(0)],
    ]);
    const bomb = pngFile([
      ['IHDR', pngHeader(60_000, 60_000)],
      ['IDAT', deflateSync(Buffer.alloc(1_000_000))],
      ['IEND', new Uint8Array(0)],
    ]);
    const cases: [string, Uint8Array | string, string][] = [
      ['schema.png', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'svg'],
      ['schema.svg', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'svg'],
      ['rapport.png', '%PDF-1.7 not a picture', 'not-an-image'],
      ['liegt.png', lying, 'damaged'],
      ['bom.png', bomb, 'too-many-pixels'],
      ['groot.png', Buffer.alloc(PICTURE_LIMITS.bytes + 1, 1), 'too-large'],
    ];
    const before = sha256(path);
    for (const [name, bytes, reason] of cases) {
      h.dialogs.answers.picturePath = file(h, name, bytes);
      const error = (await h.call('pictures.add', { caption: name })) as {
        ok: false;
        error: { code: string; params: Record<string, unknown> };
      };
      expect(error.ok, name).toBe(false);
      expect(error.error, name).toMatchObject({ code: 'picture-refused', params: { context: reason } });
    }
    expect(await h.ok('pictures.list')).toEqual([kept]);
    await h.ok('plan.close');
    expect(sha256(path)).toBe(before);
  });

  it('are held to a total for the whole plan, so the plan still fits on a stick and in a mail', async () => {
    const h = handlerHarness();
    await newPlan(h);
    // Each just under the limit for one picture; the fifth would pass the total.
    const count = Math.floor(PICTURE_LIMITS.totalBytes / (PICTURE_LIMITS.bytes - 200_000));
    for (let i = 0; i < count; i++) await addPicture(h, file(h, `groot-${i}.png`, noisePng(1000, 1680)));
    h.dialogs.answers.picturePath = file(h, 'een-te-veel.png', noisePng(1000, 1680));
    const refused = (await h.call('pictures.add', {})) as { ok: false; error: { params: Record<string, unknown> } };
    expect(refused.error.params).toMatchObject({ context: 'too-much', totalMegabytes: 20 });
    expect(await h.ok<PictureView[]>('pictures.list')).toHaveLength(count);
  });

  it('travel with the plan in a copy and an encrypted copy', async () => {
    const h = handlerHarness();
    await newPlan(h);
    const added = await addPicture(h, file(h, 'n.png', exampleNetworkDiagram('en')), 'Network');
    const copy = join(h.dir, 'kopie.paraat');
    h.dialogs.answers.copyPath = copy;
    await h.ok('plan.saveCopy');
    withPlan(copy, (plan) => expect(plan.pictures.list().map((picture) => picture.caption)).toEqual(['Network']));

    const sealed = join(h.dir, 'kopie.paraatx');
    h.dialogs.answers.copyPath = sealed;
    h.dialogs.answers.exportPath = sealed;
    await h.ok('plan.saveEncryptedCopy', { passphrase: 'lente in Beekzande 2026' });
    const opened = new PlanDocument(await openEncryptedPlan(sealed, 'lente in Beekzande 2026'));
    try {
      expect(opened.pictures.list().map(({ id, width }) => ({ id, width }))).toEqual([{ id: added.id, width: 700 }]);
    } finally {
      opened.close();
    }
  });

  it('come with the example plan: its network diagram', async () => {
    const h = handlerHarness();
    await h.ok('plan.openExample', { language: 'nl' });
    const [diagram, ...others] = await h.ok<PictureView[]>('pictures.list');
    expect(others).toEqual([]);
    expect(diagram).toMatchObject({ mediaType: 'image/png', caption: expect.stringContaining('Netwerkschema') });
  });
});

describe('a plan from before pictures', () => {
  it('is brought up to the format with pictures when opened, and takes one', async () => {
    const h = handlerHarness();
    const path = join(h.dir, 'format-2.paraat');
    const db = new BetterSqlite3(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const migration of MIGRATIONS.filter((step) => step.version <= 2)) migration.up(db);
    db.pragma('user_version = 2');
    db.prepare("INSERT INTO section_records (section, data, updated_at) VALUES ('organisation', ?, '2026-01-01')").run(
      JSON.stringify({ name: 'Oud plan', kind: 'company' }),
    );
    db.close();

    expect((await h.ok<{ name: string }>('plan.open', { path })).name).toBe('Oud plan');
    await addPicture(h, file(h, 'n.png', encodePng(2, 2, new Uint8Array(12))), 'Nieuw');
    await h.ok('plan.close');
    expect(pragmaOf(path, 'user_version')).toBe(FORMAT_VERSION);
    withPlan(path, (plan) => expect(plan.pictures.list()).toHaveLength(1));
  });
});

describe('pictures of an issued version', () => {
  const issue = (h: Harness, number: string) =>
    h.ok('versions.issue', { number, comment: '', approvedBy: 'Directeur', approvedOn: '2026-11-01' });

  it('are kept as they were: an older version compares with its own pictures after later changes', async () => {
    const h = handlerHarness();
    const path = await newPlan(h);
    const first = await addPicture(h, file(h, 'netwerk.png', exampleNetworkDiagram('nl')), 'Netwerk 2025');
    await issue(h, '1.0');
    await h.ok('pictures.caption', { id: first.id, caption: 'Netwerk 2026' });
    await addPicture(h, file(h, 'zaal.png', encodePng(3, 2, new Uint8Array(18))), 'Serverruimte');
    await issue(h, '1.1');
    await h.ok('pictures.remove', { id: first.id });
    await h.ok('plan.close');
    await h.ok('plan.open', { path });

    const pictureDiff = async (from: string, to: string) =>
      (await h.ok<SectionDiffView[]>('versions.compare', { from, to })).find((d) => d.section === 'pictures');
    expect(await pictureDiff('1.0', '1.1')).toEqual({
      section: 'pictures',
      added: [{ id: expect.any(String), title: 'Serverruimte' }],
      removed: [],
      changed: [{ id: first.id, title: 'Netwerk 2026', fields: ['caption'] }],
    });
    expect(await pictureDiff('1.1', 'current')).toMatchObject({ removed: [{ title: 'Netwerk 2026' }], added: [] });
    expect(await pictureDiff('1.0', '1.0')).toBeUndefined();
    const record = await h.ok<{ number: string; sectionsChanged: string[] }[]>('versions.record');
    expect(record.map((entry) => [entry.number, entry.sectionsChanged.includes('pictures')])).toEqual([
      ['1.1', true],
      ['1.0', true],
    ]);
    await h.ok('plan.close');
    withPlan(path, (plan) => {
      // The diagram both versions show is kept once, however many versions show it.
      expect(plan.db.prepare('SELECT count(*) FROM issued_picture_bytes').pluck().get()).toBe(2);
      expect(plan.db.prepare('SELECT count(*) FROM version_pictures').pluck().get()).toBe(3);
    });
  });

  it('leave out bytes that are no picture, as the plan’s own pictures do', async () => {
    const h = handlerHarness();
    const path = await newPlan(h);
    await addPicture(h, file(h, 'n.png', encodePng(2, 2, new Uint8Array(12))), 'Goed');
    await issue(h, '1.0');
    await h.ok('plan.close');
    const db = new BetterSqlite3(path);
    db.prepare('UPDATE issued_picture_bytes SET bytes = ?').run(Buffer.from('<svg onload="alert(1)"/>'));
    db.close();
    withPlan(path, (plan) => expect(readVersion(plan, '1.0').pictures).toBeUndefined());
  });
});

describe('a plan of format 3 with issued versions', () => {
  /** A format-3 plan: a version issued, then (or not) a picture changed after it. */
  function formatThreePlan(path: string, pictureChangedAfter: boolean): void {
    const db = new BetterSqlite3(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const migration of MIGRATIONS.filter((step) => step.version <= 3)) migration.up(db);
    db.pragma('user_version = 3');
    const diagram = Buffer.from(encodePng(2, 2, new Uint8Array(12)));
    db.prepare("INSERT INTO pictures VALUES ('p1', 0, 'Netwerk', ?, '2026-01-01', '2026-01-01')").run(diagram);
    db.prepare(
      "INSERT INTO changes (at, section, item_id, action) VALUES ('2026-01-01', 'pictures', 'p1', 'create')",
    ).run();
    const plan = { format: 'paraat-plan', formatVersion: 1, language: 'nl', sections: {} };
    db.prepare("INSERT INTO versions VALUES ('1.0', '2026-02-01', '', 'Directeur', '2026-02-01', 1, ?)").run(
      deflateSync(JSON.stringify(plan)),
    );
    if (pictureChangedAfter)
      db.prepare(
        "INSERT INTO changes (at, section, item_id, action, fields) VALUES ('2026-03-01', 'pictures', 'p1', 'update', '[\"caption\"]')",
      ).run();
    db.close();
  }

  it('opens, and a version issued with today’s pictures unchanged since keeps them', () => {
    const path = join(handlerHarness().dir, 'format-3.paraat');
    formatThreePlan(path, false);
    withPlan(path, (plan) => {
      expect(readVersion(plan, '1.0').pictures).toEqual([
        { id: 'p1', caption: 'Netwerk', data: Buffer.from(encodePng(2, 2, new Uint8Array(12))).toString('base64') },
      ]);
      expect(plan.pictures.list()).toHaveLength(1);
    });
    expect(pragmaOf(path, 'user_version')).toBe(FORMAT_VERSION);
  });

  it('opens, and a version whose pictures changed since keeps none rather than the wrong ones', () => {
    const path = join(handlerHarness().dir, 'format-3.paraat');
    formatThreePlan(path, true);
    withPlan(path, (plan) => expect(readVersion(plan, '1.0').pictures).toBeUndefined());
    expect(pragmaOf(path, 'user_version')).toBe(FORMAT_VERSION);
  });
});
