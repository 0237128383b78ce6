import { describe, expect, it } from 'vitest';
import type { Precision } from '../../../domain/partial-date.ts';
import { formatEventDate } from './format-date.ts';

describe('formatEventDate (actor copy)', () => {
  it.each<[string, Precision, string | undefined, string]>([
    ['2017-01-15', 'day', undefined, '15 January 2017'],
    ['2014-12', 'month', undefined, 'December 2014'],
    ['2016', 'year', undefined, '2016'],
    ['2016-12-26', 'day', '2017-01-01', '26 December 2016 – 1 January 2017'],
    ['not a date', 'day', undefined, 'not a date'],
  ])('(%s, %s, %s) → %s', (date, precision, endDate, expected) => {
    expect(formatEventDate(date, precision, endDate)).toBe(expected);
  });
});
