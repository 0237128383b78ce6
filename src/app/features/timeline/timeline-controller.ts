// The only code that talks to vis-timeline: a thin imperative renderer around one Timeline and
// its two DataSets. React (timeline-view.tsx) creates it once, pushes props in, destroys it.
//
// Invariants:
// - Callbacks report what the USER did: onSelect for clicks on the timeline, onWindowChange for
//   drags, wheel/pinch zooms, the buttons and the keys. Changes pushed in from props are
//   applied silently, so parent → timeline → parent can never loop.
// - Data changes go through one batched update/remove per DataSet, with the window moved away
//   from the data meanwhile (VIS-TIMELINE-NOTES pitfall 1: adding items inside the visible
//   window costs one layout per item).
import { DataSet } from 'vis-data/esnext';
import type { DataGroup, DataItem, IdType } from 'vis-timeline/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { applyDataChanges, getDataChanges } from './apply-data-changes.ts';
import { fromIsoDay } from './iso-day.ts';
import { updateLanePanelAccess } from './lane-panel-access.ts';
import { observeWidth } from './observe-width.ts';
import type { TimelineData, TimelineWindow } from './timeline-data.ts';
import { getAnimation, TIMELINE_OPTIONS } from './timeline-options.ts';
import { isInWindow, isSameWindow, toDateRange, toTimelineWindow } from './timeline-window.ts';

export interface TimelineInitialState extends TimelineData {
  readonly window: TimelineWindow | null;
  readonly selectedId: string | null;
}

export interface TimelineCallbacks {
  onSelect(eventId: string | null): void;
  onWindowChange(window: TimelineWindow): void;
}

const EMIT_DEBOUNCE_MS = 250;
/** An empty stretch of time to park the window in while the data changes. */
const AWAY_START_MS = new Date(1000, 0, 1).getTime();

export class TimelineController {
  readonly #timeline: Timeline;
  readonly #items = new DataSet<DataItem>();
  readonly #groups = new DataSet<DataGroup>();
  readonly #callbacks: { readonly current: TimelineCallbacks };
  readonly #stopObserving: () => void;
  #ready = false;
  #destroyed = false;
  #window: TimelineWindow | null = null;
  #lastEmitted: TimelineWindow | null = null;
  #selectedId: string | null = null;
  #emitTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    container: HTMLElement,
    initial: TimelineInitialState,
    callbacks: { readonly current: TimelineCallbacks },
  ) {
    this.#callbacks = callbacks;
    this.#window = initial.window;
    this.#selectedId = initial.selectedId;
    // Data goes in BEFORE the Timeline exists, so it draws and fits itself once (the fast path
    // in VIS-TIMELINE-NOTES); the requested window and selection wait for that first draw.
    this.#groups.add([...initial.groups]);
    this.#items.add([...initial.items]);
    this.#timeline = new Timeline(container, this.#items, this.#groups, {
      ...TIMELINE_OPTIONS,
      onInitialDrawComplete: () => this.#onFirstDraw(),
    });
    this.#timeline.on('select', (props?: { items?: IdType[] }) => {
      // A click focuses the timeline, as a click on any focusable widget does (vis-timeline's
      // pointer handling stops the browser's own focus move): its keys work at once, and the
      // event panel opened by the click knows where to send focus back when it closes.
      if (!container.contains(document.activeElement)) container.focus({ preventScroll: true });
      const id = props?.items?.map(String).find((itemId) => this.#items.get(itemId)?.type !== 'background');
      this.#selectedId = id ?? null;
      this.#callbacks.current.onSelect(this.#selectedId);
    });
    this.#timeline.on('rangechanged', (props?: { byUser?: boolean }) => {
      if (props?.byUser) this.#emitWindowSoon();
    });
    // 'changed' follows every redraw: the lanes may have started or stopped overflowing.
    this.#timeline.on('changed', () => updateLanePanelAccess(container));
    this.#stopObserving = observeWidth(container, () => this.#timeline.redraw());
  }

  setData(data: TimelineData): void {
    const changes = getDataChanges(this.#items, this.#groups, data);
    if (!changes) return;
    // Before the first draw, just change the data: the Timeline's initial fit covers it.
    if (!this.#ready) {
      applyDataChanges(this.#items, this.#groups, changes);
      return;
    }
    // Park the window on empty time meanwhile (VIS-TIMELINE-NOTES pitfall 1).
    const saved = this.#timeline.getWindow();
    const width = saved.end.getTime() - saved.start.getTime();
    this.#timeline.setWindow(AWAY_START_MS, AWAY_START_MS + width, { animation: false });
    applyDataChanges(this.#items, this.#groups, changes);
    if (this.#window === null) this.#timeline.fit({ animation: false });
    else this.#timeline.setWindow(saved.start, saved.end, { animation: false });
    this.#applySelection(false);
  }

  /** The window to show; null shows everything. The echo of our own last report is not
   *  re-applied, so a pan the user made meanwhile is not undone. */
  setWindow(window: TimelineWindow | null): void {
    const isEcho = isSameWindow(window, this.#lastEmitted);
    this.#lastEmitted = null;
    this.#window = window;
    if (this.#ready && !isEcho) this.#applyWindow(true);
  }

  /** Selects an event from outside and brings it into view if it is off-screen. */
  select(eventId: string | null): void {
    this.#selectedId = eventId;
    if (this.#ready) this.#applySelection(true);
  }

  zoomIn(): void {
    this.#timeline.zoomIn(0.5, { animation: getAnimation() }, () => this.#emitWindowSoon());
  }

  zoomOut(): void {
    this.#timeline.zoomOut(0.5, { animation: getAnimation() }, () => this.#emitWindowSoon());
  }

  /** Pans by a fraction of the visible width: -0.25 moves a quarter to the past. */
  move(fraction: number): void {
    const { start, end } = this.#timeline.getWindow();
    const shift = (end.getTime() - start.getTime()) * fraction;
    const options = { animation: getAnimation() };
    this.#timeline.setWindow(start.getTime() + shift, end.getTime() + shift, options, () =>
      this.#emitWindowSoon(),
    );
  }

  fit(): void {
    // Timeline.fit takes a completion callback at runtime; the bundled typings omit it.
    const fit = this.#timeline.fit.bind(this.#timeline) as (options: object, done: () => void) => void;
    fit({ animation: getAnimation() }, () => this.#emitWindowSoon());
  }

  destroy(): void {
    this.#destroyed = true;
    clearTimeout(this.#emitTimer);
    this.#stopObserving();
    this.#timeline.destroy();
  }

  #onFirstDraw(): void {
    if (this.#destroyed) return; // vis calls this from a timer that destroy() does not cancel
    this.#ready = true;
    // vis fits itself during its first draw but, with autoResize off, does not draw the fitted
    // range until something else redraws (cf. VIS-TIMELINE-NOTES pitfall 3). Moving to the
    // requested window in the same frame left items of the fitted view stuck at the left edge
    // (seen in Chromium), so the window and selection follow one frame later.
    this.#timeline.redraw();
    requestAnimationFrame(() => {
      if (this.#destroyed) return;
      if (this.#window) this.#applyWindow(false);
      this.#applySelection(true);
    });
  }

  #applyWindow(animate: boolean): void {
    const options = { animation: animate ? getAnimation() : false };
    const requested = this.#window;
    if (requested === null) {
      this.#timeline.fit(options);
      return;
    }
    if (isSameWindow(requested, toTimelineWindow(this.#timeline.getWindow()))) return;
    const { start, end } = toDateRange(requested);
    this.#timeline.setWindow(start, end, options);
  }

  #applySelection(reveal: boolean): void {
    const item = this.#selectedId === null ? null : this.#items.get(this.#selectedId);
    const wanted = item ? [String(item.id)] : [];
    const current = this.#timeline.getSelection().map(String);
    if (current.length === wanted.length && current.every((id, i) => id === wanted[i])) return;
    this.#timeline.setSelection(wanted);
    if (!item || !reveal) return;
    // Centre the item only when it is not already in view: a shared window stays as shared.
    const start = fromIsoDay(String(item.start)).getTime();
    const end = item.end === undefined ? start : fromIsoDay(String(item.end)).getTime();
    if (isInWindow(start, end, this.#timeline.getWindow())) return;
    // focus() also scrolls the lanes vertically to the item; zoom: false keeps the zoom level.
    this.#timeline.focus(String(item.id), { zoom: false, animation: getAnimation() });
  }

  #emitWindowSoon(): void {
    clearTimeout(this.#emitTimer);
    this.#emitTimer = setTimeout(() => {
      const window = toTimelineWindow(this.#timeline.getWindow());
      this.#lastEmitted = window;
      this.#callbacks.current.onWindowChange(window);
    }, EMIT_DEBOUNCE_MS);
  }
}
