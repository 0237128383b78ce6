// A button that shows a non-modal panel beneath it (the disclosure pattern with a labelled group):
// opening moves focus to the panel's first control; Escape closes it and returns focus to the button;
// so does a click outside or Tab past the panel's last control.
import type { FocusEvent, KeyboardEvent, ReactNode } from 'react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Button } from './button.tsx';
import { useDismiss } from './use-dismiss.ts';
import './ui.css';

export interface PopoverProps {
  /** The button's content (text, a count badge). */
  readonly trigger: ReactNode;
  /** The panel's accessible name: "Event types". */
  readonly label: string;
  readonly className?: string;
  readonly children: ReactNode;
}

const FOCUSABLE = 'input, button, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

export function Popover({ trigger, label, className, children }: PopoverProps) {
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, rootRef, close);

  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [open]);

  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    buttonRef.current?.focus();
  };
  const handleBlur = (event: FocusEvent) => {
    if (open && event.relatedTarget && !rootRef.current?.contains(event.relatedTarget as Node))
      setOpen(false);
  };

  return (
    <div className={`popover ${className ?? ''}`} ref={rootRef} onKeyDown={handleKeyDown} onBlur={handleBlur}>
      <Button
        ref={buttonRef}
        className="popover__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {trigger}
        <span className="popover__caret" aria-hidden="true" />
      </Button>
      <div
        id={panelId}
        ref={panelRef}
        className="popover__panel"
        role="group"
        aria-label={label}
        hidden={!open}
      >
        {children}
      </div>
    </div>
  );
}
