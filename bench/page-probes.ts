// What the app benchmark installs in every page before the app's own scripts run, and the types of
// what it records. Times are performance.now() in the page: milliseconds since navigation start.
//
// Why in the page and not from Playwright: a round trip to Node adds 5–50 ms of noise per poll, and
// the frame in which something became visible is what a person sees.
import type { Page } from '@playwright/test';

export interface LongFrame {
  readonly start: number;
  readonly duration: number;
}

export interface Probes {
  /** Long animation frames (over 50 ms by the API's definition), in arrival order. */
  loafs: LongFrame[];
  /** Frame in which the first timeline item had a size and was visible. */
  firstItemAt: number | null;
  /** Frame in which the first event-list row had a size and was visible. */
  firstRowAt: number | null;
}

declare global {
  interface Window {
    __bench?: Probes;
  }
}

/** Checked every animation frame; only the first few items, so a page of hidden items stays cheap. */
export const ITEM_SELECTOR = '.vis-item';
export const ROW_SELECTOR = 'ol[aria-label="Events"] > li';

// Runs in the page (serialised by Playwright): everything it uses must be inside it.
function installProbes(selectors: { item: string; row: string }) {
  const probes: Probes = { loafs: [], firstItemAt: null, firstRowAt: null };
  window.__bench = probes;
  // `longtask` misses vis-timeline's work, which runs inside animation-frame callbacks
  // (VIS-TIMELINE-NOTES pitfall 2); long animation frames include it.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probes.loafs.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'long-animation-frame', buffered: true });
  const isShown = (selector: string) => {
    const found = document.querySelectorAll(selector);
    for (let i = 0; i < Math.min(found.length, 50); i++) {
      const el = found[i] as Element;
      const box = el.getBoundingClientRect();
      if ((box.width > 0 || box.height > 0) && el.checkVisibility({ visibilityProperty: true })) return true;
    }
    return false;
  };
  const tick = () => {
    const now = performance.now();
    if (probes.firstItemAt === null && isShown(selectors.item)) probes.firstItemAt = now;
    if (probes.firstRowAt === null && isShown(selectors.row)) probes.firstRowAt = now;
    if (probes.firstItemAt === null || probes.firstRowAt === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export async function addProbes(page: Page): Promise<void> {
  // tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(...)` calls; the
  // page has no such helper, so every function we send there would throw without this stub.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.addInitScript(installProbes, { item: ITEM_SELECTOR, row: ROW_SELECTOR });
}

/** Long frames that started within [from, to] (page time): how many over 50 ms, and the longest. */
export async function getLongFrames(page: Page, from: number, to: number) {
  const frames = await page.evaluate(() => window.__bench?.loafs ?? []);
  const inside = frames.filter((f) => f.start >= from && f.start <= to);
  return {
    count: inside.filter((f) => f.duration > 50).length,
    longest: inside.reduce((max, f) => Math.max(max, f.duration), 0),
  };
}
