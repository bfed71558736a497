/**
 * Guarantee: two windows, one file. While a first process holds the plan, a second open is refused
 * with 'in-use'; once that process is killed (a crash), the next open succeeds, may write, and sees
 * the crashed holder's last edit: the lock never outlives its holder.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { isPlanError } from '../../src/domain/errors';
import { PlanDocument } from '../../src/storage/planDocument';
import { createPlanFile, openPlanFile } from '../../src/storage/planFile';
import { fillFromJson } from '../../src/storage/planJson';
import { bundled } from './bundle';
import { REPO, scratch } from './common';

export interface TakeoverFigures {
  crashes: number;
  refusedWhileHeld: number;
  takenOverAfterCrash: number;
  problems: string[];
}

function openError(path: string): string {
  try {
    openPlanFile(path).close();
    return 'opened';
  } catch (error) {
    return isPlanError(error) ? error.code : String(error);
  }
}

export async function takeoverHarness(options: { rounds: number; dir?: string }): Promise<TakeoverFigures> {
  const dir = options.dir ?? scratch('takeover');
  const path = join(dir, 'plan.paraat');
  createPlanFile(path, (db) =>
    fillFromJson(db, {
      format: 'paraat-plan',
      formatVersion: 1,
      language: 'nl',
      sections: { organisation: { name: 'Beekzande' } },
    }),
  ).close();
  const script = await bundled('holdChild');
  const figures: TakeoverFigures = { crashes: 0, refusedWhileHeld: 0, takenOverAfterCrash: 0, problems: [] };
  for (let round = 0; round < options.rounds; round++) {
    const sector = `Ronde ${round}`;
    const child = spawn(process.execPath, [script, path, sector], {
      cwd: REPO,
      env: { ...process.env, PARAAT_REPO: REPO },
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += String(chunk);
        if (out.includes('held\n')) resolve();
      });
      child.on('exit', () => reject(new Error('the holding child ended before it held the plan')));
    });
    const whileHeld = openError(path);
    if (whileHeld === 'in-use') figures.refusedWhileHeld++;
    else figures.problems.push(`round ${round}: second open while held gave ${whileHeld}`);
    child.kill('SIGKILL');
    await exited;
    figures.crashes++;
    try {
      const plan = new PlanDocument(openPlanFile(path));
      try {
        if (plan.file.readOnly) throw new Error('opened read-only');
        if (plan.singleton('organisation').get().sector !== sector)
          throw new Error('the crashed holder’s edit is missing');
        plan.singleton('organisation').update({ address: `Na ronde ${round}` });
        figures.takenOverAfterCrash++;
      } finally {
        plan.close();
      }
    } catch (error) {
      figures.problems.push(
        `round ${round}: ${isPlanError(error) ? error.code : error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return figures;
}
