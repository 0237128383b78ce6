// Visible windows as whole ISO days (what the URL shares) ↔ the Date ranges vis-timeline uses.
import { fromIsoDay, toIsoDay } from './iso-day.ts';
import type { TimelineWindow } from './timeline-data.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A vis window rounded to days: {Jan 1 2017 09:13, Feb 1 2017 20:00} → 2017-01-01..2017-02-02. */
export function toTimelineWindow({
  start,
  end,
}: {
  readonly start: Date;
  readonly end: Date;
}): TimelineWindow {
  return { start: toIsoDay(start), end: toIsoDay(end) };
}

/** The range to show for a window; at least one day wide (zoomMin), whatever the URL says. */
export function toDateRange(window: TimelineWindow): { start: number; end: number } {
  const start = fromIsoDay(window.start).getTime();
  return { start, end: Math.max(fromIsoDay(window.end).getTime(), start + DAY_MS) };
}

export function isSameWindow(a: TimelineWindow | null, b: TimelineWindow | null): boolean {
  return a !== null && b !== null && a.start === b.start && a.end === b.end;
}

/** True when [start, end] (ms) lies inside the window. */
export function isInWindow(
  start: number,
  end: number,
  window: { readonly start: Date; readonly end: Date },
): boolean {
  return start >= window.start.getTime() && end <= window.end.getTime();
}
