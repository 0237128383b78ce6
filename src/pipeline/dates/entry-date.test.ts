import { describe, expect, it } from 'vitest';
import { getEntryDate } from './entry-date.ts';
import { findIn } from './expect-mention.ts';

const BLOG = [
  'Live: the Security Council votes on Gaza',
  'The council meets at noon.',
  'Tuesday, 20 February',
  '14:32 GMT',
  'The United States vetoed the draft. Twelve members voted in favour.',
  'Monday, 19 February',
  '18:45 GMT',
  'Algeria circulated a revised text.',
].join('\n');

describe('getEntryDate', () => {
  const dates = findIn(BLOG, '2024-02-20');

  it.each([
    [1, null],
    [4, '2024-02-20'],
    [5, '2024-02-20'],
    [8, '2024-02-19'],
  ] as const)('sentence %i belongs to the entry of %s', (sentenceIndex, day) => {
    expect(getEntryDate(dates, sentenceIndex)?.date ?? null).toBe(day);
  });
});
