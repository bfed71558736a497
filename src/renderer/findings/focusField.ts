import { useEffect } from 'react';
import { useStore } from '../store';
import type { FocusRequest } from '../store/findingsSlice';

/** Scrolls to and focuses an element once it exists (forms render after their data loads). */
export function focusWhenShown(id: string, attempts = 20): void {
  const element = document.getElementById(id);
  if (element) {
    element.scrollIntoView({ block: 'center' });
    // A group of checkboxes (choices, references) has its id on the group: focus its first box.
    const input = element.matches('input, select, textarea, button')
      ? element
      : (element.querySelector<HTMLElement>('input, select, textarea') ?? element);
    input.focus();
  } else if (attempts > 0) {
    setTimeout(() => focusWhenShown(id, attempts - 1), 50);
  }
}

/**
 * Answers a followed finding on the screen that shows its section: `answer` returns true when it
 * took the request (it opened the item), and the field is then focused. A request for another step
 * or section is left for the screen that shows it.
 */
export function useFocusRequest(section: string, answer: (request: FocusRequest) => boolean): void {
  const request = useStore((s) => s.focusRequest);
  const step = useStore((s) => s.step);
  const take = useStore((s) => s.takeFocusRequest);
  useEffect(() => {
    if (!request || request.section !== section || request.step !== step) return;
    if (!answer(request)) return;
    take();
    const id = [request.section, request.itemId, request.field].filter(Boolean).join('-');
    if (request.field) focusWhenShown(id);
  });
}
