// vis-timeline options for this app, and the animation setting that honours reduced motion.
import type { TimelineOptions } from 'vis-timeline/esnext';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Narrowest and widest windows (ms of shown time). */
export const ZOOM_LIMITS = { min: DAY_MS, max: 30 * 365.25 * DAY_MS } as const;

export const TIMELINE_OPTIONS: TimelineOptions = {
  orientation: 'top',
  // Many events fall on the same days: stacking keeps each one readable.
  stack: true,
  zoomMin: ZOOM_LIMITS.min,
  zoomMax: ZOOM_LIMITS.max,
  // axis: room above the first row for the titles of episode bands.
  margin: { axis: 22, item: { horizontal: 4, vertical: 2 } },
  groupOrder: 'order',
  selectable: true,
  // data-id="<event id>" on each item: tests and tools can find an event's mark.
  dataAttributes: ['id'],
  multiselect: false,
  editable: false,
  showCurrentTime: false,
  // autoResize adds a full redraw about a second after load (VIS-TIMELINE-NOTES pitfall 5); the
  // controller redraws from a ResizeObserver instead, only when the size really changes.
  autoResize: false,
  // Plain wheel scrolls the page (and the lanes); Ctrl+wheel and trackpad pinch zoom.
  zoomKey: 'ctrlKey',
  verticalScroll: true,
  minHeight: 240,
  maxHeight: '70vh',
  showTooltips: true,
  tooltip: { followMouse: false, overflowMethod: 'flip', delay: 300 },
  // Keep the library's own filter on as a second line: our strings are already escaped.
  xss: { disabled: false },
};

/** Animation for programmatic moves: none when the user asks for reduced motion. */
export function getAnimation(): false | { duration: number; easingFunction: 'easeInOutQuad' } {
  const prefersReduced =
    typeof globalThis.matchMedia === 'function' &&
    globalThis.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return prefersReduced ? false : { duration: 300, easingFunction: 'easeInOutQuad' };
}

/** One zoom step: Zoom in shows 1/1.5 of the shown width, Zoom out 1.5 times it. */
export const ZOOM_STEP = 1.5;
