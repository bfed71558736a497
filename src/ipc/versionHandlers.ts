import { type PlanJson } from '../domain/planJson';
import { diffPlans, nextVersionNumber } from '../domain/versions';
import type { PlanDocument } from '../storage/planDocument';
import { toPlanJson } from '../storage/planJson';
import { changeRecordOf, changesSinceLastVersion, issueVersion, listVersions, readVersion } from '../storage/versions';
import type { PayloadOf, ResultOf } from './contract';

/** What the version handlers need from the shared handler module: the window's plan, read or edited. */
export interface PlanAccess<C> {
  read: <T>(context: C, work: (document: PlanDocument) => T) => T;
  edit: <T>(context: C, work: (document: PlanDocument) => T) => T;
}

const CURRENT = 'current';

function planAt(document: PlanDocument, version: string): PlanJson {
  return version === CURRENT ? toPlanJson(document) : readVersion(document, version);
}

export function versionHandlers<C>({ read, edit }: PlanAccess<C>) {
  return {
    'versions.list': (_payload: PayloadOf<'versions.list'>, context: C): ResultOf<'versions.list'> =>
      read(context, (document) => {
        const versions = listVersions(document);
        return {
          versions,
          suggestedNumber: nextVersionNumber(versions.map((v) => v.number)),
          changesSinceLast: changesSinceLastVersion(document),
        };
      }),
    'versions.issue': (input: PayloadOf<'versions.issue'>, context: C): ResultOf<'versions.issue'> =>
      edit(context, (document) => issueVersion(document, input)),
    'versions.compare': ({ from, to }: PayloadOf<'versions.compare'>, context: C): ResultOf<'versions.compare'> =>
      read(context, (document) => diffPlans(planAt(document, from), planAt(document, to))),
    'versions.record': (_payload: PayloadOf<'versions.record'>, context: C): ResultOf<'versions.record'> =>
      read(context, (document) => changeRecordOf(document)),
  };
}
