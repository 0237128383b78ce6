import { describe, expect, it } from 'vitest';
import { BUCKET_LEVELS, getBucketKey } from './bucket-levels.ts';
import { findSubsequence, getEventSpan, getEventTimes } from './event-times.ts';
import { makeEvent } from './timeline-fixtures.ts';

const DAY_MS = 86_400_000;
const localDay = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

describe('getEventTimes', () => {
  const whole = [
    makeEvent('a', '2016-12-23'),
    makeEvent('b', '2017-01', { precision: 'month' }),
    makeEvent('c', '2017-01-15', { endDate: '2017-01-17' }),
    makeEvent('d', '2017', { precision: 'year' }),
  ];

  it('gives local midnight of the first day, and the exclusive end of month, year and ranges', () => {
    const times = getEventTimes(whole);
    expect([...times.starts]).toEqual([
      localDay(2016, 12, 23),
      localDay(2017, 1, 1),
      localDay(2017, 1, 15),
      localDay(2017, 1, 1),
    ]);
    // A point ends where it starts; the others end the day after their last day.
    expect([...times.ends]).toEqual([
      localDay(2016, 12, 23),
      localDay(2017, 2, 1),
      localDay(2017, 1, 18),
      localDay(2018, 1, 1),
    ]);
    const month = BUCKET_LEVELS.findIndex(({ level }) => level === 'month');
    expect([...times.getKeys(month)]).toEqual([
      getBucketKey('month', 2016, 12, 23),
      getBucketKey('month', 2017, 1, 1),
      getBucketKey('month', 2017, 1, 15),
      getBucketKey('month', 2017, 1, 1),
    ]);
  });

  it("gives a filter's events the same times as the whole dataset gave them", () => {
    const full = getEventTimes(whole);
    const part = [whole[1]!, whole[3]!];
    const times = getEventTimes(part);
    expect(times.events).toBe(part);
    expect([...times.starts]).toEqual([full.starts[1], full.starts[3]]);
    expect([...times.ends]).toEqual([full.ends[1], full.ends[3]]);
    expect([...times.getKeys(0)]).toEqual([full.getKeys(0)[1], full.getKeys(0)[3]]);
  });

  it('computes the times of events that are not a subsequence of those seen before', () => {
    getEventTimes(whole);
    const reordered = [whole[2]!, whole[0]!];
    expect([...getEventTimes(reordered).starts]).toEqual([localDay(2017, 1, 15), localDay(2016, 12, 23)]);
    const other = [makeEvent('x', '2020-05-01')];
    expect([...getEventTimes(other).starts]).toEqual([localDay(2020, 5, 1)]);
  });

  it('draws a point over its whole day', () => {
    expect(getEventSpan(whole[0]!)).toEqual({
      start: localDay(2016, 12, 23),
      end: localDay(2016, 12, 23) + DAY_MS,
    });
  });
});

describe('findSubsequence', () => {
  const [a, b, c] = [makeEvent('a'), makeEvent('b'), makeEvent('c')];
  it('finds the positions of a subsequence by identity', () => {
    expect([...findSubsequence([a, b, c], [a, c])!]).toEqual([0, 2]);
    expect([...findSubsequence([a, b, c], [])!]).toEqual([]);
  });
  it('refuses another order, another object or a longer list', () => {
    expect(findSubsequence([a, b, c], [c, a])).toBeNull();
    expect(findSubsequence([a, b, c], [makeEvent('a')])).toBeNull();
    expect(findSubsequence([a], [a, b])).toBeNull();
  });
});
