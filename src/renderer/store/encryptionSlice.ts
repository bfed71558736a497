import type { StateCreator } from 'zustand';
import { invoke } from '../api';
import type { RootState } from './index';

export interface EncryptionSlice {
  /** An encrypted plan copy the user chose to open, waiting for its passphrase. */
  lockedPlan: string | null;
  askPassphraseFor: (path: string) => void;
  /** Opens the waiting copy read-only; a wrong passphrase rejects, for the dialog to say so. */
  unlockPlan: (passphrase: string) => Promise<void>;
  cancelUnlock: () => void;
}

export const createEncryptionSlice: StateCreator<RootState, [], [], EncryptionSlice> = (set, get) => ({
  lockedPlan: null,
  askPassphraseFor: (path) => set({ lockedPlan: path, notice: null }),
  unlockPlan: async (passphrase) => {
    const path = get().lockedPlan;
    if (!path) return;
    const plan = await invoke('plan.openEncrypted', { path, passphrase });
    await get().adoptPlan(plan);
  },
  cancelUnlock: () => set({ lockedPlan: null }),
});
