import { accessSync, constants, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PlanError, isPlanError } from '../domain/errors';
import { savePlanCopy } from '../storage/copy';
import { openDatabase } from '../storage/database';
import { APPLICATION_ID, parseHeader } from '../storage/fileFormat';
import { PlanDocument } from '../storage/planDocument';
import { assertSchemaOnFirstPage } from '../storage/untrustedFile';
import { type PlanFile, openPlanFile } from '../storage/planFile';
import { type PlanFingerprint, birthOf, fingerprintOf, stateOf } from '../storage/planFingerprint';
import type { PayloadOf, PlanSummary, ReattachStatus, ResultOf } from './contract';

/** A window's open plan as the shared handler module keeps it; its document is swapped on reattach. */
interface WindowPlan {
  document: PlanDocument;
}

export interface MediaAccess<C> {
  current: (context: C) => WindowPlan;
  /** Makes `document` the window's plan (as opening a plan does), closing what it had. */
  adopt: (context: C, document: PlanDocument) => PlanSummary;
  /** The save dialog of "Save a copy", with the plan's own name suggested. */
  chooseCopyPath: (document: PlanDocument) => Promise<string | null>;
}

/** What the window last knew of its plan when the file went away. */
interface Detachment {
  expected: Partial<PlanFingerprint>;
}

type Verdict = Exclude<ReattachStatus, 'reattached'> | 'same';

function isWritable(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK);
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function isInPlace(document: PlanDocument): boolean {
  try {
    document.file.assertInPlace?.();
    return true;
  } catch {
    return false;
  }
}

function compare(found: PlanFingerprint, expected: Partial<PlanFingerprint>): Verdict {
  if (expected.state !== undefined && found.state === expected.state) return 'same';
  if (expected.birth === undefined || found.birth !== expected.birth) return 'different-plan';
  // The same plan, but what it holds now differs from what this window saw: edited elsewhere.
  return expected.state === undefined ? 'same' : 'changed-elsewhere';
}

/**
 * Looks at what is at the plan's place now by reading its bytes into memory: nothing is opened,
 * locked, migrated or rolled back in a file that may be another plan.
 */
function lookAt(path: string, expected: Partial<PlanFingerprint>): Verdict {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM' ? 'read-only' : 'missing';
  }
  const header = parseHeader(bytes.subarray(0, 100));
  if (!header.isSqlite || header.applicationId !== APPLICATION_ID) return 'different-plan';
  let found: PlanFingerprint;
  try {
    // Only a schema as Paraat makes it is read: a view or trigger of some other file never runs.
    assertSchemaOnFirstPage(bytes, header.userVersion, path);
    const db = openDatabase(bytes);
    try {
      found = fingerprintOf(db);
    } finally {
      db.close();
    }
  } catch {
    return 'different-plan';
  }
  return compare(found, expected);
}

/** Stands in for a plan whose file went away: what it held, in memory, readable and never written. */
function detachedStandIn(bytes: Buffer, path: string): PlanFile {
  const db = openDatabase(bytes);
  return {
    db,
    path,
    readOnly: null,
    assertInPlace: () => {
      throw new PlanError('write-failed', `The plan file is no longer at ${path}`, {
        path,
        detail: 'the plan file is gone from its folder',
      });
    },
    close: () => db.close(),
  };
}

function closeQuietly(document: PlanDocument): void {
  try {
    document.close();
  } catch {
    // A handle on a vanished medium may fail to close; it is let go either way.
  }
}

const OPEN_REFUSALS: Partial<Record<string, Verdict>> = {
  'in-use': 'in-use',
  'not-found': 'missing',
  'read-only': 'read-only',
  'write-failed': 'missing',
};

/**
 * Media trouble: the plan's file went away while it was open (a USB stick pulled out, its folder
 * moved, a share gone) or its medium became read-only. The renderer keeps the unsaved edits and
 * asks, every few seconds, whether the plan can be reached again; these handlers answer that and
 * the alternative, saving the plan to another place.
 */
export function mediaHandlers<C>(access: MediaAccess<C>) {
  const births = new WeakMap<WindowPlan, string>();
  const detached = new WeakMap<WindowPlan, Detachment>();
  const standIns = new WeakSet<PlanDocument>();

  /**
   * Takes what the plan held out of the old handle while it can still be read (moved folders and a
   * stick's pages in SQLite's cache usually can), and lets the vanished file go.
   */
  const detach = (plan: WindowPlan): Detachment => {
    const old = plan.document;
    const birth = births.get(plan);
    const expected: Partial<PlanFingerprint> = birth === undefined ? {} : { birth };
    let bytes: Buffer | null;
    try {
      bytes = old.db.serialize();
    } catch {
      bytes = null;
    }
    if (bytes) {
      const standIn = new PlanDocument(detachedStandIn(bytes, old.file.path));
      standIns.add(standIn);
      Object.assign(expected, fingerprintOf(standIn.db));
      plan.document = standIn;
      closeQuietly(old);
    } else {
      try {
        expected.state = stateOf(old.db);
      } catch {
        // Unreadable: the plan is known by its birth alone (recorded when it was opened).
      }
    }
    const detachment = { expected };
    detached.set(plan, detachment);
    return detachment;
  };

  const reopen = (plan: WindowPlan, expected: Partial<PlanFingerprint>): ReattachStatus => {
    const path = plan.document.file.path;
    let file: PlanFile;
    try {
      file = openPlanFile(path);
    } catch (error) {
      if (!isPlanError(error) || error.code !== 'in-use' || standIns.has(plan.document)) throw error;
      // The unreadable old handle still holds the lock on a file that came back under it.
      closeQuietly(plan.document);
      file = openPlanFile(path);
    }
    const verdict = file.readOnly ? 'read-only' : compare(fingerprintOf(file.db), expected);
    if (verdict !== 'same') {
      file.close();
      return verdict;
    }
    closeQuietly(plan.document);
    plan.document = new PlanDocument(file);
    births.set(plan, birthOf(file.db));
    detached.delete(plan);
    return 'reattached';
  };

  const reattach = (plan: WindowPlan): ReattachStatus => {
    const document = plan.document;
    if (document.file.readOnly) return 'read-only';
    const detachment =
      detached.get(plan) ?? (isInPlace(document) && isWritable(document.file.path) ? null : detach(plan));
    // The file never went: the failure passed (a busy disk); the renderer simply saves again.
    if (!detachment) return 'reattached';
    const path = plan.document.file.path;
    const verdict = lookAt(path, detachment.expected);
    if (verdict !== 'same') return verdict;
    if (!isWritable(path)) return 'read-only';
    try {
      return reopen(plan, detachment.expected);
    } catch (error) {
      const refusal = isPlanError(error) ? OPEN_REFUSALS[error.code] : undefined;
      if (refusal && refusal !== 'same') return refusal;
      if (isPlanError(error)) return 'different-plan';
      throw error;
    }
  };

  const handlers = {
    /** Back to the plan's file at its place, if it is there, writable and still the same plan. */
    'plan.reattach': (_payload: PayloadOf<'plan.reattach'>, context: C): ResultOf<'plan.reattach'> => ({
      status: reattach(access.current(context)),
    }),
    /** A verified copy of what the plan holds at a new place the user picks; the window then works there. */
    'plan.saveElsewhere': async (
      _payload: PayloadOf<'plan.saveElsewhere'>,
      context: C,
    ): Promise<ResultOf<'plan.saveElsewhere'>> => {
      const plan = access.current(context);
      if (!detached.has(plan) && !isInPlace(plan.document)) detach(plan);
      const source = plan.document;
      try {
        stateOf(source.db);
      } catch {
        return { status: 'unreadable' };
      }
      const target = await access.chooseCopyPath(source);
      if (!target) return { status: 'cancelled' };
      savePlanCopy(source.db, source.file.path, target);
      const summary = access.adopt(context, new PlanDocument(openPlanFile(target)));
      return { status: 'saved', plan: summary };
    },
  };

  return {
    handlers,
    /** Notes who a plan is when it is opened, while its file can certainly be read. */
    opened(plan: WindowPlan): void {
      try {
        births.set(plan, birthOf(plan.document.db));
      } catch {
        // A plan that cannot be read is refused elsewhere; without a birth it is never reattached.
      }
    },
  };
}
