/**
 * Media trouble: the folder of an open plan disappears (a stick pulled out, a network share gone).
 * The next edit must fail with 'write-failed' (not 'internal'), and "save a copy" to a new place
 * must still work and hold every edit made before the folder went.
 */
import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createPlanFile } from '../../src/storage/planFile';
import { fillFromJson } from '../../src/storage/planJson';
import { headlessApp, scratch } from './common';

export interface MediaFigures {
  rounds: number;
  editsAfterRemoval: number;
  writeFailed: number;
  internal: number;
  copiesSaved: number;
  copiesHoldingEdits: number;
  problems: string[];
}

export async function mediaHarness(options: { rounds: number; dir?: string }): Promise<MediaFigures> {
  const dir = options.dir ?? scratch('media');
  const figures: MediaFigures = { rounds: 0, editsAfterRemoval: 0, writeFailed: 0, internal: 0, copiesSaved: 0, copiesHoldingEdits: 0, problems: [] };
  const app = headlessApp(join(dir, 'app'));
  for (let round = 0; round < options.rounds; round++) {
    const stick = join(dir, `stick-${round}`);
    mkdirSync(stick);
    const path = join(stick, 'plan.paraat');
    createPlanFile(path, (db) => fillFromJson(db, { format: 'paraat-plan', formatVersion: 1, language: 'nl', sections: { organisation: { name: 'Lokaal bestuur Beekzande' } } })).close();
    await app.call('plan.open', { path });
    const sector = `Voor het uittrekken ${round}`;
    await app.call('section.update', { section: 'organisation', patch: { sector } });
    // Half the rounds the folder is moved away (still on disk, as a stick elsewhere), half removed outright.
    if (round % 2 === 0) renameSync(stick, `${stick}-elders`);
    else rmSync(stick, { recursive: true, force: true });
    figures.rounds++;
    for (const [channel, payload] of [
      ['section.update', { section: 'organisation', patch: { address: 'Na het uittrekken' } }],
      ['items.add', { section: 'people', data: { name: 'Eline Vermeersch' } }],
    ] as const) {
      figures.editsAfterRemoval++;
      const answer = await app.call(channel, payload);
      if (!answer.ok && answer.error.code === 'write-failed') figures.writeFailed++;
      else if (!answer.ok && answer.error.code === 'internal') figures.internal++;
      if (answer.ok) figures.problems.push(`round ${round}: ${channel} reported saved with the folder gone (written to a detached file)`);
      else if (answer.error.code !== 'write-failed') figures.problems.push(`round ${round}: ${channel} gave ${answer.error.code}: ${answer.error.message}`);
    }
    const elsewhere = join(dir, `new-place-${round}`);
    mkdirSync(elsewhere);
    app.dialogs.answers.copyPath = join(elsewhere, 'plan.paraat');
    const copied = await app.call('plan.saveCopy');
    if (copied.ok && copied.value) {
      figures.copiesSaved++;
      const db = new BetterSqlite3(join(elsewhere, 'plan.paraat'), { readonly: true });
      const row = db.prepare("SELECT data FROM section_records WHERE section = 'organisation'").get() as { data: string } | undefined;
      db.close();
      if (row && JSON.parse(row.data).sector === sector) figures.copiesHoldingEdits++;
      else figures.problems.push(`round ${round}: the copy lacks the edit made before the folder went`);
    } else figures.problems.push(`round ${round}: save a copy failed: ${copied.ok ? 'cancelled' : copied.error.code}`);
    await app.call('plan.close');
  }
  app.closeAll();
  return figures;
}
