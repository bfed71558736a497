/**
 * Media trouble: the folder of an open plan disappears (a stick pulled out, a network share gone).
 * The next edit must fail with 'write-failed' (not 'internal'), and "save a copy" to a new place
 * must still work and hold every edit made before the folder went. A folder put back is found by
 * `plan.reattach`, and the refused edits, replayed as the window does, land in the plan.
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
  /** Rounds whose folder was moved away (and is put back); the others are removed outright. */
  foldersPutBack: number;
  reattached: number;
  editsReplayed: number;
  plansHoldingReplay: number;
  problems: string[];
}

export async function mediaHarness(options: { rounds: number; dir?: string }): Promise<MediaFigures> {
  const dir = options.dir ?? scratch('media');
  const figures: MediaFigures = {
    rounds: 0,
    editsAfterRemoval: 0,
    writeFailed: 0,
    internal: 0,
    copiesSaved: 0,
    copiesHoldingEdits: 0,
    foldersPutBack: 0,
    reattached: 0,
    editsReplayed: 0,
    plansHoldingReplay: 0,
    problems: [],
  };
  const app = headlessApp(join(dir, 'app'));
  for (let round = 0; round < options.rounds; round++) {
    const stick = join(dir, `stick-${round}`);
    mkdirSync(stick);
    const path = join(stick, 'plan.paraat');
    createPlanFile(path, (db) =>
      fillFromJson(db, {
        format: 'paraat-plan',
        formatVersion: 1,
        language: 'nl',
        sections: { organisation: { name: 'Lokaal bestuur Beekzande' } },
      }),
    ).close();
    await app.call('plan.open', { path });
    const sector = `Voor het uittrekken ${round}`;
    await app.call('section.update', { section: 'organisation', patch: { sector } });
    // Half the rounds the folder is moved away (still on disk, as a stick elsewhere), half removed outright.
    if (round % 2 === 0) renameSync(stick, `${stick}-elders`);
    else rmSync(stick, { recursive: true, force: true });
    figures.rounds++;
    const refused = [
      ['section.update', { section: 'organisation', patch: { address: 'Na het uittrekken' } }],
      ['items.add', { section: 'people', data: { name: 'Eline Vermeersch' } }],
    ] as const;
    for (const [channel, payload] of refused) {
      figures.editsAfterRemoval++;
      const answer = await app.call(channel, payload);
      if (!answer.ok && answer.error.code === 'write-failed') figures.writeFailed++;
      else if (!answer.ok && answer.error.code === 'internal') figures.internal++;
      if (answer.ok)
        figures.problems.push(
          `round ${round}: ${channel} reported saved with the folder gone (written to a detached file)`,
        );
      else if (answer.error.code !== 'write-failed')
        figures.problems.push(`round ${round}: ${channel} gave ${answer.error.code}: ${answer.error.message}`);
    }
    // The window asks at once, while the old handle can still be read; the folder is not back yet.
    const away = await app.call('plan.reattach');
    if (!away.ok || (away.value as { status: string }).status !== 'missing')
      figures.problems.push(`round ${round}: plan.reattach with the folder gone answered ${JSON.stringify(away)}`);
    const elsewhere = join(dir, `new-place-${round}`);
    mkdirSync(elsewhere);
    app.dialogs.answers.copyPath = join(elsewhere, 'plan.paraat');
    const copied = await app.call('plan.saveCopy');
    if (copied.ok && copied.value) {
      figures.copiesSaved++;
      const db = new BetterSqlite3(join(elsewhere, 'plan.paraat'), { readonly: true });
      const row = db.prepare("SELECT data FROM section_records WHERE section = 'organisation'").get() as
        { data: string } | undefined;
      db.close();
      if (row && JSON.parse(row.data).sector === sector) figures.copiesHoldingEdits++;
      else figures.problems.push(`round ${round}: the copy lacks the edit made before the folder went`);
    } else figures.problems.push(`round ${round}: save a copy failed: ${copied.ok ? 'cancelled' : copied.error.code}`);
    if (round % 2 === 0) {
      figures.foldersPutBack++;
      renameSync(`${stick}-elders`, stick);
      await replay(app, round, refused, figures);
    }
    await app.call('plan.close');
    if (round % 2 === 0 && holdsReplay(path, sector)) figures.plansHoldingReplay++;
    else if (round % 2 === 0)
      figures.problems.push(
        `round ${round}: the plan put back lacks an edit made before the folder went or replayed after`,
      );
  }
  app.closeAll();
  return figures;
}

type App = ReturnType<typeof headlessApp>;

/** As the window does once the file is back: `plan.reattach`, then the kept edits in order. */
async function replay(
  app: App,
  round: number,
  edits: readonly (readonly [string, unknown])[],
  figures: MediaFigures,
): Promise<void> {
  const back = await app.call('plan.reattach');
  if (!back.ok || (back.value as { status: string }).status !== 'reattached') {
    figures.problems.push(`round ${round}: plan.reattach with the folder back answered ${JSON.stringify(back)}`);
    return;
  }
  figures.reattached++;
  for (const [channel, payload] of edits) {
    const answer = await app.call(channel, payload);
    if (answer.ok) figures.editsReplayed++;
    else
      figures.problems.push(`round ${round}: replayed ${channel} gave ${answer.error.code}: ${answer.error.message}`);
  }
}

function holdsReplay(path: string, sector: string): boolean {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const organisation = db.prepare("SELECT data FROM section_records WHERE section = 'organisation'").get() as
      { data: string } | undefined;
    const people = db.prepare("SELECT data FROM items WHERE section = 'people'").all() as { data: string }[];
    const data = organisation ? JSON.parse(organisation.data) : {};
    return (
      data.sector === sector &&
      data.address === 'Na het uittrekken' &&
      people.some((row) => JSON.parse(row.data).name === 'Eline Vermeersch')
    );
  } finally {
    db.close();
  }
}
