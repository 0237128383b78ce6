// The window "Fit all" shows: every event, with a margin, and wide enough on the right that
// the title beside the last points is not cut by the timeline's edge (a point's title is drawn
// to the right of its dot, so at the plain extent the last titles hang outside).
// Widths are measured in shown time (hidden quiet periods take none).
//
// A point at shown offset a from the left edge, with a title L px wide, ends at
// a / V × W + L px in a window V ms wide and W px across; it fits when V ≥ a × W / (W − L − EDGE).
import { fromShownTime, toShownTime } from './compressed-time.ts';
import type { QuietPeriod, TimeSpan } from './quiet-periods.ts';

/** Share of the events' shown width added on each side. */
const MARGIN_SHARE = 0.02;
/** Pixels kept free between the last title and the edge. */
const EDGE_PX = 8;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface LabelledPoint {
  /** Where the point is drawn (ms). */
  readonly at: number;
  /** Width of its dot and title together (px). */
  readonly widthPx: number;
}

export function getFitRange(
  extent: TimeSpan,
  periods: readonly QuietPeriod[],
  points: readonly LabelledPoint[],
  widthPx: number,
): TimeSpan {
  const first = toShownTime(extent.start, periods);
  const last = toShownTime(extent.end, periods);
  const margin = Math.max((last - first) * MARGIN_SHARE, DAY_MS / 2);
  const left = first - margin;
  let width = last + margin - left;
  for (const point of points) {
    const room = widthPx - point.widthPx - EDGE_PX;
    // A title wider than half the timeline (a phone) would squeeze every event into a sliver
    // to make room for it: it is left to run past the edge instead.
    if (room <= widthPx / 2) continue;
    width = Math.max(width, ((toShownTime(point.at, periods) - left) * widthPx) / room);
  }
  return { start: fromShownTime(left, periods), end: fromShownTime(left + width, periods) };
}
