import { describe, expect, it } from 'vitest';
import type { Precision } from '../../../domain/partial-date.ts';
import { formatEventDate } from './format-event-date.ts';
import { sortEventsByDate } from './sort-events.ts';
import { makeEvent } from './test-fixtures.ts';

describe('formatEventDate', () => {
  it.each<[string, Precision, string | undefined, string]>([
    ['2017-01-15', 'day', undefined, '15 January 2017'],
    ['2017-01-05', 'day', undefined, '5 January 2017'],
    ['2014-12', 'month', undefined, 'December 2014'],
    ['2016', 'year', undefined, '2016'],
    ['2016-12-26', 'day', '2017-01-01', '26 December 2016 – 1 January 2017'],
    ['2015-03-09', 'day', '2015-03-09', '9 March 2015'],
    ['2016-12-26', 'month', undefined, 'December 2016'],
  ])('(%s, %s, %s) → %s', (date, precision, endDate, expected) => {
    expect(formatEventDate(date, precision, endDate)).toBe(expected);
  });
});

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
});
