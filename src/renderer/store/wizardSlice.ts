import type { StateCreator } from 'zustand';
import { STEP_IDS, type StepId, isStepId } from '../../domain/steps';
import type { ResultOf } from '../../ipc/contract';
import { invoke } from '../api';
import type { RootState } from './index';

export type StepProgress = ResultOf<'plan.progress'>;

export interface WizardSlice {
  step: StepId;
  progress: StepProgress;
  goToStep: (step: StepId) => void;
  goRelative: (offset: 1 | -1) => void;
  refreshProgress: () => Promise<void>;
}

/** The wizard's route lives in the URL hash (#/services), so reload and back/forward work. */
export function stepFromHash(hash: string): StepId {
  const candidate = hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return isStepId(candidate) ? candidate : 'organisation';
}

export const createWizardSlice: StateCreator<RootState, [], [], WizardSlice> = (set, get) => ({
  step: stepFromHash(typeof location === 'undefined' ? '' : location.hash),
  progress: [],
  goToStep: (step) => {
    if (location.hash !== `#/${step}`) location.hash = `#/${step}`;
    set({ step });
  },
  goRelative: (offset) => {
    const index = STEP_IDS.indexOf(get().step) + offset;
    const target = STEP_IDS[Math.max(0, Math.min(STEP_IDS.length - 1, index))];
    if (target) get().goToStep(target);
  },
  refreshProgress: async () => {
    if (!get().plan) return;
    set({ progress: await invoke('plan.progress') });
  },
});
