import { useEffect, useState } from 'react';
import { create } from 'zustand';
import type { PlanWarning } from '../../../domain/rules/warnings';
import { useStore } from '../../store';
import { useWarningSelection } from '../health/followWarning';
import { stepOfSection } from './useContinuity';

/** Where a warning is fixed: the item of a list and the field to focus. */
type Target = Pick<PlanWarning, 'section' | 'itemId' | 'field'>;

interface FieldFocusState {
  /** A field some step asked to open: the step that shows its section opens the item and focuses it. */
  request: Target | null;
  request_: (target: Target | null) => void;
}

const useFieldFocus = create<FieldFocusState>((set) => ({ request: null, request_: (request) => set({ request }) }));

/** Goes to the step that edits a warning's field, opens the item and puts the focus in the field. */
export function useFollowWarning() {
  const goToStep = useStore((s) => s.goToStep);
  const current = useStore((s) => s.step);
  const request = useFieldFocus((s) => s.request_);
  return (target: Target) => {
    const step = stepOfSection(target.section);
    if (step && step !== current) goToStep(step);
    request({ section: target.section, itemId: target.itemId, field: target.field });
  };
}

function focusField(elementId: string) {
  const element = document.getElementById(elementId);
  if (!element) return;
  const input = element.matches('input, select, textarea')
    ? element
    : element.querySelector<HTMLElement>('input, select, textarea');
  element.scrollIntoView({ block: 'center' });
  (input ?? element).focus();
}

/**
 * The selected item of one list editor, controlled so that a followed warning can open its item;
 * spread the result into `ListSectionEditor`.
 */
export function useFollowedSelection(section: string) {
  const request = useFieldFocus((s) => s.request);
  const clear = useFieldFocus((s) => s.request_);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  // A warning followed from the plan health overview opens its item the same way.
  const fromOverview = useWarningSelection([section]).selected[section];
  useEffect(() => {
    if (fromOverview) setSelectedId(fromOverview);
  }, [fromOverview]);
  useEffect(() => {
    if (!request || request.section !== section) return;
    setSelectedId(request.itemId);
    setPendingFocus(`${request.section}-${request.itemId}-${request.field}`);
    clear(null);
  }, [request, section, clear]);
  useEffect(() => {
    if (!pendingFocus) return;
    focusField(pendingFocus);
    setPendingFocus(null);
  }, [pendingFocus]);
  return { selectedId, onSelect: setSelectedId };
}
