// DOM measurements the virtual list needs: its viewport height and the root font size (rows are
// sized in rem so they grow with the reader's font settings), plus print mode.
import { useEffect, useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import { flushSync } from 'react-dom';

/** The element's inner height, kept current with a ResizeObserver; `fallback` where layout is absent (jsdom). */
export function useElementHeight(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [height, setHeight] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setHeight(element.clientHeight > 0 ? element.clientHeight : fallback);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return height;
}

/** Pixels in one rem at mount time (16 when the style cannot be read). */
export function useRemInPixels(): number {
  const [pixels] = useState(() => {
    const size = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    return Number.isFinite(size) && size > 0 ? size : 16;
  });
  return pixels;
}

/**
 * True while the page is being printed. The browser prints right after `beforeprint` returns, so
 * the state change is flushed synchronously there; the `print` media query covers browsers that
 * switch to print layout without that event.
 */
export function usePrintMode(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(false);
    const query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onQueryChange = (event: MediaQueryListEvent) => (event.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    query?.addEventListener('change', onQueryChange);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      query?.removeEventListener('change', onQueryChange);
    };
  }, []);
  return printing;
}
