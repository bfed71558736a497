import type { StateCreator } from 'zustand';
import type { Finding } from '../../domain/healthTypes';
import type { ResultOf } from '../../ipc/contract';
import { invoke } from '../api';
import type { RootState } from './index';
import type { StepProgress } from './wizardSlice';

export type PlanHealthResult = ResultOf<'plan.health'>;

/** Where a followed finding is fixed: the step, the section, the item of a list and the field. */
export type FocusRequest = Pick<Finding, 'step' | 'section' | 'itemId' | 'field'>;

export interface FindingsSlice {
  /** The plan's health as main computes it over every section; null until first asked. */
  health: PlanHealthResult | null;
  /** The progress marks the health was last asked for: a saved edit gives new marks. */
  healthAskedFor: StepProgress | null;
  refreshHealth: () => Promise<void>;
  /** A finding the coordinator followed: the form that shows its item opens it and takes the focus. */
  focusRequest: FocusRequest | null;
  followFinding: (target: FocusRequest) => void;
  /** The form that answers the request calls this, so the request is answered once. */
  takeFocusRequest: () => void;
}

export const createFindingsSlice: StateCreator<RootState, [], [], FindingsSlice> = (set, get) => ({
  health: null,
  healthAskedFor: null,
  refreshHealth: async () => {
    const { progress, healthAskedFor, plan } = get();
    // Every step's findings list asks; one question per saved edit is enough.
    if (!plan || progress === healthAskedFor) return;
    set({ healthAskedFor: progress });
    try {
      const health = await invoke('plan.health');
      if (get().healthAskedFor === progress) set({ health });
    } catch (error) {
      get().showProblem(error);
    }
  },
  focusRequest: null,
  followFinding: (target) => {
    set({ focusRequest: target });
    get().goToStep(target.step);
  },
  takeFocusRequest: () => set({ focusRequest: null }),
});
