import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Focuses `ref`'s element (a panel heading with tabIndex={-1}) once, when the component mounts, so
 * keyboard and screen-reader users land in the panel they just opened. Later changes to `enabled`
 * do nothing: focus moves on opening, not on every re-render.
 */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>, enabled: boolean): void {
  const [focusOnMount] = useState(enabled);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount, ref]);
}
