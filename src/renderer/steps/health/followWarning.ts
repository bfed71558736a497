import { useCallback, useEffect, useState } from 'react';
import type { HealthWarning } from '../../../domain/healthTypes';
import type { WarningPlace } from '../../../domain/rules/warnings';

/**
 * Following a warning from the health overview to another step: the target is kept here until the
 * step that shows its section picks it up (selecting the item and focusing the field).
 */
let pending: HealthWarning | null = null;

export function setPendingWarning(warning: HealthWarning): void {
  pending = warning;
}

function takePending(sections: readonly string[]): HealthWarning | null {
  if (!pending?.section || !sections.includes(pending.section)) return null;
  const taken = pending;
  pending = null;
  return taken;
}

/** The element id a form gives a field: `<section>-<item>-<field>` in a list, `<section>-<field>` in a singleton. */
export function fieldElementId(warning: Partial<WarningPlace>): string | null {
  if (!warning.section) return null;
  const parts = [warning.section, warning.itemId, warning.field].filter(Boolean);
  return parts.length > 1 ? parts.join('-') : null;
}

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
 * Which item each list of a step has open, and a way to follow a warning to its item. A warning
 * left by the health overview for one of `sections` is followed when the step opens.
 */
export function useWarningSelection(sections: readonly string[]) {
  const [selected, setSelected] = useState<Record<string, string | null>>({});
  const select = useCallback(
    (section: string, id: string | null) => setSelected((current) => ({ ...current, [section]: id })),
    [],
  );
  const follow = useCallback(
    (warning: Partial<WarningPlace>) => {
      if (warning.section && warning.itemId) select(warning.section, warning.itemId);
      const target = fieldElementId(warning);
      if (target) focusWhenShown(target);
    },
    [select],
  );
  useEffect(() => {
    const warning = takePending(sections);
    if (warning) follow(warning);
    // Only on opening the step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const propsFor = (section: string) => ({
    selectedId: selected[section] ?? null,
    onSelect: (id: string | null) => select(section, id),
  });
  return { follow, propsFor, selected, select };
}
