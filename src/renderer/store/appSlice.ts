import type { StateCreator } from 'zustand';
import { invoke } from '../api';
import type { PayloadOf, PlanSummary, ResultOf } from '../../ipc/contract';
import type { Language } from '../../i18n/catalogues';
import { STEP_IDS } from '../../domain/steps';
import { type Problem, toProblem } from './errors';
import type { RootState } from './index';

export type RecentPlan = ResultOf<'recent.list'>[number];
export type Notice =
  | { kind: 'error'; problem: Problem }
  | { kind: 'info'; key: string; params?: Record<string, string> }
  /** An item just removed, with what it takes to put it back ("Ongedaan maken"). */
  | { kind: 'removed'; section: string; item: Record<string, unknown> & { id: string }; index: number; name: string };

export interface AppSlice {
  language: Language;
  plan: PlanSummary | null;
  recent: RecentPlan[];
  notice: Notice | null;
  busy: boolean;
  start: () => Promise<void>;
  setLanguage: (language: Language) => Promise<void>;
  createPlan: (input: PayloadOf<'plan.create'>) => Promise<void>;
  openPlan: (path?: string) => Promise<void>;
  openExample: () => Promise<void>;
  /**
   * Takes over a plan this window now has open. A plan the user just made or picked starts on the
   * first step; only a reload keeps the step in the address.
   */
  adoptPlan: (plan: PlanSummary) => Promise<void>;
  closePlan: () => Promise<void>;
  saveCopy: () => Promise<void>;
  forgetRecent: (path: string) => Promise<void>;
  dismissNotice: () => void;
  showProblem: (error: unknown) => void;
}

export const createAppSlice: StateCreator<RootState, [], [], AppSlice> = (set, get) => {
  /** Runs a plan action; a failure becomes a notice, never an unhandled rejection. */
  const attempt = async (work: () => Promise<void>) => {
    set({ busy: true });
    try {
      await work();
    } catch (error) {
      get().showProblem(error);
    } finally {
      set({ busy: false });
    }
  };
  const adopt = async (plan: PlanSummary | null, { fromFirstStep }: { fromFirstStep: boolean }) => {
    if (!plan) return;
    get().resetSections();
    set({ plan, notice: null, lockedPlan: null });
    if (fromFirstStep) get().goToStep(STEP_IDS[0]);
    await get().refreshProgress();
  };

  return {
    language: 'nl',
    plan: null,
    recent: [],
    notice: null,
    busy: false,
    start: async () => {
      const [settings, plan, recent] = await Promise.all([
        invoke('settings.get'),
        invoke('plan.current'),
        invoke('recent.list'),
      ]);
      set({ language: settings.language, recent });
      await adopt(plan, { fromFirstStep: false });
    },
    setLanguage: async (language) => {
      set({ language });
      await invoke('settings.setLanguage', { language });
    },
    createPlan: (input) =>
      attempt(async () => {
        await get().flushSaves();
        await adopt(await invoke('plan.create', input), { fromFirstStep: true });
      }),
    openPlan: (path) =>
      attempt(async () => {
        await get().flushSaves();
        await adopt(await invoke('plan.open', path ? { path } : {}), { fromFirstStep: true });
      }),
    openExample: () =>
      attempt(async () => {
        await get().flushSaves();
        await adopt(await invoke('plan.openExample', { language: get().language }), { fromFirstStep: true });
      }),
    adoptPlan: (plan) => adopt(plan, { fromFirstStep: true }),
    closePlan: () =>
      attempt(async () => {
        await get().flushSaves();
        await invoke('plan.close');
        // The step leaves the screen with its data, or it would ask the closed plan for it again.
        set({ plan: null });
        get().resetSections();
        set({ recent: await invoke('recent.list') });
      }),
    saveCopy: () =>
      attempt(async () => {
        await get().flushSaves();
        const copy = await invoke('plan.saveCopy');
        if (copy) set({ notice: { kind: 'info', key: 'common.copySaved', params: { path: copy.path } } });
      }),
    forgetRecent: (path) => attempt(async () => set({ recent: await invoke('recent.forget', { path }) })),
    dismissNotice: () => set({ notice: null }),
    showProblem: (error) => {
      const problem = toProblem(error);
      // An encrypted plan copy is no failure: the passphrase dialog takes over.
      if (problem.code === 'encrypted') get().askPassphraseFor(String(problem.params.path));
      else set({ notice: { kind: 'error', problem } });
    },
  };
};
