import type { EventKind } from '../../domain/sections/activation';
import { useStore } from '../store';
import { useActivationUi } from './activationUi';

export interface TickData {
  kind: EventKind;
  target?: string;
  person?: string;
  outcome?: string;
  text: string;
}

/** Writes one event to the activation's log at once (one `items.add`, one transaction), with the time and who ticked. */
export function useTick(activationId: string) {
  const addItem = useStore((s) => s.addItem);
  const by = useActivationUi((s) => s.by);
  return (data: TickData) =>
    addItem('activationEvents', { activation: activationId, at: new Date().toISOString(), by: by.trim(), ...data });
}
