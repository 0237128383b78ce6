import { useEffect, useRef, useState } from 'react';

/**
 * A ref for the element (a panel heading with tabIndex={-1}) that receives focus once, when the panel
 * mounts, so keyboard and screen-reader users land in the panel they just opened. Later changes to
 * `enabled` do nothing: focus moves on opening, not on every re-render.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  const [focusOnMount] = useState(enabled);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return ref;
}
