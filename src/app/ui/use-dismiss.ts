import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * While `open`, calls `onDismiss` on a pointer press outside `rootRef` (menus and popovers close
 * when people click elsewhere). Escape is handled by each control's own key handler.
 */
export function useDismiss(open: boolean, rootRef: RefObject<HTMLElement | null>, onDismiss: () => void) {
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) onDismiss();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, rootRef, onDismiss]);
}
