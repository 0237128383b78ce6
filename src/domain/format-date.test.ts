import { describe, expect, it } from 'vitest';
import type { Precision } from './partial-date.ts';
import { formatEventDate, formatIsoDay, formatPartialDate } from './format-date.ts';

describe('formatEventDate', () => {
  const cases: ReadonlyArray<[string, Precision, string | undefined, string]> = [
    ['2017-01-15', 'day', undefined, '15 January 2017'],
    ['2017-01-05', 'day', undefined, '5 January 2017'],
    ['2014-12', 'month', undefined, 'December 2014'],
    ['2014-01', 'month', undefined, 'January 2014'],
    ['2016', 'year', undefined, '2016'],
    ['2016-12-26', 'day', '2017-01-01', '26 December 2016 – 1 January 2017'],
    ['2015-03-09', 'day', '2015-03-15', '9 March 2015 – 15 March 2015'],
    ['2016-12-23', 'day', '2016-12-23', '23 December 2016'],
    // An end date only makes sense for a day; a month or year already is a span.
    ['2016-12', 'month', '2016-12-31', 'December 2016'],
    // Precision wins over what the string carries, so a mismatch never shows more than is known.
    ['2017-01-15', 'month', undefined, 'January 2017'],
    ['2017-01-15', 'year', undefined, '2017'],
    ['2014-12', 'day', undefined, 'December 2014'],
    // Not a date: shown as it is instead of "undefined" or "NaN".
    ['sometime', 'day', undefined, 'sometime'],
    ['2017-13-01', 'day', undefined, '2017'],
  ];

  it.each(cases)('(%s, %s, %s) → %s', (date, precision, endDate, expected) => {
    expect(formatEventDate(date, precision, endDate)).toBe(expected);
  });
});

describe('formatPartialDate and formatIsoDay', () => {
  it.each([
    ['2013-02-01', '1 February 2013'],
    ['2017-01-20', '20 January 2017'],
    ['2020-11-30', '30 November 2020'],
  ])('%s → %s', (day, expected) => {
    expect(formatIsoDay(day)).toBe(expected);
    expect(formatPartialDate(day, 'day')).toBe(expected);
  });
});
