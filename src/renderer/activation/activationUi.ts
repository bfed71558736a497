import { create } from 'zustand';

const BY_KEY = 'paraat.activation.by';

function storedName(): string {
  try {
    return localStorage.getItem(BY_KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * What the action view keeps outside the plan: whether the coordinator stepped out to consult the
 * plan, and the name written with every tick (remembered on this computer, not in the plan).
 */
interface ActivationUi {
  consulting: boolean;
  by: string;
  setConsulting: (consulting: boolean) => void;
  setBy: (by: string) => void;
}

export const useActivationUi = create<ActivationUi>()((set) => ({
  consulting: false,
  by: storedName(),
  setConsulting: (consulting) => set({ consulting }),
  setBy: (by) => {
    try {
      localStorage.setItem(BY_KEY, by);
    } catch {
      // A private window without storage: the name then lasts for this session only.
    }
    set({ by });
  },
}));
