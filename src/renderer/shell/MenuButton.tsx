import { ChevronDown } from 'lucide-react';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';

const menuItems = (menu: HTMLElement | null) =>
  Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

/** Focuses the item at `index`, counted from the end when negative and wrapping around. */
function focusMenuItem(menu: HTMLElement | null, index: number) {
  const all = menuItems(menu);
  all[(index + all.length) % all.length]?.focus();
}

export interface MenuAction {
  key: string;
  label: string;
  disabled?: boolean;
  /** Set apart from the actions above it (closing the plan, say). */
  separated?: boolean;
  run: () => void;
}

/**
 * A button that opens a short list of actions, after the WAI-ARIA menu button pattern: Enter,
 * Space or the arrow keys open it, the arrows, Home, End and a first letter move through it,
 * Escape closes it and gives the focus back to the button, Tab or a click elsewhere closes it.
 */
export function MenuButton({
  label,
  actions,
  className,
}: {
  label: ReactNode;
  actions: readonly MenuAction[];
  className?: string;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<'first' | 'last'>('first');

  const items = () => menuItems(menu.current);
  const focusItem = (index: number) => focusMenuItem(menu.current, index);
  const openMenu = (focus: 'first' | 'last') => {
    pendingFocus.current = focus;
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    focusMenuItem(menu.current, pendingFocus.current === 'first' ? 0 : -1);
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const all = items();
    const current = all.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(current + 1),
      ArrowUp: () => focusItem(current - 1),
      Home: () => focusItem(0),
      End: () => focusItem(-1),
      Escape: () => close(true),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      event.stopPropagation();
      move();
    } else if (event.key === 'Tab') {
      setOpen(false);
    } else if (event.key.length === 1 && /\S/.test(event.key)) {
      const letter = event.key.toLocaleLowerCase();
      const after = [...all.slice(current + 1), ...all.slice(0, current + 1)];
      after.find((item) => item.textContent?.trim().toLocaleLowerCase().startsWith(letter))?.focus();
    }
  };

  const choose = (action: MenuAction) => {
    if (action.disabled) return;
    // The focus goes back to the button first, so a dialog the action opens returns it there too.
    close(true);
    action.run();
  };

  return (
    <div className={`menu-button ${className ?? ''}`}>
      <button
        ref={button}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close(false) : openMenu('first'))}
        onKeyDown={onButtonKey}
      >
        {label}
        <ChevronDown size={16} aria-hidden="true" className="menu-chevron" />
      </button>
      {open && (
        <ul
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          className="menu-list"
          onKeyDown={onMenuKey}
        >
          {actions.map((action) => (
            <li
              key={action.key}
              role="menuitem"
              tabIndex={-1}
              aria-disabled={action.disabled || undefined}
              className={action.separated ? 'menu-separated' : undefined}
              onClick={() => choose(action)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  choose(action);
                }
              }}
            >
              {action.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
