// Times one user action in the page, from the input event to the frame where its effect shows:
//   trigger   the `keydown` (Enter) or `click` event; its timeStamp is page time, like performance.now()
//   ui        the "N of M events" text changing, or the event-details heading showing a new title
//   timeline  the last frame in which vis-timeline's DOM changed, once it has been quiet for
//             `quietMs` and its number of `.vis-item` elements was the same for two frames.
// The quiet period must outlast the app's debounces (feed 120 ms, window report 250 ms, animations
// 300 ms) so that a second wave of updates is not mistaken for the end.
import type { Page } from '@playwright/test';
import { round, withTimeout } from './bounded.ts';

export type UiChange = 'count-text' | 'details-heading' | 'none';

export interface Change {
  /** Page time of the input event. */
  readonly triggerAt: number;
  /** Milliseconds from the input to the UI change (null when `ui` is 'none'). */
  readonly uiMs: number | null;
  /** Milliseconds from the input to the last timeline change (0 when the timeline did not change). */
  readonly timelineMs: number;
  /** Page time when the change was declared settled. */
  readonly settledAt: number;
}

interface WatchState {
  triggerAt: number | null;
  uiAt: number | null;
  lastChangeAt: number | null;
  settledAt: number | null;
}

declare global {
  interface Window {
    __benchWatch?: WatchState;
  }
}

// Runs in the page: self-contained.
function armWatch({ trigger, ui, quietMs }: { trigger: 'keydown' | 'click'; ui: UiChange; quietMs: number }) {
  const state: WatchState = { triggerAt: null, uiAt: null, lastChangeAt: null, settledAt: null };
  window.__benchWatch = state;
  const countText = () =>
    [...document.querySelectorAll('[role=status]')]
      .map((el) => el.textContent ?? '')
      .find((text) => /^[\d,]+ of [\d,]+ events?$/.test(text.trim())) ?? null;
  const headingText = () => {
    const heading = document.querySelector('section[aria-label="Event details"] h2');
    return heading && heading.checkVisibility() ? (heading.textContent ?? '') : null;
  };
  const read = ui === 'count-text' ? countText : ui === 'details-heading' ? headingText : () => null;
  const before = read();
  const onInput = (event: Event) => {
    if (state.triggerAt !== null || (event instanceof KeyboardEvent && event.key !== 'Enter')) return;
    state.triggerAt = event.timeStamp;
  };
  document.addEventListener(trigger, onInput, { capture: true });
  let dirty = false;
  const timeline = document.querySelector('.vis-timeline') ?? document.body;
  const observer = new MutationObserver(() => {
    if (state.triggerAt !== null) dirty = true;
  });
  observer.observe(timeline, { subtree: true, childList: true, attributes: true, characterData: true });
  const items = document.getElementsByClassName('vis-item');
  let lastCount = -1;
  let stableFrames = 0;
  const tick = () => {
    const now = performance.now();
    if (state.triggerAt !== null) {
      if (dirty) state.lastChangeAt = now;
      dirty = false;
      stableFrames = items.length === lastCount ? stableFrames + 1 : 0;
      lastCount = items.length;
      if (state.uiAt === null && ui !== 'none') {
        const text = read();
        if (text !== null && text !== before) state.uiAt = now;
      }
      const uiDone = ui === 'none' || state.uiAt !== null;
      const quiet = now - (state.lastChangeAt ?? state.triggerAt) >= quietMs;
      if (uiDone && quiet && stableFrames >= 2) {
        state.settledAt = now;
        observer.disconnect();
        document.removeEventListener(trigger, onInput, { capture: true });
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export interface ChangeOptions {
  readonly trigger: 'keydown' | 'click';
  readonly ui: UiChange;
  readonly timeoutMs: number;
  readonly quietMs?: number;
}

/** Arms the watch, runs `act` (which must cause the trigger event), waits until settled. */
export async function measureChange(page: Page, act: () => Promise<void>, options: ChangeOptions) {
  const { trigger, ui, timeoutMs, quietMs = 500 } = options;
  await withTimeout(page.evaluate(armWatch, { trigger, ui, quietMs }), timeoutMs, 'arming the watch');
  await act();
  await page.waitForFunction(() => window.__benchWatch?.settledAt != null, null, {
    timeout: timeoutMs,
    polling: 100,
  });
  const state = await withTimeout(
    page.evaluate(() => window.__benchWatch as WatchState),
    10_000,
    'reading the watch',
  );
  const triggerAt = state.triggerAt as number;
  const uiMs = state.uiAt === null ? null : round(state.uiAt - triggerAt);
  const timelineMs = state.lastChangeAt === null ? 0 : round(state.lastChangeAt - triggerAt);
  return { triggerAt, uiMs, timelineMs, settledAt: state.settledAt as number } satisfies Change;
}
