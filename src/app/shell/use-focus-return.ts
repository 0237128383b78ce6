// Focus follows the panel stack. When a panel opens, the element that had focus (a list row, the
// timeline, an actor link, "Read in article") is remembered; when that panel closes and focus was
// lost with it, focus goes back there. Panels beneath stay mounted (hidden), so an opener inside
// one is still there. When the opener is gone, hidden, or the panel beneath now shows something
// else, focus goes to the top panel's heading, or with no panel left to the fallback (the list).
import { useLayoutEffect, useRef } from 'react';

export interface PanelLayer {
  /** Which kind of panel: one of each at most, bottom to top. */
  readonly kind: string;
  /** What it shows, e.g. "event:2017-01-15-…"; a new key on the same kind is not a new panel. */
  readonly key: string;
}

interface Opener {
  readonly element: HTMLElement | null;
  /** Key of the layer beneath when this one opened. */
  readonly beneath: string | null;
}

export function useFocusReturn(
  layers: readonly PanelLayer[],
  getTopHeading: () => HTMLElement | null,
  getFallback: () => HTMLElement | null,
) {
  const openers = useRef(new Map<string, Opener>());
  const previous = useRef<readonly PanelLayer[]>([]);

  // A layout effect: it runs before the new panel's own effect moves focus to its heading, so
  // document.activeElement is still the opener.
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = layers;
    const isOpen = (kind: string) => layers.some((layer) => layer.kind === kind);
    const wasOpen = (kind: string) => before.some((layer) => layer.kind === kind);
    layers.forEach((layer, i) => {
      if (wasOpen(layer.kind)) return;
      const active = document.activeElement;
      openers.current.set(layer.kind, {
        element: active instanceof HTMLElement && active !== document.body ? active : null,
        beneath: layers[i - 1]?.key ?? null,
      });
    });
    const closed = before.filter((layer) => !isOpen(layer.kind));
    if (closed.length === 0) return;
    // The lowest closed layer's opener is the one outside everything that closed.
    const opener = openers.current.get(closed[0]!.kind);
    for (const layer of closed) openers.current.delete(layer.kind);
    if (!isFocusLost()) return; // focus is somewhere the person chose: leave it there
    const beneath = layers.at(-1)?.key ?? null;
    const target =
      opener && opener.beneath === beneath && isUsable(opener.element)
        ? opener.element
        : layers.length > 0
          ? getTopHeading()
          : getFallback();
    target?.focus();
  });
}

function isFocusLost() {
  const active = document.activeElement;
  return active === null || active === document.body;
}

function isUsable(element: HTMLElement | null): element is HTMLElement {
  if (!element?.isConnected || element.closest('[hidden]') !== null) return false;
  return !(element instanceof HTMLButtonElement && element.disabled);
}
