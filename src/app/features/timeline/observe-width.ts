// Width watchers. observeWidth calls `onChange` when the element's width changes: a cheap replacement for vis-timeline's
// autoResize, which redraws everything about a second after load (VIS-TIMELINE-NOTES pitfall 5).
// The first observation (the size at mount) is not a change. Returns a disposer.
export function observeWidth(element: HTMLElement, onChange: () => void): () => void {
  if (typeof ResizeObserver !== 'function') return () => {};
  let lastWidth = element.clientWidth;
  const observer = new ResizeObserver(() => {
    if (element.clientWidth === lastWidth) return;
    lastWidth = element.clientWidth;
    onChange();
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/** Calls `onWidth` with the element's width at every observation, the first included. Read in
 *  the observer's callback, where layout is fresh: a width wanted later costs no layout then. */
export function trackWidth(element: HTMLElement, onWidth: (width: number) => void): () => void {
  if (typeof ResizeObserver !== 'function') return () => {};
  const observer = new ResizeObserver(() => onWidth(element.clientWidth));
  observer.observe(element);
  return () => observer.disconnect();
}
