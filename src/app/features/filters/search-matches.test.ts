import { describe, expect, it } from 'vitest';
import type { EventId } from '../../../domain/ids.ts';
import { getMatchPosition, getSearchMatches, stepSearchMatch } from './search-matches.ts';
import { makeEvent } from './test-fixtures.ts';

const shown = [
  makeEvent('late', { date: '2017-01-15' }),
  makeEvent('month', { date: '2016-12' }),
  makeEvent('day', { date: '2016-12-01' }),
  makeEvent('year', { date: '2016' }),
  makeEvent('week', { date: '2016-12-01', endDate: '2016-12-07' }),
];

describe('getSearchMatches', () => {
  it('orders by first day, ties in input order', () => {
    expect(getSearchMatches(shown, 'x')).toEqual(['year', 'month', 'day', 'week', 'late']);
  });

  it('is empty for a blank query', () => {
    expect(getSearchMatches(shown, '  ')).toEqual([]);
  });
});

describe('stepping', () => {
  const matches = ['a', 'b', 'c'] as EventId[];
  it.each<[string | null, 1 | -1, string | null]>([
    [null, 1, 'a'],
    [null, -1, 'c'],
    ['a', 1, 'b'],
    ['c', 1, 'a'],
    ['a', -1, 'c'],
    ['b', -1, 'a'],
    ['not-a-match', 1, 'a'],
  ])('from %s by %i → %s', (current, direction, expected) => {
    expect(stepSearchMatch(matches, current, direction)).toBe(expected);
  });

  it('has nowhere to go without matches', () => {
    expect(stepSearchMatch([], 'a', 1)).toBeNull();
  });

  it('finds the position of the current match', () => {
    expect(getMatchPosition(matches, 'c')).toBe(2);
    expect(getMatchPosition(matches, 'x')).toBeNull();
    expect(getMatchPosition(matches, null)).toBeNull();
  });
});
