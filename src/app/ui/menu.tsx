// A menu button (WAI-ARIA menu pattern): the button opens a list of actions and focuses the first;
// Up/Down (wrapping), Home and End move; Enter or Space runs one and closes; Escape closes; focus
// returns to the button either way. Tab closes the menu and moves on.
import type { KeyboardEvent, ReactNode } from 'react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Button } from './button.tsx';
import { useDismiss } from './use-dismiss.ts';
import './ui.css';

export interface MenuItem {
  readonly label: string;
  onSelect(): void;
  readonly disabled?: boolean;
}

export interface MenuProps {
  readonly trigger: ReactNode;
  /** The menu's accessible name. */
  readonly label: string;
  readonly items: readonly MenuItem[];
  readonly className?: string;
}

export function Menu({ trigger, label, items, className }: MenuProps) {
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, rootRef, close);

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  const openAt = (index: number) => {
    setActive((index + items.length) % items.length);
    setOpen(true);
  };
  const closeToButton = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const handleButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : -1);
    }
  };
  const handleMenuKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: -1 };
    if (event.key in moves) {
      event.preventDefault();
      setActive(((moves[event.key] as number) + items.length) % items.length);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeToButton();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className={`menu ${className ?? ''}`} ref={rootRef}>
      <Button
        ref={buttonRef}
        className="menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={handleButtonKey}
      >
        {trigger}
        <span className="popover__caret" aria-hidden="true" />
      </Button>
      <div
        id={menuId}
        role="menu"
        aria-label={label}
        className="menu__list"
        hidden={!open}
        onKeyDown={handleMenuKey}
      >
        {items.map((item, i) => (
          <button
            key={item.label}
            ref={(element) => {
              itemRefs.current[i] = element;
            }}
            type="button"
            role="menuitem"
            className="menu__item"
            tabIndex={i === active ? 0 : -1}
            aria-disabled={item.disabled || undefined}
            onClick={() => {
              if (item.disabled) return;
              closeToButton();
              item.onSelect();
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
    </div>
  );
}
