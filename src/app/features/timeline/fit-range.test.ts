import { describe, expect, it } from 'vitest';
import { getFitRange } from './fit-range.ts';
import type { QuietPeriod } from './quiet-periods.ts';
import { getVisibleDuration } from './quiet-periods.ts';

const DAY = 24 * 60 * 60 * 1000;
const day = (n: number) => n * DAY;

/** Where a point's title ends, in px, in a window `range` that is `width` px across. */
function titleEnd(
  range: { start: number; end: number },
  at: number,
  titlePx: number,
  width: number,
  periods: QuietPeriod[] = [],
) {
  const shown = getVisibleDuration(range.start, range.end, periods);
  return (getVisibleDuration(range.start, at, periods) / shown) * width + titlePx;
}

describe('getFitRange', () => {
  it('adds a small margin each side when titles fit anyway', () => {
    const range = getFitRange({ start: day(0), end: day(100) }, [], [{ at: day(10), widthPx: 50 }], 1000);
    expect(range).toEqual({ start: day(-2), end: day(102) });
  });

  it('widens the right side until the last title ends inside the timeline', () => {
    const points = [
      { at: day(50), widthPx: 120 },
      { at: day(100), widthPx: 200 },
    ];
    const range = getFitRange({ start: day(0), end: day(100) }, [], points, 1000);
    expect(range.start).toBe(day(-2));
    for (const p of points)
      expect(titleEnd(range, p.at, p.widthPx, 1000)).toBeLessThanOrEqual(1000 - 8 + 1e-6);
    // Exactly as wide as needed for the widest constraint, no wider.
    expect(titleEnd(range, day(100), 200, 1000)).toBeCloseTo(992);
  });

  it.each([
    { why: 'most of a desktop timeline', titlePx: 900, widthPx: 1000 },
    { why: 'half of a phone timeline', titlePx: 130, widthPx: 250 },
  ])('ignores a title wider than $why', ({ titlePx, widthPx }) => {
    const range = getFitRange(
      { start: day(0), end: day(100) },
      [],
      [{ at: day(100), widthPx: titlePx }],
      widthPx,
    );
    expect(range.end).toBe(day(102));
  });

  it('measures in shown time when quiet periods are hidden', () => {
    const periods: QuietPeriod[] = [
      { gap: { start: day(10), end: day(1000) }, hidden: { start: day(12), end: day(998) } },
    ];
    const range = getFitRange(
      { start: day(0), end: day(1010) },
      periods,
      [{ at: day(1010), widthPx: 150 }],
      800,
    );
    // The margin is 2% of the 24 shown days, not of 1,010 calendar days.
    expect(range.start).toBeCloseTo(day(-0.5));
    expect(titleEnd(range, day(1010), 150, 800, periods)).toBeCloseTo(792);
  });
});
