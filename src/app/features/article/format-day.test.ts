import { describe, expect, it } from 'vitest';
import { formatIsoDay } from './format-day.ts';

describe('formatIsoDay', () => {
  it.each([
    ['2017-01-15', '15 January 2017'],
    ['2016-12-01', '1 December 2016'],
    ['2016-13-01', '2016-13-01'],
    ['2016-12', '2016-12'],
    ['', ''],
  ])('%j → %j', (day, expected) => expect(formatIsoDay(day)).toBe(expected));
});
