// Arithmetic on the time the screen shows once quiet periods are hidden. vis-timeline draws
// hidden periods at zero width, so zooming, panning and fitting must measure widths in shown
// time, not calendar time: otherwise a zoom step over a gap of four years would barely move.
//
//   toShownTime(t)   = t less every hidden millisecond before t (one coordinate, no gaps)
//   fromShownTime(s) = the calendar time drawn at s; a time at a gap maps to the gap's end
//                      (the first calendar time drawn after it), so a window never starts in
//                      hidden time.
import type { QuietPeriod, TimeSpan } from './quiet-periods.ts';

export function toShownTime(t: number, periods: readonly QuietPeriod[]): number {
  let shown = t;
  for (const { hidden } of periods) {
    if (t <= hidden.start) break;
    shown -= Math.min(t, hidden.end) - hidden.start;
  }
  return shown;
}

export function fromShownTime(shown: number, periods: readonly QuietPeriod[]): number {
  let t = shown;
  for (const { hidden } of periods) {
    if (t < hidden.start) break;
    t += hidden.end - hidden.start;
  }
  return t;
}

/** The window `range` zoomed by `factor` around its middle (2 halves the shown width), its
 *  shown width kept within `limits` (the timeline's zoomMin and zoomMax). */
export function zoomShownRange(
  range: TimeSpan,
  factor: number,
  periods: readonly QuietPeriod[],
  limits: { readonly min: number; readonly max: number } = { min: 0, max: Infinity },
): TimeSpan {
  const start = toShownTime(range.start, periods);
  const end = toShownTime(range.end, periods);
  const middle = (start + end) / 2;
  const half = Math.min(Math.max((end - start) / factor, limits.min), limits.max) / 2;
  return toCalendarRange(middle - half, middle + half, periods);
}

/** The window `range` moved by `fraction` of its shown width (-0.25: a quarter to the past). */
export function moveShownRange(range: TimeSpan, fraction: number, periods: readonly QuietPeriod[]): TimeSpan {
  const start = toShownTime(range.start, periods);
  const end = toShownTime(range.end, periods);
  const shift = (end - start) * fraction;
  return toCalendarRange(start + shift, end + shift, periods);
}

function toCalendarRange(start: number, end: number, periods: readonly QuietPeriod[]): TimeSpan {
  return { start: fromShownTime(start, periods), end: fromShownTime(end, periods) };
}
