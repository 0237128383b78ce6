import { describe, expect, it } from 'vitest';
import { sortEventsByDate } from './sort-events.ts';
import { makeEvent } from './test-fixtures.ts';

describe('sortEventsByDate', () => {
  it('orders by first day, keeping ties in input order', () => {
    const events = [
      makeEvent('late', '2017-01-15'),
      makeEvent('month', '2016-12'),
      makeEvent('week', '2016-12-01', { endDate: '2016-12-07' }),
      makeEvent('day', '2016-12-01'),
      makeEvent('day-twin', '2016-12-01'),
      makeEvent('year', '2016'),
    ];
    expect(sortEventsByDate(events).map((e) => e.id)).toEqual([
      'year',
      'month',
      'week',
      'day',
      'day-twin',
      'late',
    ]);
  });

  it('returns events already in order as they are, in a new array', () => {
    const events = [
      makeEvent('day', '2016-12-01'),
      makeEvent('month', '2016-12'),
      makeEvent('late', '2017-01-15'),
    ];
    const sorted = sortEventsByDate(events);
    expect(sorted.map((e) => e.id)).toEqual(['day', 'month', 'late']);
    expect(sorted).not.toBe(events);
  });

  it('sorts when only the last event is out of order', () => {
    const events = [makeEvent('b', '2016-02-01'), makeEvent('c', '2016-03'), makeEvent('a', '2016')];
    expect(sortEventsByDate(events).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});
