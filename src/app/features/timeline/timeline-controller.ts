// The only code that talks to vis-timeline: a thin imperative renderer around one Timeline and
// its two DataSets. React (timeline-view.tsx) creates it once, pushes props in, destroys it.
//
// Invariants:
// - Callbacks report what the USER did: onSelect for clicks on the timeline, onWindowChange for
//   drags, wheel/pinch zooms, the buttons and the keys. Changes pushed in from props are
//   applied silently, so parent → timeline → parent can never loop.
// - Data changes go through one batched update/remove per DataSet, with the window moved away
//   from the data meanwhile (VIS-TIMELINE-NOTES pitfall 1: adding items inside the visible
//   window costs one layout per item) and vis's redraw on each DataSet event held back; new data
//   is drawn in the same task (vis-redraws.ts), so it shows in the same frame as the rest of the
//   page's response to the change.
// - vis only ever holds the bounded feed of timeline-feed.ts for the visible range, recomputed
//   shortly after each range change once the events are too many to feed them all.
import type { IdType } from 'vis-timeline/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { moveShownRange, zoomShownRange } from './compressed-time.ts';
import type { FeedIndex } from './feed-index.ts';
import type { PendingFeed } from './feed-sync.ts';
import { FeedSync } from './feed-sync.ts';
import { getFitAllRange } from './fit-all-range.ts';
import { updateLanePanelAccess } from './lane-panel-access.ts';
import { observeWidth, trackWidth } from './observe-width.ts';
import type { QuietPeriod } from './quiet-periods.ts';
import { getBreakItems, toHiddenDates } from './quiet-period-items.ts';
import type { TimelineWindow } from './timeline-data.ts';
import type { TimelineFeed, TimeRange } from './timeline-feed.ts';
import { getBucketZoomRange, getTimelineFeed, isBucketId, isRangeIndependent } from './timeline-feed.ts';
import type { VisItemRow } from './vis-rows.ts';
import { getRowDays } from './vis-rows.ts';
import { getAnimation, TIMELINE_OPTIONS, ZOOM_LIMITS, ZOOM_STEP } from './timeline-options.ts';
import { isInWindow, isSameWindow, toDateRange, toTimelineWindow } from './timeline-window.ts';
import type { RedrawControl } from './vis-redraws.ts';
import { controlRedraws } from './vis-redraws.ts';

export interface TimelineInitialState {
  readonly index: FeedIndex;
  readonly window: TimelineWindow | null;
  readonly selectedId: string | null;
  /** Stretches to hide (compressed time); [] for true scale. */
  readonly quietPeriods: readonly QuietPeriod[];
}

export interface TimelineCallbacks {
  onSelect(eventId: string | null): void;
  onWindowChange(window: TimelineWindow): void;
}

const EMIT_DEBOUNCE_MS = 250;
const TARGET_EXPIRY_MS = 2000;
/** Range changes come in bursts (wheel zooms, animations): feed once they settle. */
const FEED_DEBOUNCE_MS = 120;
/** An empty stretch of time to park the window in while the data changes. */
const AWAY_START_MS = new Date(1000, 0, 1).getTime();

export class TimelineController {
  readonly #timeline: Timeline;
  readonly #sync: FeedSync;
  readonly #callbacks: { readonly current: TimelineCallbacks };
  readonly #stopObserving: () => void;
  readonly #redraws: RedrawControl;
  #ready = false;
  #destroyed = false;
  #window: TimelineWindow | null = null;
  #lastEmitted: TimelineWindow | null = null;
  #selectedId: string | null = null;
  #emitTimer: ReturnType<typeof setTimeout> | undefined;
  #feedTimer: ReturnType<typeof setTimeout> | undefined;
  #index: FeedIndex;
  #quiet: readonly QuietPeriod[];
  /** Where the running zoom or move animation ends: the next click steps on from there, so
   *  quick repeated clicks each count (vis would restart from the unfinished range). */
  #target: { readonly range: TimeRange; readonly until: number } | null = null;
  readonly #container: HTMLElement;
  /** The item area's width from its last layout: fitting after a filter, in the same task as
   *  React's commit, would otherwise lay the page out once more just to read it. */
  #itemAreaWidth: number | undefined;

  constructor(
    container: HTMLElement,
    initial: TimelineInitialState,
    callbacks: { readonly current: TimelineCallbacks },
  ) {
    this.#callbacks = callbacks;
    this.#window = initial.window;
    this.#selectedId = initial.selectedId;
    this.#index = initial.index;
    this.#quiet = initial.quietPeriods;
    this.#container = container;
    // Data goes in BEFORE the Timeline exists, so it draws and fits itself once (the fast path
    // in VIS-TIMELINE-NOTES); our window (fit-range.ts or the requested one) and the selection
    // follow that first draw.
    this.#sync = new FeedSync(this.#getFeed(this.#getRequestedRange()));
    this.#timeline = new Timeline(container, this.#sync.items, this.#sync.groups, {
      ...TIMELINE_OPTIONS,
      stack: this.#sync.stack,
      hiddenDates: toHiddenDates(this.#quiet),
      onInitialDrawComplete: () => this.#onFirstDraw(),
    });
    this.#redraws = controlRedraws(this.#timeline);
    this.#timeline.on('select', (props?: { items?: IdType[] }) => {
      // A click focuses the timeline, as a click on any focusable widget does (vis-timeline's
      // pointer handling stops the browser's own focus move): its keys work at once, and the
      // event panel opened by the click knows where to send focus back when it closes.
      if (!container.contains(document.activeElement)) container.focus({ preventScroll: true });
      const bucket = props?.items?.map(String).find(isBucketId);
      if (bucket !== undefined) return this.#zoomToBucket(bucket);
      const id = props?.items
        ?.map(String)
        .find((itemId) => this.#sync.items.get(itemId)?.type !== 'background');
      this.#selectedId = id ?? null;
      this.#callbacks.current.onSelect(this.#selectedId);
    });
    this.#timeline.on('rangechange', (props?: { byUser?: boolean }) => {
      if (props?.byUser) this.#target = null; // a drag or wheel zoom: steps go on from there
    });
    this.#timeline.on('rangechanged', (props?: { byUser?: boolean }) => {
      if (props?.byUser) this.#emitWindowSoon();
      this.#feedSoon();
    });
    // 'changed' follows every redraw: the lanes may have started or stopped overflowing.
    this.#timeline.on('changed', () => updateLanePanelAccess(container));
    const stopWidth = observeWidth(container, () => this.#timeline.redraw());
    const center = container.querySelector<HTMLElement>('.vis-panel.vis-center');
    const stopArea = center ? trackWidth(center, (width) => (this.#itemAreaWidth = width)) : () => {};
    this.#stopObserving = () => {
      stopWidth();
      stopArea();
    };
  }

  /** New events (a filter, another lane mode): fed for the range that will be shown. */
  setData(index: FeedIndex): void {
    this.#index = index;
    const showAll = this.#window === null;
    const range = this.#ready && !showAll ? this.#getVisibleRange() : this.#getRequestedRange();
    const pending = this.#sync.prepare(this.#getFeed(range));
    if (!pending) return;
    // Before the first draw, just change the data: the Timeline's initial fit covers it.
    if (!this.#ready) return this.#apply(pending);
    const saved = this.#getVisibleRange();
    this.#park();
    this.#apply(pending);
    if (showAll) this.#fitAll(false);
    else this.#timeline.setWindow(saved.start, saved.end, { animation: false });
    this.#applySelection(false);
    // A filter's new count and list are committed in this task: the timeline joins them in the
    // frame they show in, rather than in the next one.
    this.#redraws.flush();
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
    if (!this.#ready) return;
    // An event inside a bucket or far away is not fed yet: the feed always includes the selection.
    if (eventId !== null && this.#sync.items.get(eventId) === null) this.#feedNow(true);
    else this.#applySelection(true);
  }

  zoomIn(): void {
    this.#step(zoomShownRange(this.#getStepBase(), ZOOM_STEP, this.#quiet, ZOOM_LIMITS));
  }

  zoomOut(): void {
    this.#step(zoomShownRange(this.#getStepBase(), 1 / ZOOM_STEP, this.#quiet, ZOOM_LIMITS));
  }

  /** Pans by a fraction of the visible width: -0.25 moves a quarter to the past. */
  move(fraction: number): void {
    this.#step(moveShownRange(this.#getStepBase(), fraction, this.#quiet));
  }

  fit(): void {
    this.#target = null;
    this.#fitAll(true, () => this.#emitWindowSoon());
  }

  /** Hides these quiet periods ([] shows true scale), keeping the same events in view. */
  setQuietPeriods(periods: readonly QuietPeriod[]): void {
    if (periods === this.#quiet) return;
    this.#quiet = periods;
    this.#target = null;
    this.#timeline.setOptions({ hiddenDates: toHiddenDates(periods) });
    const pending = this.#sync.prepare(this.#getFeed(this.#getVisibleRange()));
    if (pending) this.#apply(pending);
    if (this.#ready) this.#applyWindow(false, true);
  }

  destroy(): void {
    this.#destroyed = true;
    clearTimeout(this.#emitTimer);
    clearTimeout(this.#feedTimer);
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
      this.#applyWindow(false);
      this.#applySelection(true);
    });
  }

  #applyWindow(animate: boolean, force = false): void {
    const options = { animation: animate ? getAnimation() : false };
    const requested = this.#window;
    this.#target = null;
    if (requested === null) {
      this.#fitAll(animate);
      return;
    }
    if (!force && isSameWindow(requested, toTimelineWindow(this.#timeline.getWindow()))) return;
    const { start, end } = toDateRange(requested);
    this.#timeline.setWindow(start, end, options);
  }

  #applySelection(reveal: boolean): void {
    const item = this.#selectedId === null ? null : this.#sync.items.get(this.#selectedId);
    const wanted = item ? [String(item.id)] : [];
    const current = this.#timeline.getSelection().map(String);
    if (current.length === wanted.length && current.every((id, i) => id === wanted[i])) return;
    this.#timeline.setSelection(wanted);
    if (!item || !reveal) return;
    // Centre the item only when it is not already in view: a shared window stays as shared.
    // Stored rows hold epoch ms (vis-rows.ts).
    const start = Number(item.start);
    const end = item.end === undefined ? start : Number(item.end);
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

  /** All events in view, their last titles inside the edge (fit-range.ts). vis's own fit is
   *  not used: it sees only the items it holds (a bounded feed) and ignores hidden time. */
  #fitAll(animate: boolean, done?: () => void): void {
    const options = { animation: animate ? getAnimation() : false };
    const fitted = this.#getFitRange();
    this.#timeline.setWindow(fitted.start, fitted.end, options, done);
  }

  #getFitRange(): TimeRange {
    return getFitAllRange(this.#index, this.#quiet, this.#container, this.#itemAreaWidth);
  }

  /** Zoom and move steps go on from the end of a running step, else from the window shown. */
  #getStepBase(): TimeRange {
    const target = this.#target;
    return target !== null && performance.now() < target.until ? target.range : this.#getVisibleRange();
  }

  #step(range: TimeRange): void {
    const animation = getAnimation();
    // The callback clears the target when the step ends. vis calls it only when the range
    // changed, so the target also expires; generously, as a loaded machine draws the last
    // frame of a 300 ms animation late (an early expiry lost a quick third click here).
    const until = performance.now() + (animation === false ? 0 : TARGET_EXPIRY_MS);
    this.#target = { range, until };
    this.#timeline.setWindow(range.start, range.end, { animation }, () => {
      this.#target = null;
      this.#emitWindowSoon();
    });
  }

  /** The feed for a range, with the break marks of hidden quiet periods. */
  #getFeed(range: TimeRange): TimelineFeed {
    const feed = getTimelineFeed(this.#index, range, this.#selectedId);
    if (this.#quiet.length === 0) return feed;
    return { ...feed, items: [...getBreakItems(this.#quiet), ...feed.items] };
  }

  /** The range that will be shown: fed for exactly that, a fit after a filter needs no second
   *  feed (one at the bare extent differed at the edges and fed again 120 ms later). */
  #getRequestedRange(): TimeRange {
    return this.#window !== null ? toDateRange(this.#window) : this.#getFitRange();
  }

  #getVisibleRange(): TimeRange {
    const { start, end } = this.#timeline.getWindow();
    return { start: start.getTime(), end: end.getTime() };
  }

  #feedSoon(): void {
    if (isRangeIndependent(this.#index)) return; // the feed is every event, whatever the range
    clearTimeout(this.#feedTimer);
    this.#feedTimer = setTimeout(() => this.#feedNow(), FEED_DEBOUNCE_MS);
  }

  /** Brings vis to the feed of the visible range, keeping that range exactly. */
  #feedNow(reveal = false): void {
    if (this.#destroyed) return;
    clearTimeout(this.#feedTimer);
    const range = this.#getVisibleRange();
    const pending = this.#sync.prepare(this.#getFeed(range));
    if (pending?.isLarge) this.#park();
    if (pending) this.#apply(pending);
    if (pending?.isLarge) this.#timeline.setWindow(range.start, range.end, { animation: false });
    this.#applySelection(reveal);
  }

  /** Moves the window onto empty time while the data changes (VIS-TIMELINE-NOTES pitfall 1:
   *  items added inside the visible window cost one layout each); the caller puts it back. */
  #park(): void {
    const { start, end } = this.#getVisibleRange();
    this.#timeline.setWindow(AWAY_START_MS, AWAY_START_MS + end - start, { animation: false });
  }

  #apply(pending: PendingFeed): void {
    this.#redraws.batch(() => this.#sync.apply(pending, (stack) => this.#timeline.setOptions({ stack })));
  }

  /** A click on a bucket zooms into its span; it never becomes the selection. */
  #zoomToBucket(bucketId: string): void {
    const bucket = this.#sync.items.get(bucketId);
    const selected = this.#selectedId !== null && this.#sync.items.get(this.#selectedId) !== null;
    this.#timeline.setSelection(selected ? [this.#selectedId as string] : []);
    if (bucket === null) return;
    const { start, end } = getBucketZoomRange(getRowDays(bucket as VisItemRow));
    this.#timeline.setWindow(start, end, { animation: getAnimation() }, () => this.#emitWindowSoon());
  }
}
