// Work that can wait until the page is idle after the first view (warming an index, loading a
// chunk), with a timer where the browser has no requestIdleCallback (Safari).

/**
 * Runs `run` when the browser is first idle, at the latest after `timeoutMs`; without
 * requestIdleCallback, after `fallbackMs`. Returns a cancel function, for an effect's clean-up.
 */
export function whenIdle(run: () => void, timeoutMs: number, fallbackMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, fallbackMs);
  return () => clearTimeout(handle);
}
