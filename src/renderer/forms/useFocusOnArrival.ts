import { type RefObject, useEffect } from 'react';

/**
 * Brings a just-added item's form into view with the focus in its first field, so the next thing
 * typed lands in the new item instead of the "add" button being pressed again.
 */
export function useFocusOnArrival(form: RefObject<HTMLElement | null>, arrived: boolean): void {
  useEffect(() => {
    const element = form.current;
    if (!arrived || !element) return;
    element.scrollIntoView({ block: 'start' });
    const first = element.querySelector<HTMLElement>(
      '.field input:not([type=hidden]):not(:disabled), .field select:not(:disabled), .field textarea:not(:disabled)',
    );
    first?.focus({ preventScroll: true });
  }, [form, arrived]);
}
