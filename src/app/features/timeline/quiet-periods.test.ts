import { describe, expect, it } from 'vitest';
import { fromShownTime, moveShownRange, toShownTime, zoomShownRange } from './compressed-time.ts';
import type { QuietPeriod } from './quiet-periods.ts';
import { formatQuietLength, getQuietPeriods, getVisibleDuration, MIN_QUIET_MS } from './quiet-periods.ts';

const DAY = 24 * 60 * 60 * 1000;
const day = (n: number) => n * DAY;
const span = (from: number, to: number) => ({ start: day(from), end: day(to) });

describe('getQuietPeriods', () => {
  it('finds long empty stretches between clusters, in time order, whatever the input order', () => {
    const periods = getQuietPeriods([span(1000, 1010), span(0, 10), span(5, 20), span(2000, 2001)]);
    expect(periods.map((p) => [p.gap.start / DAY, p.gap.end / DAY])).toEqual([
      [20, 1000],
      [1010, 2000],
    ]);
  });

  it('hides each gap less a small visible margin at both ends', () => {
    const [period] = getQuietPeriods([span(0, 100), span(1000, 1100)]);
    expect(period!.hidden.start).toBeGreaterThan(period!.gap.start);
    expect(period!.hidden.end).toBeLessThan(period!.gap.end);
    // The same margin each side, at least a day, and small next to the visible time.
    const margin = period!.hidden.start - period!.gap.start;
    expect(period!.gap.end - period!.hidden.end).toBeCloseTo(margin);
    expect(margin).toBeGreaterThanOrEqual(DAY);
    expect(margin).toBeLessThan(day(10));
  });

  it('keeps gaps shorter than the minimum', () => {
    const short = MIN_QUIET_MS / DAY - 1;
    expect(getQuietPeriods([span(0, 1), span(1 + short, 2 + short)])).toEqual([]);
  });

  it('does nothing when the quiet time is less than half the whole span', () => {
    // Two 100-day clusters, a 90-day gap: true scale already gives events most of the width.
    expect(getQuietPeriods([span(0, 100), span(190, 290)])).toEqual([]);
  });

  it('does nothing with fewer than two spans', () => {
    expect(getQuietPeriods([])).toEqual([]);
    expect(getQuietPeriods([span(0, 5)])).toEqual([]);
  });

  it('a long event bridging two clusters leaves no gap under it', () => {
    expect(getQuietPeriods([span(0, 5), span(3, 900), span(1000, 1005)])).toEqual([]);
  });
});

describe('shown time', () => {
  const periods: QuietPeriod[] = [
    { gap: span(10, 110), hidden: span(20, 100) },
    { gap: span(200, 400), hidden: span(210, 390) },
  ];

  it.each([
    { t: 5, shown: 5 },
    { t: 20, shown: 20 },
    { t: 50, shown: 20 },
    { t: 100, shown: 20 },
    { t: 150, shown: 70 },
    { t: 500, shown: 500 - 80 - 180 },
  ])('toShownTime($t) = $shown', ({ t, shown }) => {
    expect(toShownTime(day(t), periods)).toBe(day(shown));
  });

  it('fromShownTime undoes toShownTime outside hidden time, and maps a gap to its end', () => {
    for (const t of [0, 5, 19, 100, 150, 390, 500])
      expect(fromShownTime(toShownTime(day(t), periods), periods)).toBe(day(t));
    expect(fromShownTime(toShownTime(day(50), periods), periods)).toBe(day(100));
  });

  it('visible duration leaves out hidden time', () => {
    expect(getVisibleDuration(0, day(500), periods)).toBe(day(500 - 80 - 180));
    expect(getVisibleDuration(day(30), day(40), periods)).toBe(0);
  });

  it('zooms by shown width: zooming in twice across a gap halves it twice', () => {
    const range = { start: day(0), end: day(150) }; // 70 shown days
    const once = zoomShownRange(range, 2, periods);
    const twice = zoomShownRange(once, 2, periods);
    expect(getVisibleDuration(once.start, once.end, periods)).toBeCloseTo(day(35));
    expect(getVisibleDuration(twice.start, twice.end, periods)).toBeCloseTo(day(17.5));
  });

  it('keeps a zoom within the limits', () => {
    const range = { start: day(0), end: day(4) };
    const limits = { min: day(1), max: day(10) };
    const zoomedIn = zoomShownRange(range, 8, periods, limits);
    expect(zoomedIn).toEqual({ start: day(1.5), end: day(2.5) });
    expect(zoomShownRange(range, 1 / 8, periods, limits)).toEqual({ start: day(-3), end: day(7) });
  });

  it('moves by shown width across a gap', () => {
    const moved = moveShownRange({ start: day(0), end: day(20) }, 0.5, periods);
    // 10 shown days later: the start is at 10, the end 10 shown days past the gap's hidden part.
    expect(moved).toEqual({ start: day(10), end: day(110) });
    expect(getVisibleDuration(moved.start, moved.end, periods)).toBe(day(20));
  });
});

describe('formatQuietLength', () => {
  it.each([
    [45, '45 days'],
    [100, '3 months'],
    [800, '2 years'],
  ])('%i days → %s', (days, text) => {
    expect(formatQuietLength(span(0, days))).toBe(text);
  });
});
