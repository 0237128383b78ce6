import { describe, expect, it } from 'vitest';
import { getPrecisionOf, getSpanEnd, getSpanStart, truncateDate } from './partial-date.ts';

describe('getPrecisionOf', () => {
  it.each([
    ['2017-01-15', 'day'],
    ['2014-11', 'month'],
    ['2016', 'year'],
    ['2024-02-29', 'day'],
    ['2023-02-29', null],
    ['2014-13', null],
    ['2014-00', null],
    ['17-01-15', null],
    ['2017-1-15', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(getPrecisionOf(input)).toBe(expected);
  });
});

describe('spans', () => {
  it.each([
    ['2014-11', '2014-11-01', '2014-11-30'],
    ['2016-02', '2016-02-01', '2016-02-29'],
    ['2016', '2016-01-01', '2016-12-31'],
    ['2017-01-15', '2017-01-15', '2017-01-15'],
  ])('%s covers %s..%s', (date, start, end) => {
    expect(getSpanStart(date)).toBe(start);
    expect(getSpanEnd(date)).toBe(end);
  });

  it('truncates a day to a precision', () => {
    expect(truncateDate('2014-11-20', 'month')).toBe('2014-11');
    expect(truncateDate('2014-11-20', 'year')).toBe('2014');
    expect(truncateDate('2014-11-20', 'day')).toBe('2014-11-20');
  });
});
