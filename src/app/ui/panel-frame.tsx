// The frame every detail panel shares: a labelled region, its heading (focused when the panel opens,
// isolated for right-to-left titles), a Close button, and Escape to close from anywhere inside.
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { useRef } from 'react';
import { Button } from './button.tsx';
import { useFocusOnMount } from './use-focus-on-mount.ts';

export interface PanelFrameProps {
  /** The region's name: "Event details". */
  readonly label: string;
  /** The heading's text (dataset text, shown isolated). */
  readonly title: string;
  /** The Close button's accessible name: "Close event details". */
  readonly closeLabel: string;
  onClose(): void;
  /** Move focus to the heading when the panel mounts. Default true. */
  readonly autoFocus?: boolean;
  /** Lets the panel focus its heading again later (e.g. when the button just pressed disappears). */
  readonly headingRef?: RefObject<HTMLHeadingElement | null>;
  /** The feature's own class, e.g. "event-panel". */
  readonly className: string;
  readonly children: ReactNode;
}

export function PanelFrame(props: PanelFrameProps) {
  const { label, title, closeLabel, onClose, autoFocus = true, className, children } = props;
  const ownRef = useRef<HTMLHeadingElement>(null);
  const headingRef = props.headingRef ?? ownRef;
  useFocusOnMount(headingRef, autoFocus);

  function handleKeyDown(keyEvent: KeyboardEvent<HTMLElement>) {
    // A control inside that used Escape itself (a menu, a combobox) has called preventDefault.
    if (keyEvent.key !== 'Escape' || keyEvent.defaultPrevented) return;
    keyEvent.preventDefault();
    onClose();
  }

  return (
    <section className={`panel ${className}`} aria-label={label} onKeyDown={handleKeyDown}>
      <header className={`panel__header ${className}__header`}>
        <h2 ref={headingRef} tabIndex={-1} className={`panel__title ${className}__title`}>
          <bdi>{title}</bdi>
        </h2>
        <Button className={`panel__button ${className}__button`} aria-label={closeLabel} onClick={onClose}>
          Close
        </Button>
      </header>
      {children}
    </section>
  );
}
