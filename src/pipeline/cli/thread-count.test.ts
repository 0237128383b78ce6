import { describe, expect, it } from 'vitest';
import { getThreadCount, MIN_ARTICLES_FOR_WORKERS } from './thread-count.ts';

describe('getThreadCount', () => {
  it.each([
    // articles, --workers, cores → threads
    [5, undefined, 2, 1],
    [MIN_ARTICLES_FOR_WORKERS - 1, undefined, 2, 1],
    [MIN_ARTICLES_FOR_WORKERS, undefined, 2, 2],
    [2000, undefined, 8, 8],
    [2000, undefined, 1, 1],
    [5, 3, 2, 3],
    [2000, 1, 8, 1],
  ])('%i articles, --workers %s, %i cores → %i', (articles, requested, cores, threads) => {
    expect(getThreadCount(articles, requested, cores)).toBe(threads);
  });
});
