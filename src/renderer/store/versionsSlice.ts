import type { StateCreator } from 'zustand';
import type { PayloadOf, ResultOf } from '../../ipc/contract';
import { invoke } from '../api';
import type { RootState } from './index';

export type VersionOverview = ResultOf<'versions.list'>;
export type ChangeRecord = ResultOf<'versions.record'>;

export interface VersionsSlice {
  versionOverview: VersionOverview | null;
  changeRecord: ChangeRecord;
  loadVersions: () => Promise<void>;
  issueVersion: (input: PayloadOf<'versions.issue'>) => Promise<boolean>;
}

export const createVersionsSlice: StateCreator<RootState, [], [], VersionsSlice> = (set, get) => ({
  versionOverview: null,
  changeRecord: [],
  loadVersions: async () => {
    try {
      // While edits wait for a pulled stick (flushSaves refuses), the step shows what the plan holds.
      await get()
        .flushSaves()
        .catch(() => undefined);
      const [versionOverview, changeRecord] = await Promise.all([invoke('versions.list'), invoke('versions.record')]);
      set({ versionOverview, changeRecord });
    } catch (error) {
      get().showProblem(error);
    }
  },
  issueVersion: async (input) => {
    try {
      const issued = await get().invokeWhileReachable('versions.issue', input);
      // Issuing stamps the organisation's version and approval: reload what the steps show.
      get().resetSections();
      await get().loadVersions();
      await get().refreshProgress();
      set({ notice: { kind: 'info', key: 'versions.issued', params: { number: issued.number } } });
      return true;
    } catch (error) {
      get().showProblem(error);
      return false;
    }
  },
});
